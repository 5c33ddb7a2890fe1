package org.equalitymonitoring.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.OtherCategoryShare;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.completeness.UnitCompleteness;

/**
 * The share of "Any other" records at most a maximum: the records in categories of kind {@link
 * CategoryKind#OTHER} ("Any other White background", "Any other ethnic group"...) summed and
 * divided by the unit's known records ({@link OtherCategoryShare}).
 *
 * <p>Too many records in "Other X" is a known quality problem (USERS-AND-METRICS.md §1.3: Other
 * Asian instead of Bangladeshi, Other Black instead of African). A finding reads {@code "Ward 7:
 * 30.0% of 200 known records are in an 'Any other' category (60 records: S 40, L 20); at most 20%
 * allowed"}; its observed value is the share, its threshold the maximum, its count the "Any other"
 * records and its total the known records. A unit without known records is not checked. The rule
 * needs recognition counts: for a report built from pre-aggregated counts it gives one finding per
 * unit saying it cannot be checked. Immutable.
 */
public final class OtherCategoryShareRule implements Rule {
  /** The id of this rule, {@code other-category-share}. */
  public static final String ID = "other-category-share";

  private final double maximum;
  private final Severity severity;

  private OtherCategoryShareRule(double maximum, Severity severity) {
    this.maximum = maximum;
    this.severity = severity;
  }

  /**
   * Returns a rule that a unit breaks when more than the maximum share of its known records are in
   * "Any other" categories.
   *
   * @param maximum the largest share allowed, a fraction in [0, 1] (20% is 0.20)
   * @return the rule, of severity ERROR
   * @throws IllegalArgumentException if the maximum is outside [0, 1], quoting it
   */
  public static OtherCategoryShareRule atMost(double maximum) {
    return new OtherCategoryShareRule(
        RuleArguments.fraction(ID, "maximum share", maximum), Severity.ERROR);
  }

  /**
   * Returns a copy whose findings have the given severity.
   *
   * @param severity the severity, not null
   * @return the rule
   */
  public OtherCategoryShareRule withSeverity(Severity severity) {
    return new OtherCategoryShareRule(maximum, RuleArguments.severity(severity));
  }

  /** Returns the largest share of "Any other" records allowed among known records, a fraction. */
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
    long known = counts.complete(CompletenessDefinition.KNOWN);
    if (known == 0) {
      return;
    }
    List<OtherCategoryShare> shares = OtherCategoryShare.of(counts);
    long other = shares.stream().mapToLong(OtherCategoryShare::count).sum();
    ShareLimit.maximum(ID, severity, maximum, "allowed")
        .check(
            unit.unit(),
            other,
            known,
            share ->
                Figures.percent(share)
                    + " of "
                    + Figures.count(known)
                    + " known "
                    + (known == 1 ? "record" : "records")
                    + (other == 1 ? " is" : " are")
                    + " in an 'Any other' category ("
                    + Figures.records(other)
                    + ": "
                    + shares.stream()
                        .map(s -> s.category().code() + " " + Figures.count(s.count()))
                        .collect(Collectors.joining(", "))
                    + ")")
        .ifPresent(findings::add);
  }

  @Override
  public String toString() {
    return ID + " " + Figures.atMost(maximum) + ", " + severity;
  }
}
