package org.continuum.identity.infrastructure;

import static org.continuum.shared.infrastructure.ListQuery.LIKE_ESCAPE;
import static org.continuum.shared.infrastructure.ListQuery.containsPattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.continuum.identity.domain.Account;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.identity.domain.AccountStatus;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Page;
import org.continuum.shared.domain.PageRequest;
import org.continuum.shared.domain.Wording;
import org.continuum.shared.infrastructure.ListQuery;

@ApplicationScoped
public class JpaAccountRepository implements AccountRepository {

  private static final java.util.regex.Pattern WORD =
      java.util.regex.Pattern.compile("[\\p{L}'’-]{1,60}");

  @PersistenceContext EntityManager em;

  @Override
  public Optional<Account> findById(long id) {
    return Optional.ofNullable(em.find(Account.class, id));
  }

  @Override
  public Optional<Account> findByIdForUpdate(long id) {
    return Optional.ofNullable(em.find(Account.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Override
  public Optional<Account> findByUsername(String normalizedUsername) {
    return em.createQuery("select a from Account a where a.username = :u", Account.class)
        .setParameter("u", normalizedUsername)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Map<Long, String> displayNames(Collection<Long> ids) {
    Map<Long, String> names = new HashMap<>();
    if (!ids.isEmpty()) {
      em.createQuery("select a.id, a.displayName from Account a where a.id in :ids", Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(r -> names.put((Long) r[0], (String) r[1]));
    }
    return names;
  }

  @Override
  public java.util.List<String> displayNamesContaining(String word, String otherWord) {
    if (!WORD.matcher(word).matches() || !WORD.matcher(otherWord).matches()) {
      return java.util.List.of(); // no wildcard ever reaches the pattern
    }
    return em.createQuery(
            "select a.displayName from Account a where lower(a.displayName) like :w"
                + " and lower(a.displayName) like :o",
            String.class)
        .setParameter("w", "%" + word + "%")
        .setParameter("o", "%" + otherWord + "%")
        // short words match many names; enough rows that the one meant is among them
        .setMaxResults(500)
        .getResultList();
  }

  @Override
  public boolean existsByUsername(String normalizedUsername) {
    return !em.createQuery("select a.id from Account a where a.username = :u", Long.class)
        .setParameter("u", normalizedUsername)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public long count() {
    return em.createQuery("select count(a) from Account a", Long.class).getSingleResult();
  }

  @Override
  public void add(Account account) {
    em.persist(account);
  }

  @Override
  public Page<Account> list(PageRequest request, Instant now) {
    ListQuery<Account> query = ListQuery.select(em, Account.class, "select a", "from Account a");
    String search = request.filter("search");
    if (search != null) {
      query.where(
          "lower(a.username) like :q"
              + LIKE_ESCAPE
              + " or lower(a.displayName) like :q"
              + LIKE_ESCAPE
              + " or lower(a.email) like :q"
              + LIKE_ESCAPE,
          "q",
          containsPattern(search));
    }
    String status = request.filter("status");
    if (status != null) {
      query.where("a.status = :status", "status", parseStatus(status));
    }
    if ("true".equals(request.filter("locked"))) {
      query.where("a.lockedUntil > :now", "now", now);
    }
    return query
        .sortable(
            Map.of(
                "username", "a.username",
                "displayName", "a.displayName",
                "email", "a.email",
                "status", "a.status",
                "lastSignInAt", "a.lastSignInAt"),
            "a.displayName",
            "a.id")
        .fetch(request);
  }

  private static AccountStatus parseStatus(String value) {
    try {
      return AccountStatus.valueOf(value);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          "status", Wording.of("jpaAccountRepository.statusActiveDisabled"));
    }
  }
}
