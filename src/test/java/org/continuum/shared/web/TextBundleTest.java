package org.continuum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pages' words come from one bundle: every key a page or a bean uses is there (a missing one
 * shows as "???key???"), every key there is used, and they are in US spelling.
 */
class TextBundleTest {

  private static final Pattern KEY =
      Pattern.compile("(?:text\\['|fmt\\.text\\('|PageText\\.of\\(\")([A-Za-z0-9.]+)['\"]");
  private static final Pattern BRITISH =
      Pattern.compile(
          "(?i)\\b(colour|behaviour|favour|centre|organis|recognis|analys(e|ed|ing)\\b|"
              + "anaesthe|oedema|haemat|programme|finalis|licence|catalogue)");

  @Test
  void everyKeyAPageUsesIsInTheBundleAndEveryKeyThereIsUsed() throws IOException {
    Properties bundle = bundle();
    Set<String> used = new TreeSet<>();
    for (Path file : files("src/main/webapp", ".xhtml", "src/main/java", ".java")) {
      Matcher m = KEY.matcher(Files.readString(file));
      while (m.find()) {
        used.add(m.group(1));
      }
    }
    assertThat(used).as("keys used by pages").isNotEmpty();
    assertThat(bundle.stringPropertyNames()).containsAll(used);
    assertThat(used).containsAll(bundle.stringPropertyNames());
  }

  @Test
  void theWordsAreUsEnglish() throws IOException {
    bundle()
        .forEach(
            (key, words) ->
                assertThat(BRITISH.matcher((String) words).find())
                    .as(key + " = " + words)
                    .isFalse());
  }

  @Test
  void noneTakesThePluralAsManyDo() throws IOException {
    bundle()
        .forEach(
            (key, words) -> {
              String pattern = (String) words;
              if (pattern.contains("{0,choice,") && !pattern.contains("{1")) {
                assertThat(java.text.MessageFormat.format(pattern, 0).replaceAll("\\d+", "N"))
                    .as(key + ": nothing to do reads like several")
                    .isEqualTo(java.text.MessageFormat.format(pattern, 2).replaceAll("\\d+", "N"));
                assertThat(java.text.MessageFormat.format(pattern, 1))
                    .isNotEqualTo(java.text.MessageFormat.format(pattern, 2));
              }
            });
  }

  static List<Path> files(String... rootsAndEndings) throws IOException {
    List<Path> found = new ArrayList<>();
    for (int i = 0; i < rootsAndEndings.length; i += 2) {
      String ending = rootsAndEndings[i + 1];
      try (Stream<Path> walk = Files.walk(Path.of(rootsAndEndings[i]))) {
        walk.filter(p -> p.toString().endsWith(ending)).forEach(found::add);
      }
    }
    return found;
  }

  private static Properties bundle() throws IOException {
    Properties bundle = new Properties();
    try (InputStream in =
        TextBundleTest.class.getResourceAsStream("/org/continuum/shared/web/Text.properties")) {
      bundle.load(in);
    }
    return bundle;
  }
}
