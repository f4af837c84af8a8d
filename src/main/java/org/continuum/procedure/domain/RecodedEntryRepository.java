package org.continuum.procedure.domain;

import java.util.List;

public interface RecodedEntryRepository {

  void add(RecodedEntry entry);

  /** A program's entries whose coding changed or failed, as the director reviews them. */
  List<RecodedRow> changedInProgram(long programId);
}
