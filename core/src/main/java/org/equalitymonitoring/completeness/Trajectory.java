package org.equalitymonitoring.completeness;

/** Where a unit stands against the milestone in force on the evaluation date. */
public enum Trajectory {
  /** At or above the threshold in force. */
  ON_TRACK,
  /** Below the threshold in force. */
  OFF_TRACK,
  /** No milestone is due yet on the evaluation date. */
  NO_MILESTONE_DUE,
  /** The evaluation has no target. */
  NO_TARGET
}
