package org.continuum.shared.domain;

/**
 * Locks an aggregate for a change and moves its version on at once. Needed where a change touches
 * only the aggregate's child rows (goals, items, subcompetencies): the root's version would
 * otherwise stay where it was and let an editor holding a stale version through.
 */
public interface AggregateLocks {

  void lockForChange(BaseEntity aggregate);
}
