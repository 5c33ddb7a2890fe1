package org.equalitymonitoring.rules;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessReport;

/**
 * Chained assertions about one completeness report, started by {@link
 * QualityAssertions#assertThat(CompletenessReport)}. Each method runs one rule over every unit and
 * the overall result and throws {@link AssertionError} listing every ERROR finding; otherwise it
 * returns this object so that checks can be chained. Invalid arguments throw {@link
 * IllegalArgumentException} as the rules do. Immutable.
 */
public final class ReportAssertion {
  private final CompletenessReport report;

  private ReportAssertion(CompletenessReport report) {
    this.report = report;
  }

  static ReportAssertion of(CompletenessReport report) {
    return new ReportAssertion(report);
  }

  /**
   * Asserts that every unit and the overall result have at least the target proportion complete
   * ({@link CompletenessRule#atLeast}).
   *
   * @param target the proportion complete required, a fraction in [0, 1]
   * @return this
   * @throws AssertionError listing every unit below the target, with its figures
   */
  public ReportAssertion meetsCompleteness(double target) {
    return satisfies(
        CompletenessRule.atLeast(target),
        "completeness at least " + Figures.limit(target) + " in every unit and overall");
  }

  /**
   * Asserts that no unit, nor the overall result, is significantly below the target: that the upper
   * confidence limit of none is below it ({@link CompletenessRule#onlyWhenSignificantlyBelow}).
   *
   * @param target the proportion complete required, a fraction in [0, 1]
   * @return this
   * @throws AssertionError listing every unit significantly below the target, with its figures
   */
  public ReportAssertion isNotSignificantlyBelow(double target) {
    return satisfies(
        CompletenessRule.atLeast(target).onlyWhenSignificantlyBelow(),
        "no unit significantly below completeness " + Figures.limit(target));
  }

  /**
   * Asserts that at most a share of each unit's records are "Not stated" ({@link
   * NotStatedShareRule}).
   *
   * @param maximum the largest share allowed, a fraction in [0, 1]
   * @return this
   * @throws AssertionError listing every unit above the share, with its figures
   */
  public ReportAssertion hasNotStatedShareAtMost(double maximum) {
    return satisfies(
        NotStatedShareRule.atMost(maximum),
        "'Not stated' at most " + Figures.limit(maximum) + " in every unit and overall");
  }

  /**
   * Asserts that no record is unrecognised or ambiguous ({@link InvalidCodesRule#none()}).
   *
   * @return this
   * @throws AssertionError listing every unit with such records, with its figures
   */
  public ReportAssertion hasNoUnrecognisedValues() {
    return satisfies(InvalidCodesRule.none(), "no unrecognised or ambiguous values");
  }

  /**
   * Asserts that at most a share of each unit's records are unrecognised or ambiguous ({@link
   * InvalidCodesRule#atMost}).
   *
   * @param tolerated the largest share tolerated, a fraction in [0, 1]
   * @return this
   * @throws AssertionError listing every unit above the share, with its figures
   */
  public ReportAssertion hasUnrecognisedShareAtMost(double tolerated) {
    return satisfies(
        InvalidCodesRule.atMost(tolerated),
        "unrecognised or ambiguous values at most " + Figures.limit(tolerated));
  }

  /**
   * Asserts that no record carries a category of the scheme while it is retired ({@link
   * RetiredCodesRule#ofScheme}).
   *
   * @param scheme the scheme the data were recognised against, not null
   * @return this
   * @throws AssertionError listing every unit with retired codes, with the codes and counts
   */
  public ReportAssertion hasNoRetiredCodes(Scheme scheme) {
    return satisfies(RetiredCodesRule.ofScheme(scheme), "no codes of retired schemes");
  }

  /**
   * Asserts that no record carries one of the listed codes ({@link RetiredCodesRule#ofCodes}).
   *
   * @param retiredCodes the retired codes, none blank
   * @return this
   * @throws AssertionError listing every unit with retired codes, with the codes and counts
   */
  public ReportAssertion hasNoRetiredCodes(Set<String> retiredCodes) {
    return satisfies(RetiredCodesRule.ofCodes(retiredCodes), "no retired codes " + retiredCodes);
  }

  /**
   * Asserts that at most a share of each unit's known records are in "Any other" categories ({@link
   * OtherCategoryShareRule}).
   *
   * @param maximum the largest share allowed, a fraction in [0, 1]
   * @return this
   * @throws AssertionError listing every unit above the share, with its figures
   */
  public ReportAssertion hasOtherCategoryShareAtMost(double maximum) {
    return satisfies(
        OtherCategoryShareRule.atMost(maximum),
        "'Any other' categories at most " + Figures.limit(maximum) + " of known records");
  }

  /**
   * Asserts that no single code holds more than a share of any unit's records ({@link
   * DominantCodeRule}).
   *
   * @param maximum the largest share one code may hold, a fraction in [0, 1]
   * @return this
   * @throws AssertionError listing every unit and code above the share, with its figures
   */
  public ReportAssertion hasNoCodeAbove(double maximum) {
    return satisfies(
        DominantCodeRule.atMost(maximum), "no single code above " + Figures.limit(maximum));
  }

  /**
   * Asserts that a rule gives no ERROR finding.
   *
   * @param rule the rule, not null
   * @return this
   * @throws AssertionError listing every ERROR finding of the rule
   */
  public ReportAssertion satisfies(Rule rule) {
    requireNonNull(rule, "rule");
    return satisfies(rule, "rule " + rule.id() + " to pass");
  }

  /**
   * Asserts that the rules of a rule set give no ERROR finding.
   *
   * @param rules the rules, not null
   * @return this
   * @throws AssertionError listing every ERROR finding of every rule
   */
  public ReportAssertion passes(RuleSet rules) {
    requireNonNull(rules, "rules");
    QualityAssertions.failOnErrors("every rule to pass", rules.run(report).findings());
    return this;
  }

  private ReportAssertion satisfies(Rule rule, String expectation) {
    QualityAssertions.failOnErrors(expectation, rule.check(report));
    return this;
  }

  @Override
  public String toString() {
    return "assertions about " + report;
  }
}
