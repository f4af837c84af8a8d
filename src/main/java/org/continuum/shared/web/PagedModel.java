package org.continuum.shared.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A PrimeFaces lazy table model that pages, sorts and filters on the server through an application
 * service: column {@code field} names become sort fields and filter keys of a {@link PageRequest}.
 */
public class PagedModel<T> extends LazyDataModel<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<PageRequest, Page<T>> source;
  private final transient Function<T, Object> keyOf;
  private final transient Supplier<Map<String, String>> fixedFilters;

  /**
   * @param source the service call that returns one page
   * @param keyOf a row's unique key, for selection
   * @param fixedFilters filters set outside the table (toolbar choices), merged into each request
   */
  public PagedModel(
      Function<PageRequest, Page<T>> source,
      Function<T, Object> keyOf,
      Supplier<Map<String, String>> fixedFilters) {
    this.source = source;
    this.keyOf = keyOf;
    this.fixedFilters = fixedFilters;
  }

  public PagedModel(Function<PageRequest, Page<T>> source, Function<T, Object> keyOf) {
    this(source, keyOf, Map::of);
  }

  @Override
  public int count(Map<String, FilterMeta> filterBy) {
    return (int) source.apply(new PageRequest(0, 1, null, true, filters(filterBy))).total();
  }

  @Override
  public List<T> load(
      int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
    String sortField = null;
    boolean ascending = true;
    for (SortMeta sort : sortBy.values()) {
      if (sort.getOrder() != SortOrder.UNSORTED) {
        sortField = sort.getField();
        ascending = sort.getOrder() != SortOrder.DESCENDING;
        break;
      }
    }
    int limit = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
    Page<T> page =
        source.apply(new PageRequest(first, limit, sortField, ascending, filters(filterBy)));
    setRowCount((int) page.total());
    return page.items();
  }

  @Override
  public String getRowKey(T row) {
    return String.valueOf(keyOf.apply(row));
  }

  @Override
  public T getRowData(String rowKey) {
    List<T> rows = getWrappedData();
    if (rows == null) {
      return null;
    }
    return rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
  }

  private Map<String, String> filters(Map<String, FilterMeta> filterBy) {
    Map<String, String> filters = new HashMap<>(fixedFilters.get());
    for (FilterMeta meta : filterBy.values()) {
      Object value = meta.getFilterValue();
      if (value != null && !value.toString().isBlank()) {
        String key = meta.isGlobalFilter() ? "search" : meta.getField();
        filters.put(key, value.toString());
      }
    }
    return filters;
  }
}
