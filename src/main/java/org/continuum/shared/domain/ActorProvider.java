package org.continuum.shared.domain;

/**
 * Names who is acting now, for stamps and the audit trail. Implemented where the caller is known
 * (the identity context); {@link #SYSTEM} when nobody is signed in (start-up, seed loading,
 * scheduled jobs).
 */
public interface ActorProvider {

  String SYSTEM = "system";

  String currentActorName();

  /** The acting account's id, or null for the system. */
  Long currentActorId();
}
