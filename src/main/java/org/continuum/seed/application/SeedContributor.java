package org.continuum.seed.application;

import java.util.List;

/**
 * Applies one kind of seed document (e.g. "institution"). Each context that owns seedable content
 * provides one. Applying must be idempotent by natural keys: an entry that already exists is left
 * as it is, so loading the same file twice creates nothing twice.
 */
public interface SeedContributor {

  /** The value of the document's "kind" field this contributor handles. */
  String kind();

  /**
   * Made-up content for the demo institution: applied only on a server started in demo mode, never
   * through the upload page or API of any other server.
   */
  default boolean demoOnly() {
    return false;
  }

  /**
   * @param json the whole document
   * @return one line per thing done or skipped, for the report
   */
  List<String> apply(String json);
}
