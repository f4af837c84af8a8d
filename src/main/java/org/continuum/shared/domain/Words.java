package org.continuum.shared.domain;

/** Counted nouns as people write them: "1 attempt", "3 attempts", never "attempt(s)". */
public final class Words {

  private Words() {}

  /** The count and the noun, plural after any count but one ("0 attempts"). */
  public static String count(long n, String noun) {
    return n + " " + (n == 1 ? noun : plural(noun));
  }

  /** The noun alone, singular for one and plural otherwise ("the column", "the columns"). */
  public static String noun(long n, String noun) {
    return n == 1 ? noun : plural(noun);
  }

  private static String plural(String noun) {
    if (noun.endsWith("y")
        && noun.length() > 1
        && "aeiou".indexOf(noun.charAt(noun.length() - 2)) < 0) {
      return noun.substring(0, noun.length() - 1) + "ies";
    }
    if (noun.endsWith("s") || noun.endsWith("x") || noun.endsWith("ch") || noun.endsWith("sh")) {
      return noun + "es";
    }
    return noun + "s";
  }
}
