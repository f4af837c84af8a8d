package org.continuum.procedure.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * Spinal levels as one comma-separated column ("L4-L5,L5-S1"), in the order given; none is null.
 */
@Converter
public class LevelsColumn implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> levels) {
    return levels == null || levels.isEmpty() ? null : String.join(",", levels);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isBlank() ? List.of() : List.of(column.split(","));
  }
}
