package org.equalitymonitoring.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import org.equalitymonitoring.completeness.CompletenessReport;

/**
 * A list of rules run together over a report, such as the checks a pipeline runs before it
 * publishes figures:
 *
 * <pre>{@code
 * RuleSet checks = RuleSet.of(
 *     CompletenessRule.atLeast(0.95).onlyWhenSignificantlyBelow(),
 *     NotStatedShareRule.atMost(0.10),
 *     InvalidCodesRule.none(),
 *     DominantCodeRule.atMost(0.90).withMinimumRecords(50).withSeverity(Severity.WARNING));
 * RuleReport result = checks.run(report);
 * if (!result.passed()) {
 *   result.findings(Severity.ERROR).forEach(finding -> log.error(finding.message()));
 * }
 * }</pre>
 *
 * Immutable.
 */
public final class RuleSet {
  private final ImmutableList<Rule> rules;

  private RuleSet(List<Rule> rules) {
    this.rules = ImmutableList.copyOf(rules);
  }

  /**
   * Returns a rule set.
   *
   * @param rules the rules, in the order their findings are listed; none null
   * @return the rule set
   * @throws NullPointerException if rules or a rule is null
   */
  public static RuleSet of(Rule... rules) {
    return of(List.of(requireNonNull(rules, "rules")));
  }

  /**
   * Returns a rule set.
   *
   * @param rules the rules, in the order their findings are listed; none null
   * @return the rule set
   * @throws NullPointerException if rules or a rule is null
   */
  public static RuleSet of(List<Rule> rules) {
    requireNonNull(rules, "rules");
    rules.forEach(rule -> requireNonNull(rule, "rule"));
    return new RuleSet(rules);
  }

  /**
   * Returns a rule set with one more rule at the end.
   *
   * @param rule the rule, not null
   * @return the new rule set
   */
  public RuleSet with(Rule rule) {
    List<Rule> all = new ArrayList<>(rules);
    all.add(requireNonNull(rule, "rule"));
    return new RuleSet(all);
  }

  /** Returns the rules in order. */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Runs every rule over a report.
   *
   * @param report the report, not null
   * @return every finding, rule by rule in order
   */
  public RuleReport run(CompletenessReport report) {
    requireNonNull(report, "report");
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules) {
      findings.addAll(rule.check(report));
    }
    return RuleReport.of(findings);
  }

  @Override
  public String toString() {
    return "rules " + rules;
  }
}
