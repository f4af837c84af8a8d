package org.continuum.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.continuum.identity.domain.AccountRepository;
import org.continuum.shared.application.KnownPeople;

/** Accounts' display names, for the patient-identifier check. */
@ApplicationScoped
@Transactional
public class KnownPeopleAdapter implements KnownPeople {

  @Inject AccountRepository accounts;

  @Override
  public List<String> displayNamesWith(String given, String surname) {
    return accounts.displayNamesContaining(given, surname);
  }
}
