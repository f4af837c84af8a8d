package org.continuum.identity.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.continuum.identity.application.PeopleDirectory;
import org.continuum.identity.application.PersonOption;
import org.continuum.shared.domain.Wording;

/** Turns a picked person into their id and back (re-read, so a forged id is checked again). */
@ApplicationScoped
@FacesConverter(value = "personOption", managed = true)
public class PersonOptionConverter implements Converter<PersonOption> {

  @Inject PeopleDirectory people;

  @Override
  public PersonOption getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return people
          .option(Long.parseLong(value))
          .orElseThrow(() -> new ConverterException(notFound()));
    } catch (NumberFormatException e) {
      throw new ConverterException(notFound());
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, PersonOption value) {
    return value == null ? "" : Long.toString(value.id());
  }

  private static FacesMessage notFound() {
    return new FacesMessage(
        FacesMessage.SEVERITY_ERROR, Wording.of("personOptionConverter.choosePersonList"), null);
  }
}
