package org.continuum.competency.domain;

import java.util.List;
import java.util.Optional;

public interface FrameworkRepository {

  Optional<Framework> findById(long id);

  Optional<Framework> find(String code, int frameworkVersion);

  /** The highest version of a code, draft or published. */
  Optional<Framework> latest(String code);

  /** The highest published version of a code. */
  Optional<Framework> latestPublished(String code);

  /** Every framework version, by code then version (without their subcompetencies). */
  List<Framework> all();

  void add(Framework framework);

  Optional<ProgramFramework> ofProgram(long programId);

  void add(ProgramFramework programFramework);

  Optional<Subcompetency> subcompetency(long id);

  /** Flushes, so a clash on (code, version) shows now, not at commit. */
  void flush();
}
