package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import org.continuum.audit.application.AuditPeople;
import org.continuum.identity.domain.AccountRepository;

/** Names for the audit log, which only administrators read (checked by the log itself). */
@ApplicationScoped
public class AuditPeopleAdapter implements AuditPeople {

  @Inject AccountRepository accounts;

  @Override
  public Map<Long, String> displayNames(Collection<Long> accountIds) {
    return accountIds.isEmpty() ? Map.of() : accounts.displayNames(accountIds);
  }
}
