package org.equalitymonitoring.monitoring;

/**
 * Whether a record has the outcome being monitored (an admission, a detention, a promotion...): an
 * event, no event, or not recorded.
 */
public enum Outcome {
  /** The record has the outcome. */
  EVENT,
  /** The record does not have the outcome. */
  NO_EVENT,
  /** The record does not say. */
  MISSING
}
