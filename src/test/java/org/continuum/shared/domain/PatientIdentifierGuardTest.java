package org.continuum.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.continuum.shared.domain.TestGuard.GUARD;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PatientIdentifierGuardTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "MRN 4471203",
        "mrn: 998",
        "acct #12345",
        "chart 20231187",
        "SSN 123-45-6789",
        "DOB 3/14/1961",
        "seen 03/14/61 in clinic",
        "born 1961-03-14",
        "March 14, 1961",
        "14th March 1961",
        "d.o.b. unknown",
        "Mrs. Alvarez tolerated it well",
        "patient name on the consent",
        "Maria Lopez tolerated it well"
      })
  void textThatLooksLikeAnIdentifierIsFound(String text) {
    assertThat(GUARD.findIdentifier(text)).as(text).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Good flow at L4-L5, no vascular uptake.",
        "Contrast spread to S1 foramen; 80 mg triamcinolone.",
        "Seen with Dr. Hartley Monday",
        "Left Sided radicular pain improved",
        "Pain 7/10 before, 2/10 after.",
        "BMI 31, needle 22 gauge 5 inch",
        "Dr James Okafor demonstrated the approach",
        "Follow-up in 2 weeks"
      })
  void clinicalTextIsLeftAlone(String text) {
    assertThat(GUARD.findIdentifier(text)).as(text).isEmpty();
  }

  @Test
  void theRefusalNamesTheFieldAndWhatWasFound() {
    assertThatThrownBy(() -> GUARD.check("note", "Note", "DOB 3/14/1961"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.errors().get(0).field()).isEqualTo("note");
              assertThat(e.getMessage())
                  .startsWith(
                      "Note seems to contain a date, such as a date of birth or of a visit.");
            });
  }

  @Test
  void missIsATitleBeforeANameInAnyCaseAndAVerbBeforeAnArticle() {
    assertThat(GUARD.findIdentifier("Saw miss jones in clinic")).isPresent();
    assertThat(GUARD.findIdentifier("MISS JONES, follow-up")).isPresent();
    assertThat(GUARD.findIdentifier("Miss Jones returned")).isPresent();
    assertThat(GUARD.findIdentifier("Blind injections often miss the joint")).isEmpty();
    assertThat(GUARD.findIdentifier("That would miss a radiculopathy.")).isEmpty();
  }

  @Test
  void theInstitutionsOwnPeopleMayBeNamedButNotAPatientWhoSharesTheGivenName() {
    PatientIdentifierGuard guard = GUARD.knowing(List.of("Dr. Lily Chen", "Maria de la Cruz"));
    assertThat(guard.findIdentifier("Lily Chen ran the clinic well.")).isEmpty();
    assertThat(guard.findIdentifier("Discussed with chen, lily after the case.")).isEmpty();
    assertThat(guard.findIdentifier("Maria Cruz and I reviewed the films.")).isEmpty();
    assertThat(guard.findIdentifier("Lily Morales, the patient, declined."))
        .as("same given name, another surname")
        .isPresent();
    assertThat(guard.findIdentifier("Spoke with Mrs. Chen about the risks."))
        .as("a titled name is a patient's")
        .isPresent();
    assertThat(GUARD.findIdentifier("Lily Chen ran the clinic well."))
        .as("unknown without the people's names")
        .isPresent();
  }
}
