package org.continuum.procedure.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** An entry's codes as one short column, readable in SQL: "64483*1;+64484*1@core:1". */
@Converter
public class CodedAsColumn implements AttributeConverter<CodedAs, String> {

  @Override
  public String convertToDatabaseColumn(CodedAs codes) {
    return codes == null ? null : codes.column();
  }

  @Override
  public CodedAs convertToEntityAttribute(String column) {
    return CodedAs.parse(column);
  }
}
