package org.continuum.procedure.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.continuum.identity.application.AccessPolicy;
import org.continuum.identity.application.CurrentUser;
import org.continuum.procedure.domain.ProcedureCatalogRepository;
import org.continuum.procedure.domain.ProcedureFavourite;
import org.continuum.procedure.domain.ProcedureLogRepository;
import org.continuum.shared.domain.RecordNotFoundException;
import org.continuum.shared.domain.Wording;

/** Finding procedures to log: search, the caller's favourites and recent procedures. */
@ApplicationScoped
@Transactional
public class ProcedureCatalog {

  public static final int QUICK_PICKS = 6;

  @Inject Clock clock;
  @Inject AccessPolicy access;
  @Inject CurrentUser currentUser;
  @Inject CatalogCache cache;
  @Inject ProcedureCatalogRepository catalog;
  @Inject ProcedureLogRepository logs;

  /** Active procedures matching the text (name, code, CPT, abbreviation), best first. */
  public List<ProcedureOption> search(String text, int limit) {
    access.requireSignedIn();
    return ProcedureSearch.rank(cache.options(), text, Math.max(1, Math.min(limit, 100)));
  }

  /** Every procedure, retired ones included (for catalog views and exports). */
  public List<ProcedureOption> all() {
    access.requireSignedIn();
    return cache.options();
  }

  public ProcedureOption get(long id) {
    access.requireSignedIn();
    return cache
        .option(id)
        .orElseThrow(() -> new RecordNotFoundException(Wording.of("procedureCatalog.procedure")));
  }

  public Optional<ProcedureOption> find(long id) {
    access.requireSignedIn();
    return cache.option(id);
  }

  /** The caller's starred procedures and their most recently logged ones (not repeated). */
  public QuickPicks quickPicks() {
    long me = currentUser.accountId();
    List<ProcedureOption> favourites = active(catalog.favourites(me));
    List<Long> recentIds = new ArrayList<>(logs.recentProcedureTypes(me, QUICK_PICKS * 2));
    recentIds.removeAll(favourites.stream().map(ProcedureOption::id).toList());
    List<ProcedureOption> recent = active(recentIds);
    return new QuickPicks(favourites, recent.subList(0, Math.min(QUICK_PICKS, recent.size())));
  }

  public boolean isFavourite(long procedureTypeId) {
    return catalog.favourites(currentUser.accountId()).contains(procedureTypeId);
  }

  /** Stars or unstars a procedure for the caller. */
  public boolean toggleFavourite(long procedureTypeId) {
    long me = currentUser.accountId();
    get(procedureTypeId);
    if (catalog.favourites(me).contains(procedureTypeId)) {
      catalog.removeFavourite(me, procedureTypeId);
      return false;
    }
    catalog.addFavourite(new ProcedureFavourite(me, procedureTypeId, clock.instant()));
    return true;
  }

  private List<ProcedureOption> active(List<Long> ids) {
    List<ProcedureOption> options = new ArrayList<>();
    for (Long id : ids) {
      cache.option(id).filter(ProcedureOption::active).ifPresent(options::add);
    }
    return options;
  }
}
