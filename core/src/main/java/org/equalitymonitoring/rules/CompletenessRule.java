package org.equalitymonitoring.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.UnitCompleteness;
import org.equalitymonitoring.stats.Estimate;

/**
 * Completeness at or above a target: each unit's proportion of complete records (under the report's
 * definition) must be at least the target.
 *
 * <p>By default a unit fails when its proportion is below the target. With {@link
 * #onlyWhenSignificantlyBelow()} it fails only when the upper limit of its confidence interval is
 * below the target; a shortfall that is not significant is reported one severity milder (an ERROR
 * rule gives a WARNING), so that a person still sees it. A finding reads {@code "Ward 7: 81.2% of
 * 1,234 records have a known ethnic category (95% CI 79.0% to 83.3%); target 95%"}; its observed
 * value is the proportion, its threshold the target, its count the complete records and its total
 * all records. Immutable.
 */
public final class CompletenessRule implements Rule {
  /** The id of this rule, {@code completeness}. */
  public static final String ID = "completeness";

  private final double target;
  private final boolean significantOnly;
  private final Severity severity;

  private CompletenessRule(double target, boolean significantOnly, Severity severity) {
    this.target = target;
    this.significantOnly = significantOnly;
    this.severity = severity;
  }

  /**
   * Returns a rule that a unit breaks when its proportion complete is below the target.
   *
   * @param target the proportion complete required, a fraction in [0, 1] (95% is 0.95)
   * @return the rule, of severity ERROR
   * @throws IllegalArgumentException if the target is outside [0, 1], quoting it
   */
  public static CompletenessRule atLeast(double target) {
    return new CompletenessRule(
        RuleArguments.fraction(ID, "target", target), false, Severity.ERROR);
  }

  /**
   * Returns a copy that a unit breaks only when the upper limit of its confidence interval is below
   * the target; a shortfall that is not significant is reported one severity milder.
   *
   * @return the rule
   */
  public CompletenessRule onlyWhenSignificantlyBelow() {
    return new CompletenessRule(target, true, severity);
  }

  /**
   * Returns a copy whose findings have the given severity.
   *
   * @param severity the severity, not null
   * @return the rule
   */
  public CompletenessRule withSeverity(Severity severity) {
    return new CompletenessRule(target, significantOnly, RuleArguments.severity(severity));
  }

  /** Returns the proportion complete required, a fraction. */
  public double target() {
    return target;
  }

  /** Returns whether only a significant shortfall has the rule's full severity. */
  public boolean significantOnly() {
    return significantOnly;
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
    requireNonNull(report, "report");
    List<Finding> findings = new ArrayList<>();
    for (UnitCompleteness unit : Units.of(report)) {
      Estimate proportion = unit.proportion();
      if (proportion.value() >= target) {
        continue;
      }
      boolean significant = proportion.upper() < target;
      Severity level = significantOnly && !significant ? severity.milder() : severity;
      String message =
          Figures.unit(unit.unit())
              + ": "
              + Figures.percent(proportion.value())
              + " of "
              + Figures.records(unit.total())
              + (unit.total() == 1 ? " has " : " have ")
              + describe(report.definition())
              + " ("
              + report.confidence().label()
              + " CI "
              + Figures.percent(proportion.lower())
              + " to "
              + Figures.percent(proportion.upper())
              + "); target "
              + Figures.limit(target);
      if (significantOnly) {
        message +=
            significant
                ? ", and the upper confidence limit is below it"
                : ", but it is not significantly below it";
      }
      findings.add(
          Finding.of(
              ID,
              level,
              unit.unit(),
              proportion.value(),
              target,
              unit.complete(),
              unit.total(),
              message));
    }
    return findings;
  }

  private static String describe(CompletenessDefinition definition) {
    return definition == CompletenessDefinition.KNOWN
        ? "a known ethnic category"
        : "a valid ethnic category (known or not stated)";
  }

  @Override
  public String toString() {
    return ID
        + " at least "
        + Figures.limit(target)
        + (significantOnly ? " (significant shortfalls only)" : "")
        + ", "
        + severity;
  }
}
