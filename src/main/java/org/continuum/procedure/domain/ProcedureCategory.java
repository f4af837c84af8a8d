package org.continuum.procedure.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.regex.Pattern;
import org.continuum.shared.domain.BaseEntity;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.Wording;

/** A family of procedures that minimums may count together (e.g. epidural injections). */
@Entity
@Cacheable
@Table(name = "procedure_category")
public class ProcedureCategory extends BaseEntity {

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

  @Column(name = "code", nullable = false, unique = true, length = 40, updatable = false)
  private String code;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "display_order", nullable = false)
  private int displayOrder;

  protected ProcedureCategory() {}

  public ProcedureCategory(String code, String name, int displayOrder) {
    this.code =
        Check.matches(
            "code",
            Wording.of("label.categoryCode"),
            Check.required("code", Wording.of("label.categoryCode"), code).toUpperCase(Locale.ROOT),
            CODE,
            Wording.of("procedureCategory.n240CapitalLetters"));
    rename(name, displayOrder);
  }

  public void rename(String newName, int newDisplayOrder) {
    this.name = Check.text("name", Wording.of("label.categoryName"), newName, 2, 120);
    this.displayOrder = newDisplayOrder;
  }

  public String getCode() {
    return code;
  }

  public String getName() {
    return name;
  }

  public int getDisplayOrder() {
    return displayOrder;
  }
}
