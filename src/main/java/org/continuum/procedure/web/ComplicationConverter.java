package org.continuum.procedure.web;

import jakarta.faces.convert.EnumConverter;
import jakarta.faces.convert.FacesConverter;
import org.continuum.procedure.domain.Complication;

/**
 * Ticked complications to their constants: a set's element type is erased, so Faces cannot find the
 * enum by itself.
 */
@FacesConverter("complication")
public class ComplicationConverter extends EnumConverter {

  public ComplicationConverter() {
    super(Complication.class);
  }
}
