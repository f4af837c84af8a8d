package org.continuum.program.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Arrays;
import java.util.List;
import org.continuum.shared.domain.Check;
import org.continuum.shared.domain.Wording;

/**
 * A rotation objective and the subcompetencies it serves, by code ("PC4", "MK1"). Codes, not ids,
 * so the mapping carries over when the program moves to a new version of its framework.
 */
@Embeddable
public class RotationObjective {

  @Column(name = "objective", nullable = false, length = 500)
  private String objective;

  @Column(name = "subcompetency_codes", nullable = false, length = 200)
  private String subcompetencyCodes;

  protected RotationObjective() {}

  public RotationObjective(String objective, List<String> codes) {
    this.objective = Check.text("objectives", Wording.of("label.objective"), objective, 3, 500);
    this.subcompetencyCodes = codes == null ? "" : String.join(",", codes);
  }

  public String getObjective() {
    return objective;
  }

  public List<String> getSubcompetencyCodes() {
    return subcompetencyCodes.isEmpty()
        ? List.of()
        : Arrays.stream(subcompetencyCodes.split(",")).toList();
  }
}
