package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.junit.jupiter.api.Test;

class RuleSetTest {
  /** Ward 1: 80 of 100 known, 15 Z, 5 unrecognised. Ward 2: 100 of 100 known. */
  private static CompletenessReport wards() {
    return TestReports.tally()
        .add("Ward 1", "A", 80)
        .add("Ward 1", "Z", 15)
        .add("Ward 1", "??", 5)
        .add("Ward 2", "B", 100)
        .report();
  }

  @Test
  void runsEveryRuleInOrder() {
    RuleSet rules =
        RuleSet.of(
            CompletenessRule.atLeast(0.95),
            NotStatedShareRule.atMost(0.10).withSeverity(Severity.WARNING),
            InvalidCodesRule.none());
    RuleReport result = rules.run(wards());
    // Completeness: overall 180/200 = 90% and Ward 1 80%; not stated: Ward 1 15%; invalid: overall
    // 5 and Ward 1 5. Overall not stated is 15 of 200 = 7.5%.
    assertThat(result.findings())
        .extracting(Finding::ruleId, Finding::unit)
        .containsExactly(
            tuple("completeness", ""),
            tuple("completeness", "Ward 1"),
            tuple("not-stated-share", "Ward 1"),
            tuple("invalid-codes", ""),
            tuple("invalid-codes", "Ward 1"));
    assertThat(result.passed()).isFalse();
    assertThat(result.count(Severity.ERROR)).isEqualTo(4);
    assertThat(result.count(Severity.WARNING)).isEqualTo(1);
  }

  @Test
  void anEmptyOrPassingRuleSetPasses() {
    assertThat(RuleSet.of().run(wards()).passed()).isTrue();
    assertThat(RuleSet.of(CompletenessRule.atLeast(0.8)).run(wards()).findings()).isEmpty();
  }

  @Test
  void addsRules() {
    RuleSet one = RuleSet.of(List.of(CompletenessRule.atLeast(0.95)));
    RuleSet two = one.with(InvalidCodesRule.none());
    assertThat(one.rules()).hasSize(1);
    assertThat(two.rules()).extracting(Rule::id).containsExactly("completeness", "invalid-codes");
    assertThat(two)
        .hasToString("rules [completeness at least 95%, ERROR, invalid-codes none, ERROR]");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> RuleSet.of((Rule[]) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules");
    assertThatThrownBy(() -> RuleSet.of((List<Rule>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules");
    assertThatThrownBy(() -> RuleSet.of(Arrays.asList(CompletenessRule.atLeast(0.9), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule");
    assertThatThrownBy(() -> RuleSet.of().with(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule");
    assertThatThrownBy(() -> RuleSet.of().run(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
  }
}
