package org.continuum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A page's own ui:param holds for the whole page: one named like a table's row variable, or like a
 * parameter of an include it uses, silently takes that name's place, and the rows render blank (the
 * required modules once did). Parameters handed to an include are the include's own and not
 * counted.
 */
class PageParamsTest {

  private static final Pattern INCLUDE =
      Pattern.compile("<ui:include\\b[^>]*?(/>|>.*?</ui:include>)", Pattern.DOTALL);
  private static final Pattern PARAM = Pattern.compile("<ui:param name=\"(\\w+)\"");
  private static final Pattern VAR = Pattern.compile("\\bvar=\"(\\w+)\"");
  private static final Pattern INCLUDED = Pattern.compile("<ui:include src=\"([^\"]+)\"");

  @Test
  void noPageParameterTakesTheNameOfARowOrOfAnIncludesParameter() throws IOException {
    Path webapp = Path.of("src/main/webapp");
    try (Stream<Path> pages = Files.walk(webapp)) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        String text = Files.readString(page);
        Set<String> own = names(PARAM, INCLUDE.matcher(text).replaceAll(""));
        Set<String> rows = names(VAR, text);
        Set<String> theirs = new HashSet<>();
        Matcher included = INCLUDED.matcher(text);
        while (included.find()) {
          Path include = webapp.resolve(included.group(1).substring(1));
          if (Files.exists(include)) {
            theirs.addAll(names(PARAM, Files.readString(include)));
          }
        }
        Set<String> clash = new HashSet<>(own);
        clash.retainAll(rows);
        assertThat(clash).as(page + ": parameters named like rows").isEmpty();
        clash = new HashSet<>(own);
        clash.retainAll(theirs);
        assertThat(clash).as(page + ": parameters named like an include's").isEmpty();
      }
    }
  }

  private static Set<String> names(Pattern pattern, String text) {
    Set<String> names = new HashSet<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }
}
