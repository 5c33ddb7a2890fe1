package org.equalitymonitoring.rules;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.UnitCompleteness;

/** The results a rule checks: the overall result first, then every unit in report order. */
final class Units {
  private Units() {}

  static List<UnitCompleteness> of(CompletenessReport report) {
    List<UnitCompleteness> all = new ArrayList<>();
    all.add(report.overall());
    all.addAll(report.units());
    return all;
  }

  /**
   * Runs a check over the recognition counts of every result; for a result without recognition
   * counts (the report was built from pre-aggregated counts) adds instead one finding that the rule
   * cannot be checked.
   *
   * @throws NullPointerException if report is null
   */
  static List<Finding> check(
      CompletenessReport report, String ruleId, Severity severity, UnitCheck check) {
    return check(report, ruleId, severity, unit -> true, check);
  }

  /**
   * Runs a check over the recognition counts of every result that passes a filter; a result that
   * fails it gives no finding, and one without recognition counts gives one finding that the rule
   * cannot be checked.
   *
   * @throws NullPointerException if report is null
   */
  static List<Finding> check(
      CompletenessReport report,
      String ruleId,
      Severity severity,
      Predicate<UnitCompleteness> checked,
      UnitCheck check) {
    requireNonNull(report, "report");
    List<Finding> findings = new ArrayList<>();
    for (UnitCompleteness unit : of(report)) {
      if (!checked.test(unit)) {
        continue;
      }
      if (unit.counts().isPresent()) {
        check.check(unit, unit.counts().get(), findings);
      } else {
        findings.add(cannotCheck(unit, ruleId, severity));
      }
    }
    return findings;
  }

  private static Finding cannotCheck(UnitCompleteness unit, String ruleId, Severity severity) {
    return Finding.of(
        ruleId,
        severity,
        unit.unit(),
        0,
        0,
        0,
        unit.total(),
        Figures.unit(unit.unit())
            + ": cannot check rule '"
            + ruleId
            + "' because the report holds no recognition counts (it was built from"
            + " pre-aggregated complete and total counts)");
  }
}
