package org.equalitymonitoring.rules;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.stream.Collectors;
import org.equalitymonitoring.completeness.CompletenessReport;

/**
 * Assertions over completeness reports for a test suite, with no dependency on a test framework: a
 * failed check throws {@link AssertionError}, which JUnit, TestNG and others report as a failure.
 * The message lists every unit and figure that broke the check, not only the first.
 *
 * <p>An example JUnit 5 test of a data extract:
 *
 * <pre>{@code
 * import static org.equalitymonitoring.rules.QualityAssertions.assertThat;
 *
 * class EthnicityRecordingTest {
 *   @Test
 *   void wardsRecordEthnicityWell() {
 *     Recogniser recogniser = Recogniser.of(BundledSchemes.get().requireScheme("nhs-ethnic-category-2001"));
 *     CompletenessTally tally = extract.stream()
 *         .collect(CompletenessTally.collector(Row::ward, row -> recogniser.recognise(row.ethnicity())));
 *     CompletenessReport report = CompletenessReport.of(
 *         tally, CompletenessDefinition.KNOWN, Optional.empty(), LocalDate.now(),
 *         ConfidenceLevel.NINETY_FIVE);
 *
 *     assertThat(report)
 *         .meetsCompleteness(0.95)
 *         .hasNotStatedShareAtMost(0.10)
 *         .hasNoUnrecognisedValues()
 *         .hasNoCodeAbove(0.90);
 *   }
 * }
 * }</pre>
 *
 * <p>A failure reads, for example:
 *
 * <pre>
 * Expected completeness at least 95% in every unit and overall, but 2 findings broke it:
 *   ERROR completeness: Overall: 90.5% of 200 records have a known ethnic category (95% CI …); target 95%
 *   ERROR completeness: Ward 7: 81.0% of 100 records have a known ethnic category (95% CI …); target 95%
 * </pre>
 *
 * <p>Each check fails on ERROR findings only; warnings (such as a shortfall that is not significant
 * under {@link ReportAssertion#isNotSignificantlyBelow}) do not fail it.
 */
public final class QualityAssertions {
  private QualityAssertions() {}

  /**
   * Starts assertions about a report.
   *
   * @param report the report, not null
   * @return the assertions, which can be chained
   */
  public static ReportAssertion assertThat(CompletenessReport report) {
    return ReportAssertion.of(requireNonNull(report, "report"));
  }

  /**
   * Asserts that rules passed: that a rule report has no ERROR finding.
   *
   * @param result the result of {@link RuleSet#run}, not null
   * @throws AssertionError listing every ERROR finding, if there is any
   */
  public static void assertPassed(RuleReport result) {
    requireNonNull(result, "result");
    failOnErrors("every rule to pass", result.findings());
  }

  /** Throws an AssertionError listing the ERROR findings, if there are any. */
  static void failOnErrors(String expectation, List<Finding> findings) {
    List<Finding> errors =
        findings.stream()
            .filter(finding -> finding.severity() == Severity.ERROR)
            .collect(Collectors.toList());
    if (errors.isEmpty()) {
      return;
    }
    throw new AssertionError(
        "Expected "
            + expectation
            + ", but "
            + errors.size()
            + (errors.size() == 1 ? " finding broke it:" : " findings broke it:")
            + errors.stream().map(finding -> "\n  " + finding).collect(Collectors.joining()));
  }
}
