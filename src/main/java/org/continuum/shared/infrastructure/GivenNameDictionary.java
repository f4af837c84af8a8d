package org.continuum.shared.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.continuum.shared.domain.FirstNames;

/**
 * About 4,800 common given names, from the name lists the nbvcxz library ships (the same library
 * whose password list backs the password policy). Words that are names but mostly ordinary English
 * ("Will", "Mark", "Grace", "brain", "angle") are left out, so clinical sentences and case modules
 * are not mistaken for names.
 */
@ApplicationScoped
public class GivenNameDictionary implements FirstNames {

  private static final String[] LISTS = {
    "/dictionaries/male-names.txt", "/dictionaries/female-names.txt"
  };

  private static final Set<String> ORDINARY_WORDS =
      Set.of(
          "will",
          "may",
          "mark",
          "bill",
          "art",
          "hope",
          "grace",
          "faith",
          "joy",
          "june",
          "april",
          "august",
          "rose",
          "dawn",
          "summer",
          "autumn",
          "page",
          "chance",
          "guy",
          "max",
          "ray",
          "sky",
          "star",
          "lane",
          "major",
          "young",
          "king",
          "case",
          "lee",
          "gene",
          "pat",
          "sage",
          // words of clinical prose that the lists also hold as names
          "brain",
          "angle",
          "manual",
          "echo",
          "era",
          "numbers",
          "meta",
          "aide",
          "crystal",
          "angel",
          "patience",
          "charity",
          "glory",
          "clay",
          "ivory",
          "olive",
          "coral",
          "royal",
          "sterling");

  private volatile Set<String> names;

  @Override
  public boolean contains(String word) {
    return loaded().contains(word.toLowerCase(Locale.ROOT));
  }

  private Set<String> loaded() {
    Set<String> set = names;
    if (set == null) {
      synchronized (this) {
        if (names == null) {
          names = read();
        }
        set = names;
      }
    }
    return set;
  }

  private static Set<String> read() {
    Set<String> set = new HashSet<>(6_000);
    for (String list : LISTS) {
      try (InputStream in = GivenNameDictionary.class.getResourceAsStream(list)) {
        if (in == null) {
          throw new IllegalStateException("name list " + list + " is missing");
        }
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
          String name = line.strip().toLowerCase(Locale.ROOT);
          if (name.length() >= 3 && !ORDINARY_WORDS.contains(name)) {
            set.add(name);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Set.copyOf(set);
  }
}
