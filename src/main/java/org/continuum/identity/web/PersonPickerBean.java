package org.continuum.identity.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.application.PersonOption;

/** Suggestions for the person pickers on program pages (enrol, appoint, give a role). */
@Named("personPicker")
@RequestScoped
public class PersonPickerBean {

  @Inject PeopleDirectory people;

  public List<PersonOption> complete(String text) {
    return people.search(text, 15).items();
  }
}
