package org.continuum.identity.infrastructure;

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
import org.continuum.identity.domain.CommonPasswords;
import org.continuum.identity.domain.PasswordPolicy;

/**
 * The 100,000 most common passwords from breach corpora, as shipped in the nbvcxz library's
 * dictionary (only the entries long enough to pass the length rule are kept in memory).
 */
@ApplicationScoped
public class BreachedPasswordList implements CommonPasswords {

  private static final String RESOURCE = "/dictionaries/passwords.txt";

  private volatile Set<String> passwords;

  @Override
  public boolean contains(String password) {
    return loaded().contains(password.toLowerCase(Locale.ROOT));
  }

  private Set<String> loaded() {
    Set<String> set = passwords;
    if (set == null) {
      synchronized (this) {
        set = passwords;
        if (set == null) {
          set = read();
          passwords = set;
        }
      }
    }
    return set;
  }

  private static Set<String> read() {
    try (InputStream in = BreachedPasswordList.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("common password list " + RESOURCE + " is missing");
      }
      Set<String> set = new HashSet<>(64_000);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        String word = line.strip().toLowerCase(Locale.ROOT);
        if (word.length() >= PasswordPolicy.MIN_LENGTH) {
          set.add(word);
        }
      }
      return Set.copyOf(set);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
