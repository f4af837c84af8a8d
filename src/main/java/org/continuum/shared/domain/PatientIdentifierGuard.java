package org.continuum.shared.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses free text that looks like it identifies a patient: a record or account number (with or
 * without letters), a date (a full one, or a month and day), a phone number, an e-mail or street
 * address, an age over 89, or a person's name (titled, "Given Surname" in any case, or "Surname,
 * Given"). Records describe a patient by age band and sex only. The checks are heuristics that err
 * on the side of refusing; the message says what was found so the person can rephrase without
 * losing what they typed.
 *
 * <p>The names of the institution's own people (trainees, faculty, staff: everyone with an account)
 * are not patient identifiers: a faculty member writes "Lily Chen managed the block well" in an
 * evaluation. A guard {@link #knowing} those names lets them through in "Given Surname" and
 * "Surname, Given" order; a titled name ("Mrs. Chen") is still refused.
 *
 * <p>Text is normalised first (Unicode NFKC, so full-width digits and letters read as plain ones;
 * zero-width characters and soft hyphens removed), so an identifier cannot be slipped past the
 * patterns by the way it is written.
 */
public final class PatientIdentifierGuard {

  /** Characters that render as nothing: they would split a number or a name unseen. */
  private static final Pattern INVISIBLE =
      Pattern.compile("[\\u00AD\\u200B-\\u200F\\u2060-\\u2064\\uFEFF]");

  private static final Pattern RECORD_NUMBER =
      Pattern.compile(
          "(?i)\\b(?:mrn|mr#|med(?:ical)?\\s+rec(?:ord)?|acct|account|fin|csn|chart|record)\\s*(?:no\\.?|number|#)?\\s*[:#]?\\s*[a-z]{0,3}-?\\d{3,}"
              + "|\\d{6,}"
              + "|\\b[a-z]{1,3}-?\\d{5,}\\b"
              + "|\\b\\d{3}[- ]\\d{2,3}[- ]\\d{3,4}\\b");

  private static final Pattern PHONE =
      Pattern.compile(
          "\\(\\d{3}\\)\\s*\\d{3}[-. ]?\\d{4}"
              + "|\\b\\d{3}[.]\\d{3}[.]\\d{4}\\b"
              + "|\\+\\d{1,3}[ -]?\\d{2,4}[ -]?\\d{3,4}[ -]?\\d{3,4}"
              + "|\\b\\d{3}-\\d{4}\\b");

  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");

  private static final Pattern STREET_ADDRESS =
      Pattern.compile(
          "(?i)\\b\\d{1,5}\\s+(?:[a-z]+\\.?\\s+){1,3}(?:street|avenue|ave|road|rd|boulevard|blvd|lane|ln"
              + "|drive|court|terrace|circle|highway|hwy|parkway|pkwy)\\b"
              + "|\\b(?:apt|apartment|suite|unit)\\s*#?\\s*\\d+[a-z]?\\b"
              + "|\\bp\\.?\\s?o\\.?\\s+box\\b");

  private static final String MONTH =
      "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";

  /** Months that are ordinary words too ("may", "march") need a day with a suffix to count. */
  private static final String PLAIN_MONTH =
      "(?:january|february|april|june|july|august|september|october|november|december"
          + "|jan|feb|apr|jun|jul|aug|sep|sept|oct|nov|dec)\\.?";

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

  /**
   * A month and day without a year: "3/14", "March 14", "14 Mar". A fraction or a score ("1/2",
   * "7/10", "5/5", "3/4") is not a date, so the day must be one no score or common fraction uses.
   */
  private static final Pattern DAY_OF_YEAR =
      Pattern.compile(
          "(?i)(?<![\\d/.])\\b(?:0?[1-9]|1[0-2])/(?:0?[679]|1[1-5]|1[7-9]|2\\d|3[01])\\b(?![/.]\\d)"
              + "|\\b"
              + PLAIN_MONTH
              + "\\s+\\d{1,2}(?:st|nd|rd|th)?\\b"
              + "|\\b(?:march|mar|may)\\.?\\s+\\d{1,2}(?:st|nd|rd|th)\\b"
              + "|\\bmarch\\s+(?:[1-9]|[12]\\d|3[01])\\b(?!\\s*(?:mg|ml|cc|%|levels?))"
              + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?march\\b"
              + "|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?"
              + PLAIN_MONTH
              + "(?=\\W|$)");

  private static final Pattern AGE_OVER_89 =
      Pattern.compile(
          "(?i)\\b(?:9\\d|1[01]\\d)\\s*-?\\s*(?:y/?o|y\\.o\\.|yo|yrs?|years?)(?:[\\s-]*old)?(?![a-z])"
              + "|\\b(?:age|aged)\\s*:?\\s*(?:9\\d|1[01]\\d)\\b");

  /** Words after "miss" that make it the verb ("miss the joint"), not a title. */
  private static final String MISS_AS_VERB =
      "the|a|an|it|its|this|that|these|those|out|on|any|some|one|his|her|their|our|my|your|him"
          + "|them|me|us|you|nothing|something|anything|every|each|both|all|no|doses?|work|school";

  private static final Pattern TITLED_NAME =
      Pattern.compile(
          "\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?\\s+[A-Z][A-Za-z'’-]+|(?i)\\b(?:mr|mrs|ms|mx)\\.\\s+[a-z]{2,}|(?i)\\bmrs\\s+[a-z]{2,}|(?i)\\bmiss\\s+(?!(?:"
              + MISS_AS_VERB
              + ")\\b)[a-z]{2,}|(?i)\\b(?:patient|pt)\\.?\\s+name\\b");

  /** A word and the word after it; "Dr. X Y" is a colleague, not a patient. */
  private static final Pattern WORD_PAIR =
      Pattern.compile(
          "(?i)(?<!\\bdr\\.\\s)(?<!\\bdr\\s)(?<!\\bdoctor\\s)\\b([a-z]{2,20})(?=\\s+([a-z]+(?:-[a-z]+)?)\\b)");

  /** "Surname, Given": a word, a comma, a given name. */
  private static final Pattern SURNAME_FIRST =
      Pattern.compile("(?i)\\b([a-z]{2,20}),\\s*([a-z]{2,20})\\b");

  /**
   * Words that follow a given name in ordinary sentences ("Dr. Hartley and John", "John was"): a
   * name pair needs a second word that could be a surname.
   */
  private static final Set<String> NOT_A_SURNAME =
      Set.of(
          "and",
          "or",
          "the",
          "a",
          "an",
          "of",
          "to",
          "in",
          "on",
          "at",
          "for",
          "with",
          "by",
          "from",
          "was",
          "is",
          "are",
          "were",
          "be",
          "has",
          "had",
          "have",
          "did",
          "does",
          "will",
          "would",
          "who",
          "which",
          "that",
          "this",
          "as",
          "but",
          "so",
          "if",
          "then",
          "than",
          "not",
          "no",
          "supervised",
          "performed",
          "assisted",
          "observed",
          "said",
          "says",
          "asked",
          "injected",
          "helped",
          "showed",
          "taught",
          "reviewed",
          "agreed",
          "signed",
          "left",
          "right",
          "bilateral",
          "level",
          "levels",
          "side",
          "today",
          "yesterday",
          "after",
          "before",
          "during",
          "about",
          "again",
          "also",
          "when",
          "while",
          "since",
          "until",
          "into",
          "over",
          "under");

  /** Words of a display name that are titles or degrees, not part of the name. */
  private static final Set<String> TITLES =
      Set.of("dr", "doctor", "prof", "professor", "md", "do", "phd", "mbbs", "mph", "jr", "sr");

  /** Whether a given name and surname, lower case, are those of one of the institution's people. */
  @FunctionalInterface
  public interface KnownPerson {
    boolean is(String given, String surname);
  }

  private final FirstNames firstNames;
  private final KnownPerson knownPerson;

  public PatientIdentifierGuard(FirstNames firstNames) {
    this(firstNames, (given, surname) -> false);
  }

  private PatientIdentifierGuard(FirstNames firstNames, KnownPerson knownPerson) {
    this.firstNames = firstNames;
    this.knownPerson = knownPerson;
  }

  /** The same guard, letting the full names of the people the predicate knows through. */
  public PatientIdentifierGuard knowing(KnownPerson people) {
    return new PatientIdentifierGuard(firstNames, people);
  }

  /** The same guard, letting the full names of these people (display names) through. */
  public PatientIdentifierGuard knowing(Collection<String> displayNames) {
    Set<String> pairs = new HashSet<>();
    displayNames.forEach(name -> pairs.addAll(namePairs(name)));
    return knowing((given, surname) -> pairs.contains(given + " " + surname));
  }

  /**
   * The "given surname" pairs a display name may be written as, lower case, without titles: every
   * word with every later one, since "Mary Ann Lopez" is written "Mary Lopez" too.
   */
  public static Set<String> namePairs(String displayName) {
    List<String> words = new ArrayList<>();
    for (String word : normalise(displayName).toLowerCase(Locale.ROOT).split("[^\\p{L}'’-]+")) {
      if (!word.isEmpty() && !TITLES.contains(word)) {
        words.add(word);
      }
    }
    Set<String> pairs = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      for (int j = i + 1; j < words.size(); j++) {
        pairs.add(words.get(i) + " " + words.get(j));
      }
    }
    return pairs;
  }

  private boolean isKnownPerson(String given, String surname) {
    return knownPerson.is(given.toLowerCase(Locale.ROOT), surname.toLowerCase(Locale.ROOT));
  }

  /** The text as the checks read it: NFKC, without invisible characters. */
  static String normalise(String text) {
    return INVISIBLE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
  }

  /** What in the text looks like a patient identifier, in words, if anything. */
  public Optional<String> findIdentifier(String raw) {
    if (raw == null || raw.isBlank()) {
      return Optional.empty();
    }
    String text = normalise(raw);
    if (EMAIL.matcher(text).find()) {
      return Optional.of(Wording.of("patientIdentifierGuard.eMailAddress"));
    }
    if (PHONE.matcher(text).find()) {
      return Optional.of(Wording.of("patientIdentifierGuard.phoneNumber"));
    }
    if (RECORD_NUMBER.matcher(text).find()) {
      return Optional.of(Wording.of("patientIdentifierGuard.recordAccountNumber"));
    }
    if (FULL_DATE.matcher(text).find() || DAY_OF_YEAR.matcher(text).find()) {
      return Optional.of(Wording.of("patientIdentifierGuard.dateSuchDateBirth"));
    }
    if (AGE_OVER_89.matcher(text).find()) {
      return Optional.of(Wording.of("patientIdentifierGuard.ageOver89"));
    }
    if (STREET_ADDRESS.matcher(text).find()) {
      return Optional.of(Wording.of("patientIdentifierGuard.streetAddress"));
    }
    if (TITLED_NAME.matcher(text).find()) {
      return Optional.of(Wording.of("patientIdentifierGuard.personsName"));
    }
    return fullName(text);
  }

  private Optional<String> fullName(String text) {
    Matcher pair = WORD_PAIR.matcher(text);
    while (pair.find()) {
      String surname = pair.group(2).toLowerCase(Locale.ROOT);
      if (firstNames.contains(pair.group(1).toLowerCase(Locale.ROOT))
          && !NOT_A_SURNAME.contains(surname)
          && surname.length() >= 2
          && !isKnownPerson(pair.group(1), surname)) {
        return Optional.of(
            Wording.of("patientIdentifierGuard.personsFullName", pair.group(1), pair.group(2)));
      }
    }
    Matcher reversed = SURNAME_FIRST.matcher(text);
    while (reversed.find()) {
      if (firstNames.contains(reversed.group(2).toLowerCase(Locale.ROOT))
          && !NOT_A_SURNAME.contains(reversed.group(1).toLowerCase(Locale.ROOT))
          && !isKnownPerson(reversed.group(2), reversed.group(1))) {
        return Optional.of(
            Wording.of(
                "patientIdentifierGuard.personsFullName2", reversed.group(1), reversed.group(2)));
      }
    }
    return Optional.empty();
  }

  /** The message for text that holds an identifier, naming the field by its label, if any. */
  public Optional<String> problem(String label, String text) {
    return findIdentifier(text)
        .map(
            found ->
                label
                    + " seems to contain "
                    + found
                    + ". Do not record patient identifiers: describe a patient by age band and"
                    + " sex at most. Rephrase and save again.");
  }

  /**
   * @throws InvalidInputException naming the field and what looked like an identifier
   */
  public void check(String field, String label, String text) {
    problem(label, text)
        .ifPresent(
            message -> {
              throw new InvalidInputException(field, message);
            });
  }
}
