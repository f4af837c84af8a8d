package org.continuum.procedure.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.continuum.shared.domain.Titled;
import org.continuum.shared.domain.Wording;

/**
 * A counted detail of a procedure that its codes depend on (muscles injected, nerve conduction
 * studies, leads) or that a program wants recorded (toxin units). A procedure asks for the ones it
 * needs; coding rules name them by key. A quantity whose least value is 0 may be left blank and
 * then counts as 0; a flag is a yes or no asked as a tick box.
 */
public enum Quantity implements Titled {
  MUSCLES("muscles", Wording.of("quantity.MUSCLES.title"), 1, 60, false),
  SMALL_LIMBS("limbs-1-4", Wording.of("quantity.SMALL_LIMBS.title"), 0, 4, false),
  LARGE_LIMBS("limbs-5-plus", Wording.of("quantity.LARGE_LIMBS.title"), 0, 4, false),
  UNITS("units", Wording.of("quantity.UNITS.title"), 1, 1500, false),
  NERVE_STUDIES("studies", Wording.of("quantity.NERVE_STUDIES.title"), 1, 40, false),
  EMG_LIMBS("emg-limbs", Wording.of("quantity.EMG_LIMBS.title"), 0, 4, false),
  LIMITED_EMG_LIMBS(
      "limited-emg-limbs", Wording.of("quantity.LIMITED_EMG_LIMBS.title"), 0, 4, false),
  NON_LIMB_EMG("non-limb-emg", Wording.of("quantity.NON_LIMB_EMG.title"), 0, 4, false),
  NERVES("nerves", Wording.of("quantity.NERVES.title"), 1, 10, false),
  LEADS("leads", Wording.of("quantity.LEADS.title"), 1, 4, false),
  PROGRAMMABLE("programmable", Wording.of("quantity.PROGRAMMABLE.title"), 0, 1, true),
  COMPLETE_EXAM("complete", Wording.of("quantity.COMPLETE_EXAM.title"), 0, 1, true),
  REPROGRAMMED("reprogrammed", Wording.of("quantity.REPROGRAMMED.title"), 0, 1, true);

  private final String key;
  private final String title;
  private final int least;
  private final int most;
  private final boolean flag;

  Quantity(String key, String title, int least, int most, boolean flag) {
    this.key = key;
    this.title = title;
    this.least = least;
    this.most = most;
    this.flag = flag;
  }

  /** By the key coding rules and the API use ("emg-limbs"), ignoring case. */
  public static Optional<Quantity> byKey(String key) {
    String k = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(q -> q.key.equals(k)).findFirst();
  }

  public String key() {
    return key;
  }

  @Override
  public String title() {
    return title;
  }

  public int least() {
    return least;
  }

  public int most() {
    return most;
  }

  public boolean isFlag() {
    return flag;
  }

  /** Whether a blank answer stands for none. */
  public boolean optional() {
    return least == 0;
  }
}
