package org.equalitymonitoring.disclosure;

/**
 * Why a cell of a {@link DisclosedTable} is suppressed.
 *
 * <p>Follows the two-stage scheme of statistical disclosure control described in {@code
 * STATISTICAL-METHODS.md} §9: primary suppression of small counts, then secondary ("complementary")
 * suppression or masking so that a primary cell cannot be recovered by subtraction (required
 * explicitly by the UK LLC TRE rule, and applied manually under the pre-2018 NHS Digital rule).
 */
public enum SuppressionReason {
  /** The cell's own count falls in the policy's small-count range (primary suppression). */
  PRIMARY,
  /**
   * The cell's count is not small but is suppressed to protect another suppressed cell in the same
   * row or column from being derived from the row or column total (secondary suppression).
   */
  SECONDARY
}
