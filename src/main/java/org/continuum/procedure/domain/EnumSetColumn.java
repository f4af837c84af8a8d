package org.continuum.procedure.domain;

import jakarta.persistence.AttributeConverter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stores a small set of enum values as one comma-separated column ("LEFT,RIGHT"), in declaration
 * order, so sets compare and group in SQL as plain strings.
 */
public abstract class EnumSetColumn<E extends Enum<E>>
    implements AttributeConverter<Set<E>, String> {

  private final Class<E> type;

  protected EnumSetColumn(Class<E> type) {
    this.type = type;
  }

  @Override
  public String convertToDatabaseColumn(Set<E> values) {
    if (values == null || values.isEmpty()) {
      return "";
    }
    return EnumSet.copyOf(values).stream().map(Enum::name).collect(Collectors.joining(","));
  }

  @Override
  public Set<E> convertToEntityAttribute(String column) {
    EnumSet<E> values = EnumSet.noneOf(type);
    if (column != null && !column.isBlank()) {
      Arrays.stream(column.split(","))
          .map(String::strip)
          .map(v -> Enum.valueOf(type, v))
          .forEach(values::add);
    }
    return values;
  }

  /** Procedure fields. */
  @jakarta.persistence.Converter
  public static class Fields extends EnumSetColumn<ProcedureField> {
    public Fields() {
      super(ProcedureField.class);
    }
  }

  /** Spine regions. */
  @jakarta.persistence.Converter
  public static class Regions extends EnumSetColumn<SpineRegion> {
    public Regions() {
      super(SpineRegion.class);
    }
  }

  /** Trainee roles. */
  @jakarta.persistence.Converter
  public static class Roles extends EnumSetColumn<TraineeRole> {
    public Roles() {
      super(TraineeRole.class);
    }
  }

  /** Complications. */
  @jakarta.persistence.Converter
  public static class Complications extends EnumSetColumn<Complication> {
    public Complications() {
      super(Complication.class);
    }
  }

  /** Guidance modalities. */
  @jakarta.persistence.Converter
  public static class Guidances extends EnumSetColumn<Guidance> {
    public Guidances() {
      super(Guidance.class);
    }
  }

  /** Counted details. */
  @jakarta.persistence.Converter
  public static class Quantities extends EnumSetColumn<Quantity> {
    public Quantities() {
      super(Quantity.class);
    }
  }
}
