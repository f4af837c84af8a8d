package org.continuum.identity.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface MembershipRepository {

  List<Membership> findByAccount(long accountId);

  Optional<Membership> find(long accountId, Long programId, Role role);

  /** Account ids holding one of the roles in the program. */
  List<Long> accountIdsWithRole(long programId, Collection<Role> roles);

  List<Membership> findByProgram(long programId);

  long countWithRole(Role role);

  void add(Membership membership);

  void remove(Membership membership);
}
