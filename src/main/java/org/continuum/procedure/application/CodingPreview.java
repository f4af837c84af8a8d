package org.continuum.procedure.application;

import java.io.Serializable;
import java.util.List;
import org.continuum.procedure.domain.BilledCode;
import org.continuum.procedure.domain.CodedAs;

/**
 * What a form being filled in will be logged as: the codes once its details decide them, or what is
 * still missing, or why the combination cannot be coded.
 */
public record CodingPreview(List<BilledCode> codes, String label, String rules, String message)
    implements Serializable {

  static CodingPreview of(CodedAs coded) {
    return new CodingPreview(coded.codes(), coded.label(), coded.rules(), null);
  }

  /** Nothing chosen yet. */
  public static CodingPreview none() {
    return new CodingPreview(List.of(), null, null, null);
  }

  static CodingPreview waiting(String message) {
    return new CodingPreview(List.of(), null, null, message);
  }

  public boolean decided() {
    return label != null;
  }
}
