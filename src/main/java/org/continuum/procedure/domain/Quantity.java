package org.continuum.procedure.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.continuum.shared.domain.Titled;

/**
 * A counted detail of a procedure that its codes depend on (muscles injected, nerve conduction
 * studies, leads) or that a program wants recorded (toxin units). A procedure asks for the ones it
 * needs; coding rules name them by key. A quantity whose least value is 0 may be left blank and
 * then counts as 0; a flag is a yes or no asked as a tick box.
 */
public enum Quantity implements Titled {
  MUSCLES("muscles", "Muscles injected", 1, 60, false),
  SMALL_LIMBS("limbs-1-4", "Limbs with 1 to 4 muscles injected", 0, 4, false),
  LARGE_LIMBS("limbs-5-plus", "Limbs with 5 or more muscles injected", 0, 4, false),
  UNITS("units", "Toxin units", 1, 1500, false),
  NERVE_STUDIES("studies", "Nerve conduction studies", 1, 40, false),
  EMG_LIMBS("emg-limbs", "Limbs with complete needle EMG", 0, 4, false),
  LIMITED_EMG_LIMBS("limited-emg-limbs", "Limbs with limited needle EMG", 0, 4, false),
  NON_LIMB_EMG("non-limb-emg", "Non-limb areas by needle EMG (paraspinal, cranial)", 0, 4, false),
  NERVES("nerves", "Nerves treated", 1, 10, false),
  LEADS("leads", "Leads placed", 1, 4, false),
  PROGRAMMABLE("programmable", "Programmable pump", 0, 1, true),
  COMPLETE_EXAM("complete", "Complete examination of the joint", 0, 1, true),
  REPROGRAMMED("reprogrammed", "Pump reprogrammed", 0, 1, true);

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
