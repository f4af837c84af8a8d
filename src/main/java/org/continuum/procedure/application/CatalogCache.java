package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.continuum.procedure.domain.ProcedureCatalogRepository;

/**
 * The catalog as options, held in memory: every logging screen and catalog search reads it, and it
 * changes only when catalog content is loaded. Rebuilt after any such change commits.
 */
@ApplicationScoped
public class CatalogCache {

  @Inject ProcedureCatalogRepository catalog;

  private volatile Snapshot snapshot;

  record Snapshot(List<ProcedureOption> options, Map<Long, ProcedureOption> byId) {}

  @Transactional
  public List<ProcedureOption> options() {
    return current().options();
  }

  @Transactional
  public Optional<ProcedureOption> option(long id) {
    return Optional.ofNullable(current().byId().get(id));
  }

  /** Each procedure's category id, by procedure id. */
  @Transactional
  public Map<Long, Long> categoryOfProcedure() {
    Map<Long, Long> map = new HashMap<>();
    current().options().forEach(o -> map.put(o.id(), o.categoryId()));
    return map;
  }

  void invalidate(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogChanged change) {
    snapshot = null;
  }

  private Snapshot current() {
    Snapshot s = snapshot;
    if (s == null) {
      List<ProcedureOption> options = catalog.types().stream().map(ProcedureOption::of).toList();
      Map<Long, ProcedureOption> byId = new HashMap<>();
      options.forEach(o -> byId.put(o.id(), o));
      s = new Snapshot(options, Map.copyOf(byId));
      snapshot = s;
    }
    return s;
  }
}
