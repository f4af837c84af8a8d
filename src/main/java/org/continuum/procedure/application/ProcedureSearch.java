package org.continuum.procedure.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Ranks catalog entries for what a trainee types: an abbreviation ("TFESI", "MBB", "SIJ") or a CPT
 * code ("64483") finds its procedure first, then names whose words start with the text, then any
 * entry that contains it. The catalog is small (dozens of entries), so ranking in memory is
 * immediate.
 */
final class ProcedureSearch {

  private ProcedureSearch() {}

  static List<ProcedureOption> rank(List<ProcedureOption> options, String text, int limit) {
    String query = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (query.isEmpty()) {
      return options.stream().filter(ProcedureOption::active).limit(limit).toList();
    }
    record Scored(ProcedureOption option, int score) {}
    List<Scored> scored = new ArrayList<>();
    for (ProcedureOption option : options) {
      if (!option.active()) {
        continue;
      }
      int score = score(option, query);
      if (score > 0) {
        scored.add(new Scored(option, score));
      }
    }
    return scored.stream()
        .sorted(
            Comparator.comparingInt(Scored::score).reversed().thenComparing(s -> s.option().name()))
        .limit(limit)
        .map(Scored::option)
        .toList();
  }

  static int score(ProcedureOption option, String query) {
    List<String> terms = List.of(option.searchTerms().split(" "));
    String code = option.code().toLowerCase(Locale.ROOT);
    String name = option.name().toLowerCase(Locale.ROOT);
    int best = 0;
    if (terms.contains(query) || code.equals(query)) {
      best = Math.max(best, 100);
    }
    for (String cpt : option.cptCodes()) {
      String digits = cpt.replace("+", "");
      if (digits.equals(query)) {
        best = Math.max(best, 95);
      } else if (digits.startsWith(query)) {
        best = Math.max(best, 60);
      }
    }
    if (terms.stream().anyMatch(t -> t.startsWith(query)) || code.startsWith(query)) {
      best = Math.max(best, 80);
    }
    for (String word : name.split("[^a-z0-9]+")) {
      if (!word.isEmpty() && word.startsWith(query)) {
        best = Math.max(best, 70);
      }
    }
    boolean allWords = true;
    for (String word : query.split("\\s+")) {
      if (!name.contains(word) && !option.searchTerms().contains(word)) {
        allWords = false;
        break;
      }
    }
    if (allWords) {
      best = Math.max(best, 40);
    }
    return best;
  }
}
