package org.equalitymonitoring.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.RecognitionCounts;
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
   * Returns the recognition counts of a result, or adds a finding that the rule cannot be checked
   * because the report was built from pre-aggregated counts.
   */
  static Optional<RecognitionCounts> counts(
      UnitCompleteness unit, String ruleId, Severity severity, List<Finding> findings) {
    if (unit.counts().isEmpty()) {
      findings.add(
          Finding.of(
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
                  + " pre-aggregated complete and total counts)"));
    }
    return unit.counts();
  }
}
