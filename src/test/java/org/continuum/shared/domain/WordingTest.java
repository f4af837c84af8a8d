package org.continuum.shared.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the code says to people is in the bundle, once, readable and in US spelling; and a refusal
 * or confirmation written in place is caught before it ships.
 */
class WordingTest {

  private static final Pattern KEY = Pattern.compile("Wording\\.of\\(\\s*\"([A-Za-z0-9._]+)\"");
  private static final Pattern BRITISH =
      Pattern.compile(
          "(?i)\\b(colour|behaviour|favour|centre|organis|recognis|analys(e|ed|ing)\\b|"
              + "anaesthe|oedema|haemat|programme|finalis|licence|catalogue)");

  /** A refusal, confirmation or field name written in place: a quoted word opens the message. */
  private static final Pattern WRITTEN_IN_PLACE =
      Pattern.compile(
          "(new (RuleViolationException|TryLaterException|RecordNotFoundException|FacesMessage\\([^,]+,)"
              + "|new (InvalidInputException\\.)?(InvalidInputException|FieldError)\\([^,()]+,"
              + "|UserMessages\\.(info|error)\\(|Check\\.\\w+\\([^,()]+,)\\s*\"[A-Za-z]");

  @Test
  void everyKeyTheCodeNamesIsThereAndEveryKeyThereIsNamed() throws IOException {
    Set<String> named = new TreeSet<>();
    for (Path source : javaSources()) {
      Matcher m = KEY.matcher(Files.readString(source));
      while (m.find()) {
        named.add(m.group(1));
      }
    }
    assertThat(named).isNotEmpty();
    assertThat(bundle().stringPropertyNames()).containsAll(named);
    assertThat(named).containsAll(bundle().stringPropertyNames());
  }

  @Test
  void everyEntryIsAPatternInUsSpelling() throws IOException {
    bundle()
        .forEach(
            (key, words) -> {
              assertThatCode(() -> new MessageFormat((String) words, Locale.US))
                  .as(key.toString())
                  .doesNotThrowAnyException();
              assertThat(BRITISH.matcher((String) words).find()).as(key + " = " + words).isFalse();
            });
  }

  @Test
  void noRefusalOrConfirmationIsWrittenInPlace() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path source : javaSources()) {
      String code = Files.readString(source).replaceAll("\\s+", " ");
      Matcher m = WRITTEN_IN_PLACE.matcher(code);
      while (m.find()) {
        found.add(source.getFileName() + ": " + m.group());
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void aNumberReadsAsWrittenUnlessThePatternFormatsIt() {
    assertThat(Wording.format("Not before {0}.", 2026)).isEqualTo("Not before 2026.");
    assertThat(Wording.format("{0,choice,0#{0} rows|1#1 row|1<{0} rows}", 1)).isEqualTo("1 row");
    assertThat(Wording.format("can''t be {0}", "late")).isEqualTo("can't be late");
  }

  private static List<Path> javaSources() throws IOException {
    try (Stream<Path> walk = Files.walk(Path.of("src/main/java"))) {
      return walk.filter(p -> p.toString().endsWith(".java")).toList();
    }
  }

  private static Properties bundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        WordingTest.class.getResourceAsStream("/org/continuum/shared/domain/Wording.properties")) {
      bundle.load(in);
    }
    return bundle;
  }
}
