package org.continuum.shared.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.continuum.shared.domain.PatientIdentifierGuard;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The patient-identifier check with the real given-name list, over the texts people actually write:
 * identifiers in every disguise are refused, ordinary clinical phrases pass.
 */
class IdentifierTableTest {

  private static final PatientIdentifierGuard GUARD =
      new PatientIdentifierGuard(new GivenNameDictionary());

  @ParameterizedTest
  @ValueSource(
      strings = {
        // record and account numbers
        "MRN 4471203",
        "mrn A12345",
        "MRN: AB-99812",
        "medical record 55123",
        "acct #12345",
        "chart 20231187",
        "FIN 8812",
        "SSN 123-45-6789",
        "id k772314 on the sticker",
        "4471203",
        "MRN４４７１２０３",
        "MRN 44\u200B71203",
        // full dates and dates without a year
        "DOB 3/14/1961",
        "seen 03/14/61 in clinic",
        "born 1961-03-14",
        "March 14, 1961",
        "14th March 1961",
        "d.o.b. unknown",
        "procedure on 3/14",
        "follow up 11/22",
        "seen March 14",
        "seen march 14th",
        "injected on 14 March",
        "since Jan 3rd",
        "due 12/25",
        "on the 7th of July",
        "Oct. 9",
        // phone numbers, e-mail and street addresses
        "call (312) 555-0142",
        "cell 312.555.0142",
        "daughter at 555-0142",
        "+1 312 555 0142",
        "email maria.lopez@gmail.com",
        "ML@example.org asked for results",
        "lives at 1400 N Lake Shore Drive",
        "address 22 Elm Street",
        "12 oak ave",
        "apt 4B",
        "PO Box 112",
        "suite 210",
        // ages over 89
        "92 yo female",
        "a 95-year-old man",
        "age 91",
        "aged 104",
        "90 y/o",
        "93 years old",
        // names
        "Mrs. Alvarez tolerated it well",
        "mrs alvarez tolerated it",
        "patient name on the consent",
        "Maria Lopez tolerated it well",
        "maria lopez tolerated it well",
        "MARIA LOPEZ tolerated it well",
        "Lopez, Maria",
        "lopez, maria came back",
        "pt john smith",
        "Patient John Smith",
        "Ｍａｒｉａ Ｌｏｐｅｚ",
        "Ma\u200Bria Lopez",
        "Mr. O'Neil",
        "ms. alvarez",
        "Robert Chen follows up",
        "jennifer walsh in bay 3",
        "Kowalski, Anna"
      })
  void identifiersAreRefused(String text) {
    assertThat(GUARD.findIdentifier(text)).as(text).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "L4-L5",
        "C7-T1",
        "L5-S1 and S1 foramen",
        "2 mL 0.5% bupivacaine",
        "1 mL 40 mg/mL triamcinolone",
        "Dr. Okafor supervised",
        "Dr Okafor supervised",
        "dr. okafor supervised",
        "Dr James Okafor demonstrated the approach",
        "Seen with Dr. Hartley Monday",
        "Good flow at L4-L5, no vascular uptake.",
        "Contrast spread to S1 foramen; 80 mg triamcinolone.",
        "Left Sided radicular pain improved",
        "Pain 7/10 before, 2/10 after.",
        "Strength 5/5 throughout",
        "Reflexes 2/4 and symmetric",
        "1/2 inch needle",
        "3/4 of the way to the foramen",
        "BMI 31, needle 22 gauge 5 inch",
        "Follow-up in 2 weeks",
        "Mark the skin before prepping",
        "May need a repeat injection",
        "will follow up in clinic",
        "Grace period for the report",
        "Right L5-S1 TFESI under fluoroscopy",
        "Bilateral C5-C6 medial branch blocks",
        "RFA at 80 C for 90 seconds",
        "90 seconds per lesion",
        "25 gauge 3.5 inch spinal needle",
        "Omnipaque 300, 1.5 mL",
        "Lidocaine 1% skin wheal",
        "Vasovagal episode, resolved with fluids",
        "No complications",
        "Patient tolerated the procedure well",
        "Pt tolerated well",
        "Ultrasound guided greater trochanteric bursa injection",
        "EMG: chronic L5 radiculopathy",
        "NCS normal, EMG with denervation in tibialis anterior",
        "Botox 100 units to gastrocnemius and soleus",
        "Kenalog 40 mg into the subacromial space",
        "Trigger points x3 in the trapezius",
        "SCS trial leads at T8-T9",
        "Kyphoplasty at T12 with 4 mL cement",
        "Epidurogram showed good spread",
        "PGY-3 performed under direct supervision",
        "Supervision level 3",
        "Age band 65-79",
        "Ages 18-39 cohort",
        "Level 4 on the milestone",
        "Reviewed with attending, agreed plan",
        "Case discussed at conference on Tuesday",
        "Spinal cord stimulator trial day 7",
        "Sacroiliac joint injection, left",
        "Genicular nerve block, 3 nerves",
        "Stellate ganglion block with ultrasound",
        "Lumbar sympathetic block L2",
        "Fluoroscopy time 45 s",
        "Dose 2.1 mGy",
        "Hip injection 80 mg depo-medrol",
        "Piriformis injection under EMG guidance",
        "The April schedule changes nothing",
        "Questions about the 2026 curriculum",
        "latency 4.2 ms and amplitude normal",
        "duration 12 ms polyphasic units",
        "MR arthrogram reviewed beforehand",
        "mr arthrogram reviewed beforehand"
      })
  void clinicalTextPasses(String text) {
    assertThat(GUARD.findIdentifier(text)).as(text).isEmpty();
  }
}
