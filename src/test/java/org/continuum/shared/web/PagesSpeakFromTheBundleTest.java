package org.continuum.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No page writes its own words: text between tags, the attributes people read (labels, headers,
 * titles, messages) and quoted words inside expressions all come from the bundle, so the product
 * speaks with one voice and a wording is changed in one place.
 */
class PagesSpeakFromTheBundleTest {

  private static final Pattern TAG = Pattern.compile("<(?:[^\"'>]|\"[^\"]*\"|'[^']*')*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\s([A-Za-z][\\w:-]*)=\"([^\"]*)\"");
  private static final Pattern TAG_NAME = Pattern.compile("^</?([\\w:-]+)");
  private static final Set<String> READ_ATTRIBUTES =
      Set.of(
          "headerText",
          "label",
          "emptyMessage",
          "summary",
          "title",
          "placeholder",
          "itemLabel",
          "header",
          "message",
          "requiredMessage",
          "converterMessage",
          "validatorMessage",
          "emptyLabel",
          "ariaLabel",
          "aria-label",
          "a:aria-label",
          "a:placeholder",
          "alt",
          "a:title",
          "footerText");
  private static final Set<String> LABELLED_BY_VALUE =
      Set.of(
          "h:outputLabel",
          "h:outputText",
          "p:button",
          "p:commandButton",
          "p:outputLabel",
          "p:commandLink",
          "h:commandButton",
          "p:menuitem",
          "p:linkButton",
          "h:outputFormat");

  /** A quoted sentence inside an expression: 'Current', 'Not yet'; not 'ACTIVE' or 'year'. */
  private static final Pattern QUOTED_WORDS = Pattern.compile("'(?:[A-Z][a-z]|[A-Z] )[^']*'");

  @Test
  void everyPageTakesItsWordsFromTheBundle() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path page : TextBundleTest.files("src/main/webapp", ".xhtml")) {
      String source = withoutScripts(Files.readString(page));
      Matcher tag = TAG.matcher(source);
      int end = 0;
      while (tag.find()) {
        check(page, "text", source.substring(end, tag.start()), found);
        end = tag.end();
        Matcher name = TAG_NAME.matcher(tag.group());
        String tagName = name.find() ? name.group(1) : "";
        Matcher attribute = ATTRIBUTE.matcher(tag.group());
        while (attribute.find()) {
          String attributeName = attribute.group(1);
          boolean read =
              READ_ATTRIBUTES.contains(attributeName) && !tagName.startsWith("ui:")
                  || attributeName.equals("value") && LABELLED_BY_VALUE.contains(tagName);
          if (read) {
            check(page, tagName + " " + attributeName, attribute.group(2), found);
          } else if (QUOTED_WORDS.matcher(expressions(attribute.group(2))).find()) {
            found.add(page + " " + tagName + " " + attributeName + ": " + attribute.group(2));
          }
        }
      }
    }
    assertThat(found).as("words written in pages instead of the bundle").isEmpty();
  }

  private static void check(Path page, String where, String text, List<String> found) {
    String outside = text.replaceAll("#\\{[^}]*\\}", "").replaceAll("&[#\\w]+;", "");
    if (outside.matches("(?s).*[A-Za-z].*") || QUOTED_WORDS.matcher(expressions(text)).find()) {
      found.add(page + " " + where + ": " + text.strip());
    }
  }

  private static String expressions(String text) {
    StringBuilder inside = new StringBuilder();
    Matcher el = Pattern.compile("#\\{[^}]*\\}").matcher(text);
    while (el.find()) {
      inside.append(el.group()).append(' ');
    }
    return inside.toString();
  }

  /** Comments, scripts and styles hold no words for people to read. */
  private static String withoutScripts(String source) {
    return source
        .replaceAll("(?s)<!--.*?-->", "")
        .replaceAll("(?s)<(script|style)\\b[^>]*>.*?</\\1>", "")
        .replaceAll("(?s)<\\?xml.*?\\?>", "")
        .replaceAll("(?s)<!DOCTYPE[^>]*>", "");
  }
}
