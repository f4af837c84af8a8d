package org.continuum.procedure.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Counted details as one column in declaration order ("MUSCLES=3,UNITS=200"); none is null. */
@Converter
public class CountsColumn implements AttributeConverter<Map<Quantity, Integer>, String> {

  @Override
  public String convertToDatabaseColumn(Map<Quantity, Integer> counts) {
    if (counts == null || counts.isEmpty()) {
      return null;
    }
    return new EnumMap<>(counts)
        .entrySet().stream()
            .map(e -> e.getKey().name() + "=" + e.getValue())
            .collect(Collectors.joining(","));
  }

  @Override
  public Map<Quantity, Integer> convertToEntityAttribute(String column) {
    Map<Quantity, Integer> counts = new EnumMap<>(Quantity.class);
    if (column != null && !column.isBlank()) {
      for (String pair : column.split(",")) {
        int eq = pair.indexOf('=');
        counts.put(
            Quantity.valueOf(pair.substring(0, eq).strip()),
            Integer.parseInt(pair.substring(eq + 1).strip()));
      }
    }
    return counts;
  }
}
