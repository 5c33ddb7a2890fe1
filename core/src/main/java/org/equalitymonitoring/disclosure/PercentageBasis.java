package org.equalitymonitoring.disclosure;

/**
 * Which counts a policy's percentages (shares of a total) are computed from.
 *
 * <p>Either way, a share is only produced when both the cell and its total are published: see
 * {@link Shares}.
 */
public enum PercentageBasis {
  /**
   * Shares are computed from the published (suppressed and rounded) values. This is the NHS Digital
   * Ethnic Category Coverage MI rule: "percentage computed after suppression", "% computed on
   * rounded counts" ({@code USERS-AND-METRICS.md} §1.2 and §2.4).
   */
  PUBLISHED_VALUES,
  /**
   * Shares are computed from the unrounded counts, as in the Ofqual / gov.uk rounding policy:
   * "totals and percentages come from unrounded values" ({@code STATISTICAL-METHODS.md} §9).
   */
  UNROUNDED_VALUES
}
