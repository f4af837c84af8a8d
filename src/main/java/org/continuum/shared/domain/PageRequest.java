package org.continuum.shared.domain;

import java.util.Map;

/**
 * One page of a list, as the screen or API asked for it. Sort fields and filter keys are names the
 * query whitelists; anything else is ignored, never passed into a query.
 */
public record PageRequest(
    int offset, int limit, String sortField, boolean ascending, Map<String, String> filters) {

  public static final int MAX_LIMIT = 500;

  /**
   * The deepest page asked for: a database reads and skips every row before the offset, so an
   * unbounded one is a cheap way to make it work hard. Lists that long are narrowed by filters.
   */
  public static final int MAX_OFFSET = 100_000;

  public PageRequest {
    if (offset < 0 || offset > MAX_OFFSET) {
      throw new InvalidInputException(
          "offset", Wording.of("pageRequest.offsetBetween0Narrow", MAX_OFFSET));
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new InvalidInputException(
          "limit", Wording.of("pageRequest.pageSizeBetween1", MAX_LIMIT));
    }
    filters = filters == null ? Map.of() : Map.copyOf(filters);
  }

  public static PageRequest of(int offset, int limit) {
    return new PageRequest(offset, limit, null, true, Map.of());
  }

  public PageRequest sortedBy(String field, boolean asc) {
    return new PageRequest(offset, limit, field, asc, filters);
  }

  public PageRequest filteredBy(Map<String, String> newFilters) {
    return new PageRequest(offset, limit, sortField, ascending, newFilters);
  }

  /** The trimmed filter value, or null when absent or blank. */
  public String filter(String key) {
    String value = filters.get(key);
    return value == null || value.isBlank() ? null : value.strip();
  }
}
