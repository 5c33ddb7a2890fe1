package org.equalitymonitoring.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The findings of running rules over a report, in rule order, with counts by severity. A report
 * {@linkplain #passed() passes} when it has no ERROR finding. Immutable.
 */
public final class RuleReport {
  private final ImmutableList<Finding> findings;

  private RuleReport(List<Finding> findings) {
    this.findings = ImmutableList.copyOf(findings);
  }

  /**
   * Returns a report of findings.
   *
   * @param findings the findings, in order; none null
   * @return the report
   * @throws NullPointerException if findings or a finding is null
   */
  public static RuleReport of(List<Finding> findings) {
    requireNonNull(findings, "findings");
    findings.forEach(finding -> requireNonNull(finding, "finding"));
    return new RuleReport(findings);
  }

  /** Returns every finding, in rule order. */
  public List<Finding> findings() {
    return findings;
  }

  /**
   * Returns the findings of one severity, in rule order.
   *
   * @param severity the severity, not null
   * @return the findings
   */
  public List<Finding> findings(Severity severity) {
    requireNonNull(severity, "severity");
    return findings.stream()
        .filter(finding -> finding.severity() == severity)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns the findings about one unit, in rule order.
   *
   * @param unit the unit, {@code ""} for the overall result
   * @return the findings
   */
  public List<Finding> findingsFor(String unit) {
    requireNonNull(unit, "unit");
    return findings.stream()
        .filter(finding -> finding.unit().equals(unit))
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns whether there is no ERROR finding. */
  public boolean passed() {
    return count(Severity.ERROR) == 0;
  }

  /**
   * Returns the number of findings of one severity.
   *
   * @param severity the severity, not null
   * @return the count
   */
  public long count(Severity severity) {
    return findings(severity).size();
  }

  /** Returns the number of findings per severity, every severity present (possibly 0). */
  public Map<Severity, Long> countsBySeverity() {
    Map<Severity, Long> counts = new EnumMap<>(Severity.class);
    for (Severity severity : Severity.values()) {
      counts.put(severity, count(severity));
    }
    return counts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleReport && findings.equals(((RuleReport) other).findings);
  }

  @Override
  public int hashCode() {
    return findings.hashCode();
  }

  /**
   * Returns a summary line with the counts by severity, then one line per finding, such as {@code
   * "failed: 1 error, 0 warnings, 0 info\nERROR completeness: Ward 7: …"}.
   */
  @Override
  public String toString() {
    String summary =
        (passed() ? "passed" : "failed")
            + ": "
            + count(Severity.ERROR)
            + (count(Severity.ERROR) == 1 ? " error, " : " errors, ")
            + count(Severity.WARNING)
            + (count(Severity.WARNING) == 1 ? " warning, " : " warnings, ")
            + count(Severity.INFO)
            + " info";
    return findings.isEmpty()
        ? summary
        : summary
            + "\n"
            + findings.stream().map(Finding::toString).collect(Collectors.joining("\n"));
  }
}
