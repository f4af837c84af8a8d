package org.continuum.shared.infrastructure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;

/**
 * Builds a paged, sorted, filtered JPQL list query and its count from fixed fragments. Sorting uses
 * only the whitelisted paths, so nothing a client sends is ever pasted into the query text.
 *
 * <pre>
 * ListQuery.select(em, Row.class, "select new Row(a.id, a.name)", "from Account a")
 *     .where("a.status = :status", "status", Status.ACTIVE)
 *     .sortable(Map.of("name", "a.name"), "a.name")
 *     .fetch(request);
 * </pre>
 */
public final class ListQuery<T> {

  private final EntityManager em;
  private final Class<T> type;
  private final String select;
  private final String from;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private Map<String, String> sortPaths = Map.of();
  private String defaultSort;
  private String tieBreaker;

  private ListQuery(EntityManager em, Class<T> type, String select, String from) {
    this.em = em;
    this.type = type;
    this.select = select;
    this.from = from;
  }

  /**
   * @param select the select clause, e.g. {@code select new org.x.Row(a.id, a.name)}
   * @param from the from clause with its joins; the count query reuses it
   */
  public static <T> ListQuery<T> select(
      EntityManager em, Class<T> type, String select, String from) {
    return new ListQuery<>(em, type, select, from);
  }

  /** Adds a condition (ANDed with the others) and binds its one named parameter. */
  public ListQuery<T> where(String condition, String parameter, Object value) {
    conditions.add("(" + condition + ")");
    parameters.put(parameter, value);
    return this;
  }

  /** Adds a condition without parameters. */
  public ListQuery<T> where(String condition) {
    conditions.add("(" + condition + ")");
    return this;
  }

  /** Binds a parameter used by the from clause (e.g. in a join condition). */
  public ListQuery<T> bind(String parameter, Object value) {
    parameters.put(parameter, value);
    return this;
  }

  /**
   * @param paths the sort fields a client may name, mapped to JPQL paths
   * @param defaultPath the order when the client names none
   * @param uniquePath a unique path appended last, so pages never overlap or skip rows
   */
  public ListQuery<T> sortable(Map<String, String> paths, String defaultPath, String uniquePath) {
    this.sortPaths = Map.copyOf(paths);
    this.defaultSort = defaultPath;
    this.tieBreaker = uniquePath;
    return this;
  }

  public Page<T> fetch(PageRequest request) {
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    TypedQuery<T> rows =
        em.createQuery(select + " " + from + where + orderBy(request), type)
            .setFirstResult(request.offset())
            .setMaxResults(request.limit());
    TypedQuery<Long> count = em.createQuery("select count(*) " + from + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          rows.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<T> items = rows.getResultList();
    long total =
        request.offset() == 0 && items.size() < request.limit()
            ? items.size()
            : count.getSingleResult();
    return new Page<>(items, total);
  }

  private String orderBy(PageRequest request) {
    String path = request.sortField() == null ? null : sortPaths.get(request.sortField());
    String direction = request.ascending() || path == null ? "asc" : "desc";
    String first = path == null ? defaultSort : path;
    StringBuilder order = new StringBuilder();
    if (first != null) {
      order.append(" order by ").append(first).append(' ').append(direction);
    }
    if (tieBreaker != null && !tieBreaker.equals(first)) {
      order
          .append(order.isEmpty() ? " order by " : ", ")
          .append(tieBreaker)
          .append(' ')
          .append(direction);
    }
    return order.toString();
  }

  /**
   * The escape clause to put after a LIKE with a {@link #containsPattern}. The escape character is
   * '!' because a backslash means different things in MySQL and H2 string literals.
   */
  public static final String LIKE_ESCAPE = " escape '!'";

  /** A lower-case "contains" pattern for LIKE, with the wildcard characters escaped. */
  public static String containsPattern(String text) {
    String escaped =
        text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_");
    return "%" + escaped + "%";
  }
}
