package org.equalitymonitoring.impact;

/**
 * Whether the measured event is a benefit or an adverse outcome, which decides the direction of an
 * adverse impact: a group is adversely affected if it has significantly <em>less</em> of a benefit,
 * or significantly <em>more</em> of an adverse outcome, than the reference.
 */
public enum OutcomeKind {
  /**
   * A benefit: access to a service, appointment from shortlisting (WRES indicator 2), access to
   * non-mandatory training (WRES indicator 4). Significantly lower is adverse.
   */
  BENEFIT(Significance.LOWER),
  /**
   * An adverse outcome: detention under the Mental Health Act, entry into a formal disciplinary
   * process (WRES indicator 3), restraint. Significantly higher is adverse.
   */
  ADVERSE_OUTCOME(Significance.HIGHER);

  private final Significance adverseDirection;

  OutcomeKind(Significance adverseDirection) {
    this.adverseDirection = adverseDirection;
  }

  /**
   * Returns the direction of difference that is adverse for a group.
   *
   * @return {@link Significance#LOWER} for {@link #BENEFIT}, {@link Significance#HIGHER} for {@link
   *     #ADVERSE_OUTCOME}
   */
  public Significance adverseDirection() {
    return adverseDirection;
  }
}
