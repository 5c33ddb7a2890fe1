package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleReportTest {
  private static final Finding ERROR =
      Finding.of("completeness", Severity.ERROR, "Ward 7", 0.81, 0.95, 81, 100, "Ward 7: low");
  private static final Finding WARNING =
      Finding.of("not-stated-share", Severity.WARNING, "", 0.12, 0.1, 12, 100, "Overall: high");
  private static final Finding INFO =
      Finding.of("distribution", Severity.INFO, "Ward 7", 0.1, 0, 1, 10, "Ward 7: left out");

  @Test
  void countsBySeverity() {
    RuleReport report = RuleReport.of(List.of(ERROR, WARNING, INFO));
    assertThat(report.passed()).isFalse();
    assertThat(report.count(Severity.ERROR)).isEqualTo(1);
    assertThat(report.countsBySeverity())
        .containsOnly(
            Map.entry(Severity.ERROR, 1L),
            Map.entry(Severity.WARNING, 1L),
            Map.entry(Severity.INFO, 1L));
    assertThat(report.findings(Severity.WARNING)).containsExactly(WARNING);
    assertThat(report.findingsFor("Ward 7")).containsExactly(ERROR, INFO);
    assertThat(report.findingsFor("")).containsExactly(WARNING);
    assertThat(report.findings()).containsExactly(ERROR, WARNING, INFO);
  }

  @Test
  void passesWithoutErrors() {
    RuleReport report = RuleReport.of(List.of(WARNING, INFO));
    assertThat(report.passed()).isTrue();
    assertThat(report.countsBySeverity()).containsEntry(Severity.ERROR, 0L);
    assertThat(RuleReport.of(List.of()).passed()).isTrue();
    assertThat(RuleReport.of(List.of())).hasToString("passed: 0 errors, 0 warnings, 0 info");
  }

  @Test
  void listsEveryFindingInItsText() {
    assertThat(RuleReport.of(List.of(ERROR, WARNING)))
        .hasToString(
            "failed: 1 error, 1 warning, 0 info\n"
                + "ERROR completeness: Ward 7: low\n"
                + "WARNING not-stated-share: Overall: high");
  }

  @Test
  void equalFindingsMakeEqualReports() {
    assertThat(RuleReport.of(List.of(ERROR)))
        .isEqualTo(RuleReport.of(List.of(ERROR)))
        .hasSameHashCodeAs(RuleReport.of(List.of(ERROR)))
        .isNotEqualTo(RuleReport.of(List.of(WARNING)));
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> RuleReport.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("findings");
    assertThatThrownBy(() -> RuleReport.of(Arrays.asList(ERROR, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("finding");
    RuleReport report = RuleReport.of(List.of(ERROR));
    assertThatThrownBy(() -> report.findings(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> report.findingsFor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
  }
}
