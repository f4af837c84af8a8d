package org.continuum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every message Faces or PrimeFaces can show a user about what they entered is reworded in the
 * application's bundle, summary and detail alike: a missing one shows the framework's own
 * "Validation Error: Value is greater than allowable maximum of ''500''".
 */
class FacesMessagesTest {

  /** Messages about a page's own mistakes, never about what a user entered. */
  private static final Set<String> FOR_DEVELOPERS =
      Set.of(
          "jakarta.faces.converter.DateTimeConverter.PATTERN_TYPE",
          "jakarta.faces.converter.EnumConverter.ENUM_NO_CLASS",
          "jakarta.faces.validator.RegexValidator.PATTERN_NOT_SET",
          "jakarta.faces.validator.RegexValidator.MATCH_EXCEPTION");

  /** The PrimeFaces components whose input messages the pages can show. */
  private static final Set<String> PRIMEFACES_INPUTS =
      Set.of(
          "primefaces.calendar.", "primefaces.slider.", "primefaces.password.", "primefaces.tree.");

  @Test
  void everyMessageAboutWhatWasEnteredIsReworded() throws IOException {
    Properties ours = load("org/continuum/shared/web/FacesMessages.properties");
    Set<String> expected = new TreeSet<>();
    for (String key : load("jakarta/faces/Messages.properties").stringPropertyNames()) {
      String base = key.replace("_detail", "");
      if (!FOR_DEVELOPERS.contains(base)) {
        expected.add(base);
      }
    }
    for (String key : load("org/primefaces/Messages.properties").stringPropertyNames()) {
      if (PRIMEFACES_INPUTS.stream().anyMatch(key::startsWith)) {
        expected.add(key.replace("_detail", ""));
      }
    }
    assertThat(expected).as("the framework bundles were found").hasSizeGreaterThan(40);
    for (String key : expected) {
      assertThat(ours.getProperty(key)).as(key).isNotBlank();
      assertThat(ours.getProperty(key + "_detail")).as(key + "_detail").isNotBlank();
    }
    for (String key : ours.stringPropertyNames()) {
      assertThat(ours.getProperty(key))
          .as(key)
          .doesNotContainIgnoringCase("validation error")
          .doesNotContainIgnoringCase("conversion error")
          .doesNotContain("''{");
    }
  }

  private static Properties load(String resource) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = FacesMessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      properties.load(in);
    }
    return properties;
  }
}
