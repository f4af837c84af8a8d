package org.continuum.identity.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.continuum.identity.domain.Membership;
import org.continuum.identity.domain.MembershipRepository;
import org.continuum.identity.domain.Role;

@ApplicationScoped
public class JpaMembershipRepository implements MembershipRepository {

  @PersistenceContext EntityManager em;

  @Override
  public List<Membership> findByAccount(long accountId) {
    return em.createQuery(
            "select m from Membership m where m.account.id = :a order by m.programId, m.role",
            Membership.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  @Override
  public Optional<Membership> find(long accountId, Long programId, Role role) {
    String programCondition = programId == null ? "m.programId is null" : "m.programId = :p";
    var query =
        em.createQuery(
                "select m from Membership m where m.account.id = :a and m.role = :r and "
                    + programCondition,
                Membership.class)
            .setParameter("a", accountId)
            .setParameter("r", role);
    if (programId != null) {
      query.setParameter("p", programId);
    }
    return query.getResultStream().findFirst();
  }

  @Override
  public List<Long> accountIdsWithRole(long programId, Collection<Role> roles) {
    return em.createQuery(
            "select distinct m.account.id from Membership m where m.programId = :p and m.role in"
                + " :roles",
            Long.class)
        .setParameter("p", programId)
        .setParameter("roles", roles)
        .getResultList();
  }

  @Override
  public List<Membership> findByProgram(long programId) {
    return em.createQuery(
            "select m from Membership m join fetch m.account where m.programId = :p order by m.role,"
                + " m.account.displayName",
            Membership.class)
        .setParameter("p", programId)
        .getResultList();
  }

  @Override
  public long countWithRole(Role role) {
    return em.createQuery("select count(m) from Membership m where m.role = :r", Long.class)
        .setParameter("r", role)
        .getSingleResult();
  }

  @Override
  public void add(Membership membership) {
    em.persist(membership);
  }

  @Override
  public void remove(Membership membership) {
    em.remove(em.contains(membership) ? membership : em.merge(membership));
  }
}
