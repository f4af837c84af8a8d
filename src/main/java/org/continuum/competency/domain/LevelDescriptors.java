package org.continuum.competency.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.continuum.shared.domain.InvalidInputException;
import org.continuum.shared.domain.Wording;

/** What a trainee shows at each milestone level, 1 to 5. */
@Embeddable
public class LevelDescriptors {

  public static final int LEVELS = 5;
  public static final int MAX_LENGTH = 1000;

  @Column(name = "level_1", nullable = false, length = MAX_LENGTH)
  private String level1;

  @Column(name = "level_2", nullable = false, length = MAX_LENGTH)
  private String level2;

  @Column(name = "level_3", nullable = false, length = MAX_LENGTH)
  private String level3;

  @Column(name = "level_4", nullable = false, length = MAX_LENGTH)
  private String level4;

  @Column(name = "level_5", nullable = false, length = MAX_LENGTH)
  private String level5;

  protected LevelDescriptors() {}

  /** Five descriptors, level 1 first; each 3 to 1000 characters. */
  public static LevelDescriptors of(List<String> levels) {
    if (levels == null || levels.size() != LEVELS) {
      throw new InvalidInputException(
          "levels", Wording.of("levelDescriptors.describeEachFiveLevels", LEVELS));
    }
    for (int i = 0; i < LEVELS; i++) {
      String text = levels.get(i) == null ? "" : levels.get(i).strip();
      if (text.length() < 3 || text.length() > MAX_LENGTH) {
        throw new InvalidInputException(
            "level" + (i + 1),
            Wording.of("levelDescriptors.levelDescriptor3Characters", (i + 1), MAX_LENGTH));
      }
    }
    LevelDescriptors d = new LevelDescriptors();
    d.level1 = levels.get(0).strip();
    d.level2 = levels.get(1).strip();
    d.level3 = levels.get(2).strip();
    d.level4 = levels.get(3).strip();
    d.level5 = levels.get(4).strip();
    return d;
  }

  public List<String> asList() {
    return List.of(level1, level2, level3, level4, level5);
  }
}
