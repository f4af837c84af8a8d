package org.continuum.procedure.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.continuum.shared.domain.InvalidInputException;

/**
 * Refuses free text that looks like it identifies a patient: a record number, a full date (a date
 * of birth is one), or a person's full name. The log keeps age band and sex only. The checks are
 * heuristics that err on the side of refusing; the message says what was found so the trainee can
 * rephrase without losing what they typed.
 */
public final class PatientIdentifierGuard {

  private static final Pattern RECORD_NUMBER =
      Pattern.compile(
          "(?i)\\b(?:mrn|mr#|med(?:ical)?\\s+rec(?:ord)?|acct|account|fin|csn)\\s*(?:no\\.?|number)?\\s*[:#]?\\s*\\d{3,}"
              + "|\\d{6,}"
              + "|\\b\\d{3}[- ]\\d{2,3}[- ]\\d{3,4}\\b");

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

  private static final Pattern FULL_DATE =
      Pattern.compile(
          "(?i)\\b\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})\\b"
              + "|\\b(?:19|20)\\d{2}[/.-]\\d{1,2}[/.-]\\d{1,2}\\b"
              + "|\\b"
              + MONTH
              + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+(?:19|20)\\d{2}\\b"
              + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+"
              + MONTH
              + ",?\\s+(?:19|20)\\d{2}\\b"
              + "|\\b(?:dob|d\\.o\\.b\\.?|date of birth|born)\\b");

  private static final Pattern TITLED_NAME =
      Pattern.compile(
          "\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+[A-Z][a-z]+|(?i)\\b(?:patient|pt)\\.?\\s+name\\b");

  /** The second word is a look-ahead, so "Patient John Smith" tries "John Smith" too. */
  private static final Pattern TWO_CAPITALISED_WORDS =
      Pattern.compile(
          "(?<!Dr\\.\\s)(?<!Dr\\s)\\b([A-Z][a-z]{1,20})(?=\\s+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\\b)");

  private final FirstNames firstNames;

  public PatientIdentifierGuard(FirstNames firstNames) {
    this.firstNames = firstNames;
  }

  /** What in the text looks like a patient identifier, in words, if anything. */
  public Optional<String> findIdentifier(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    if (RECORD_NUMBER.matcher(text).find()) {
      return Optional.of("a record or account number");
    }
    if (FULL_DATE.matcher(text).find()) {
      return Optional.of("a full date, such as a date of birth");
    }
    if (TITLED_NAME.matcher(text).find()) {
      return Optional.of("a person's name");
    }
    Matcher pair = TWO_CAPITALISED_WORDS.matcher(text);
    while (pair.find()) {
      if (firstNames.contains(pair.group(1).toLowerCase(Locale.ROOT))) {
        return Optional.of(
            "a person's full name (\"" + pair.group(1) + " " + pair.group(2) + "\")");
      }
    }
    return Optional.empty();
  }

  /**
   * @throws InvalidInputException naming the field and what looked like an identifier
   */
  public void check(String field, String label, String text) {
    findIdentifier(text)
        .ifPresent(
            found -> {
              throw new InvalidInputException(
                  field,
                  label
                      + " seems to contain "
                      + found
                      + ". Do not record patient identifiers: the log keeps only age band and"
                      + " sex. Rephrase and save again.");
            });
  }
}
