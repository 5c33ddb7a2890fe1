package org.equalitymonitoring.rules;

import java.util.List;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.completeness.UnitCompleteness;

/**
 * The share of "Not stated" records at most a maximum: records recognised as {@link
 * RecognitionStatus#NOT_STATED} (NHS {@code Z}, asked and declined) divided by all records of the
 * unit.
 *
 * <p>A rising share of "Not stated" is a known quality problem (USERS-AND-METRICS.md §1.3). A
 * finding reads {@code "Ward 7: 12.0% of 100 records are 'Not stated' (12 records); at most 10%
 * allowed"}; its observed value is the share, its threshold the maximum, its count the not-stated
 * records and its total all records. The rule needs recognition counts: for a report built from
 * pre-aggregated counts it gives one finding per unit saying it cannot be checked. Immutable.
 */
public final class NotStatedShareRule implements Rule {
  /** The id of this rule, {@code not-stated-share}. */
  public static final String ID = "not-stated-share";

  private final double maximum;
  private final Severity severity;

  private NotStatedShareRule(double maximum, Severity severity) {
    this.maximum = maximum;
    this.severity = severity;
  }

  /**
   * Returns a rule that a unit breaks when more than the maximum share of its records are "Not
   * stated".
   *
   * @param maximum the largest share allowed, a fraction in [0, 1] (10% is 0.10)
   * @return the rule, of severity ERROR
   * @throws IllegalArgumentException if the maximum is outside [0, 1], quoting it
   */
  public static NotStatedShareRule atMost(double maximum) {
    return new NotStatedShareRule(
        RuleArguments.fraction(ID, "maximum share", maximum), Severity.ERROR);
  }

  /**
   * Returns a copy whose findings have the given severity.
   *
   * @param severity the severity, not null
   * @return the rule
   */
  public NotStatedShareRule withSeverity(Severity severity) {
    return new NotStatedShareRule(maximum, RuleArguments.severity(severity));
  }

  /** Returns the largest share of "Not stated" records allowed, a fraction. */
  public double maximum() {
    return maximum;
  }

  /** Returns the severity of a breach. */
  public Severity severity() {
    return severity;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(CompletenessReport report) {
    return Units.check(report, ID, severity, this::checkUnit);
  }

  private void checkUnit(UnitCompleteness unit, RecognitionCounts counts, List<Finding> findings) {
    long notStated = counts.byStatus().get(RecognitionStatus.NOT_STATED);
    long total = counts.total();
    ShareLimit.maximum(ID, severity, maximum, "allowed")
        .check(
            unit.unit(),
            notStated,
            total,
            share ->
                Figures.percent(share)
                    + " of "
                    + Figures.records(total)
                    + " are 'Not stated' ("
                    + Figures.records(notStated)
                    + ")")
        .ifPresent(findings::add);
  }

  @Override
  public String toString() {
    return ID + " " + Figures.atMost(maximum) + ", " + severity;
  }
}
