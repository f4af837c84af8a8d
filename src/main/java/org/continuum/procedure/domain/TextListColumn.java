package org.continuum.procedure.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/**
 * A short list of words as one comma-separated column, in the order given ("L4-L5,L5-S1" for spinal
 * levels, "M54.16,M48.062" for diagnoses); none is null.
 */
@Converter
public class TextListColumn implements AttributeConverter<List<String>, String> {

  @Override
  public String convertToDatabaseColumn(List<String> levels) {
    return levels == null || levels.isEmpty() ? null : String.join(",", levels);
  }

  @Override
  public List<String> convertToEntityAttribute(String column) {
    return column == null || column.isBlank() ? List.of() : List.of(column.split(","));
  }
}
