package org.continuum.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.continuum.identity.domain.ApiToken;
import org.continuum.identity.domain.ApiTokenRepository;

@ApplicationScoped
public class JpaApiTokenRepository implements ApiTokenRepository {

  @PersistenceContext EntityManager em;

  @Override
  public Optional<ApiToken> findByHash(String tokenHash) {
    return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
        .setParameter("h", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ApiToken> findUsableByAccount(long accountId, Instant now) {
    return em.createQuery(
            "select t from ApiToken t where t.accountId = :a and t.revokedAt is null and"
                + " t.expiresAt > :now",
            ApiToken.class)
        .setParameter("a", accountId)
        .setParameter("now", now)
        .getResultList();
  }

  @Override
  public void add(ApiToken token) {
    em.persist(token);
  }
}
