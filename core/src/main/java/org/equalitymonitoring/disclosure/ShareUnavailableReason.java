package org.equalitymonitoring.disclosure;

/** Why a {@link Share} of a total cannot be computed from a {@link DisclosedTable}. */
public enum ShareUnavailableReason {
  /** The cell itself is suppressed, so its share would reveal it. */
  CELL_SUPPRESSED,
  /** The total the share is taken of is suppressed. */
  TOTAL_SUPPRESSED,
  /** The published total is zero, so the share is undefined. */
  TOTAL_ZERO
}
