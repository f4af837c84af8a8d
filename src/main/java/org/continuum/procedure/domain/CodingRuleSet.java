package org.continuum.procedure.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Sha256;

/**
 * One version of a coding rule file as it was loaded, kept whole and parsed on use (see {@link
 * CodingRuleFormat}). Never changes once loaded: a correction is a new version beside it, so the
 * rules that coded an entry ("core:1") can always be read again.
 */
@Entity
@Table(name = "coding_rule_set")
public class CodingRuleSet extends BaseEntity {

  @Column(name = "set_id", nullable = false, updatable = false, length = 40)
  private String setId;

  @Column(name = "set_version", nullable = false, updatable = false)
  private int setVersion;

  @Column(name = "source", nullable = false, updatable = false, length = 16_000_000)
  private String source;

  @Column(name = "content_hash", nullable = false, updatable = false, length = 64)
  private String contentHash;

  protected CodingRuleSet() {}

  /** A rule file already parsed and checked against the catalog. */
  public static CodingRuleSet of(CodingRuleBook book, String source) {
    CodingRuleSet set = new CodingRuleSet();
    set.setId = book.id();
    set.setVersion = book.version();
    set.source = source;
    set.contentHash = Sha256.hex(source.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return set;
  }

  public CodingRuleBook parse() {
    return CodingRuleFormat.parse(source);
  }

  /** The rule file as it was loaded or published. */
  public String getSource() {
    return source;
  }

  /** "core:1", "program-12:3": the key entries coded by it record. */
  public String key() {
    return setId + ":" + setVersion;
  }

  public String getSetId() {
    return setId;
  }

  public int getSetVersion() {
    return setVersion;
  }
}
