package org.equalitymonitoring.completeness;

/** Whether a unit's proportion complete is at or above the target. */
public enum TargetStatus {
  /** The proportion is at or above the target. */
  MET,
  /** The proportion is below the target. */
  NOT_MET,
  /** The evaluation has no target. */
  NO_TARGET;

  /** Returns {@link #MET} or {@link #NOT_MET} for the comparison of a proportion with a target. */
  static TargetStatus of(double proportion, Target target) {
    return proportion >= target.threshold() ? MET : NOT_MET;
  }
}
