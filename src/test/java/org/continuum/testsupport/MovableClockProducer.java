package org.continuum.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** In the test deployment, replaces the system clock with the movable one. */
@Alternative
@Priority(1000)
@ApplicationScoped
public class MovableClockProducer {

  public static final MovableClock CLOCK = new MovableClock();

  @Produces
  @ApplicationScoped
  Clock movableClock() {
    return CLOCK;
  }
}
