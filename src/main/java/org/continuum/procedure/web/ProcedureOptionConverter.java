package org.continuum.procedure.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.inject.Inject;
import org.continuum.procedure.application.ProcedureCatalog;
import org.continuum.procedure.application.ProcedureOption;
import org.continuum.shared.domain.Wording;

/** A picked procedure to its catalog id and back. */
@ApplicationScoped
@FacesConverter(value = "procedureOption", managed = true)
public class ProcedureOptionConverter implements Converter<ProcedureOption> {

  @Inject ProcedureCatalog catalog;

  @Override
  public ProcedureOption getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return catalog
          .find(Long.parseLong(value))
          .orElseThrow(() -> new ConverterException(unknown()));
    } catch (NumberFormatException e) {
      throw new ConverterException(unknown());
    }
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, ProcedureOption value) {
    return value == null ? "" : Long.toString(value.id());
  }

  private static FacesMessage unknown() {
    return new FacesMessage(
        FacesMessage.SEVERITY_ERROR,
        Wording.of("procedureOptionConverter.chooseProcedureList"),
        null);
  }
}
