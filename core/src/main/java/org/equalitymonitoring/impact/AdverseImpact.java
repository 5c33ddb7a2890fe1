package org.equalitymonitoring.impact;

/**
 * The impact-assessment finding for one group.
 *
 * <p>A group too small to say is reported as {@link #TOO_SMALL_TO_SAY}, never as {@link
 * #NO_EVIDENCE}: absence of evidence from a handful of events is not evidence of no impact.
 */
public enum AdverseImpact {
  /**
   * Evidence of adverse impact: the group has significantly less of a benefit, or significantly
   * more of an adverse outcome, than the reference (see {@link OutcomeKind}).
   */
  ADVERSE("evidence of adverse impact"),
  /** No significant difference in the adverse direction (the difference may favour the group). */
  NO_EVIDENCE("no evidence of adverse impact"),
  /** The group or its reference is below the {@link SmallNumberRule}: too small to say. */
  TOO_SMALL_TO_SAY("too small to say"),
  /** The group is the named reference group, compared with nobody. */
  REFERENCE_GROUP("reference group"),
  /**
   * Disclosure control withholds the group's figures (its count is suppressed, or withheld to
   * protect a suppressed count), so nothing is said about it.
   */
  WITHHELD("withheld (disclosure control)");

  private final String label;

  AdverseImpact(String label) {
    this.label = label;
  }

  /**
   * Returns the label printed in reports, for example {@code "too small to say"}.
   *
   * @return the label
   */
  public String label() {
    return label;
  }

  /**
   * Tells whether this finding is evidence of adverse impact.
   *
   * @return true only for {@link #ADVERSE}
   */
  public boolean isAdverse() {
    return this == ADVERSE;
  }
}
