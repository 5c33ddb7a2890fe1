package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FindingTest {
  private static Finding ward7() {
    return Finding.of(
        "completeness",
        Severity.ERROR,
        "Ward 7",
        0.81,
        0.95,
        81,
        100,
        "Ward 7: 81.0% of 100 records have a known ethnic category; target 95%");
  }

  @Test
  void holdsItsFigures() {
    Finding finding = ward7();
    assertThat(finding.ruleId()).isEqualTo("completeness");
    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
    assertThat(finding.unit()).isEqualTo("Ward 7");
    assertThat(finding.isOverall()).isFalse();
    assertThat(finding.subject()).isEmpty();
    assertThat(finding.observed()).isEqualTo(0.81);
    assertThat(finding.threshold()).isEqualTo(0.95);
    assertThat(finding.count()).isEqualTo(81);
    assertThat(finding.total()).isEqualTo(100);
    assertThat(finding)
        .hasToString(
            "ERROR completeness: Ward 7: 81.0% of 100 records have a known ethnic category;"
                + " target 95%");
  }

  @Test
  void aSubjectMakesACopy() {
    Finding withSubject = ward7().withSubject("A");
    assertThat(withSubject.subject()).contains("A");
    assertThat(withSubject.message()).isEqualTo(ward7().message());
    assertThat(withSubject).isNotEqualTo(ward7());
    assertThat(ward7().subject()).isEmpty();
  }

  @Test
  void theOverallResultHasAnEmptyUnit() {
    assertThat(Finding.of("r", Severity.INFO, "", 0, 0, 0, 0, "Overall: fine").isOverall())
        .isTrue();
  }

  @Test
  void equalFindingsAreEqual() {
    assertThat(ward7()).isEqualTo(ward7()).hasSameHashCodeAs(ward7());
    assertThat(ward7())
        .isNotEqualTo(
            Finding.of(
                "completeness",
                Severity.WARNING,
                "Ward 7",
                0.81,
                0.95,
                81,
                100,
                ward7().message()));
  }

  @Test
  void rejectsInvalidFigures() {
    assertThatThrownBy(() -> Finding.of(" ", Severity.ERROR, "u", 0, 0, 0, 1, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ruleId must not be blank, got ' '");
    assertThatThrownBy(() -> Finding.of("r", Severity.ERROR, "u", 0, 0, 0, 1, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("message must not be blank, got ''");
    assertThatThrownBy(() -> Finding.of("r", Severity.ERROR, "u", Double.NaN, 0, 0, 1, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("finding of rule 'r': observed and threshold must be finite, got NaN and 0.0");
    assertThatThrownBy(() -> Finding.of("r", Severity.ERROR, "u", 0, 0, 2, 1, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "finding of rule 'r': counts must satisfy 0 <= count <= total, got count=2, total=1");
    assertThatThrownBy(() -> Finding.of("r", Severity.ERROR, "u", 0, 0, -1, 1, "m"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "finding of rule 'r': counts must satisfy 0 <= count <= total, got count=-1, total=1");
    assertThatThrownBy(() -> ward7().withSubject(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subject must not be blank, got ''");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> Finding.of(null, Severity.ERROR, "u", 0, 0, 0, 1, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("ruleId");
    assertThatThrownBy(() -> Finding.of("r", null, "u", 0, 0, 0, 1, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> Finding.of("r", Severity.ERROR, null, 0, 0, 0, 1, "m"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("unit");
    assertThatThrownBy(() -> Finding.of("r", Severity.ERROR, "u", 0, 0, 0, 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("message");
    assertThatThrownBy(() -> ward7().withSubject(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("subject");
  }
}
