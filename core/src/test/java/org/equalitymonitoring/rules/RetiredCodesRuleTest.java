package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeStatus;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.UnitCount;
import org.junit.jupiter.api.Test;

class RetiredCodesRuleTest {
  private static final Scheme OLD =
      Scheme.of(
          TestReports.info("old-scheme").status(SchemeStatus.RETIRED).build(),
          List.of(
              Category.of("A", "Old white", CategoryKind.SUBSTANTIVE),
              Category.of("B", "Old other", CategoryKind.OTHER),
              Category.of("Z", "Old not stated", CategoryKind.NOT_STATED)),
          List.of());

  @Test
  void everyCodeOfARetiredSchemeIsRetired() {
    CompletenessReport report =
        TestReports.tally(OLD)
            .add("Ward 1", "A", 3)
            .add("Ward 1", "B", 5)
            .add("Ward 1", "??", 2)
            .add("Ward 2", "??", 4)
            .report();
    List<Finding> findings = RetiredCodesRule.ofScheme(OLD).check(report);
    // 8 of 14 overall (57.1%), 8 of 10 in Ward 1; Ward 2 has only unrecognised values.
    assertThat(findings)
        .extracting(Finding::message)
        .containsExactly(
            "Overall: 8 of 14 records (57.1%) carry retired codes (B: 5, A: 3); none tolerated",
            "Ward 1: 8 of 10 records (80.0%) carry retired codes (B: 5, A: 3); none tolerated");
    Finding ward1 = findings.get(1);
    assertThat(ward1.ruleId()).isEqualTo("retired-codes");
    assertThat(ward1.severity()).isEqualTo(Severity.ERROR);
    assertThat(ward1.observed()).isEqualTo(0.8);
    assertThat(ward1.threshold()).isEqualTo(0.0);
    assertThat(ward1.count()).isEqualTo(8);
    assertThat(ward1.total()).isEqualTo(10);
  }

  @Test
  void anActiveSchemeHasNoRetiredCodesAndOtherSchemesCategoriesAreNotItsOwn() {
    CompletenessReport nhs = TestReports.tally().add("u", "A", 10).report();
    assertThat(RetiredCodesRule.ofScheme(TestReports.NHS).check(nhs)).isEmpty();
    // NHS "A" has the same code as the retired scheme's "A" but is another category.
    assertThat(RetiredCodesRule.ofScheme(OLD).check(nhs)).isEmpty();
  }

  @Test
  void baseCategoriesOfARetiredBaseAreRetiredButLocalOnesAreNot() {
    Scheme local =
        Scheme.extend(
            OLD,
            TestReports.info("local").baseSchemeId("old-scheme").build(),
            List.of(Category.builder("A1", "Local white").parent("A").build()));
    CompletenessReport report =
        TestReports.tally(local).add("u", "A1", 9).add("u", "A", 1).report();
    assertThat(RetiredCodesRule.ofScheme(local).check(report))
        .extracting(Finding::message)
        .containsExactly(
            "Overall: 1 of 10 records (10.0%) carries a retired code (A: 1); none tolerated",
            "u: 1 of 10 records (10.0%) carries a retired code (A: 1); none tolerated");
  }

  @Test
  void listedCodesAreRetired() {
    CompletenessReport report =
        TestReports.tally()
            .add("Ward 1", "A", 95)
            .add("Ward 1", "C", 3)
            .add("Ward 1", "99", 2)
            .add("Ward 2", "A", 100)
            .report();
    Set<String> codes = new LinkedHashSet<>(List.of("C", "99"));
    assertThat(RetiredCodesRule.ofCodes(codes).check(report))
        .extracting(Finding::message)
        .containsExactly(
            "Overall: 5 of 200 records (2.5%) carry retired codes (C: 3, 99: 2); none tolerated",
            "Ward 1: 5 of 100 records (5.0%) carry retired codes (C: 3, 99: 2); none tolerated");
    // Tolerating 3%: only Ward 1 (5%) breaks it.
    assertThat(RetiredCodesRule.ofCodes(codes).withToleratedShare(0.03).check(report))
        .extracting(Finding::message)
        .containsExactly(
            "Ward 1: 5 of 100 records (5.0%) carry retired codes (C: 3, 99: 2); at most 3%"
                + " tolerated");
    assertThat(RetiredCodesRule.ofScheme(TestReports.NHS).withCodes(Set.of("C")).check(report))
        .extracting(Finding::unit, Finding::count)
        .containsExactly(tuple("", 3L), tuple("Ward 1", 3L));
  }

  @Test
  void cannotCheckPreAggregatedCounts() {
    assertThat(RetiredCodesRule.ofScheme(OLD).check(TestReports.ofCounts(UnitCount.of("N", 1, 2))))
        .extracting(Finding::message)
        .containsExactly(
            "Overall: cannot check rule 'retired-codes' because the report holds no recognition"
                + " counts (it was built from pre-aggregated complete and total counts)",
            "N: cannot check rule 'retired-codes' because the report holds no recognition"
                + " counts (it was built from pre-aggregated complete and total counts)");
  }

  @Test
  void keepsItsConfiguration() {
    RetiredCodesRule rule =
        RetiredCodesRule.ofScheme(OLD)
            .withCodes(Set.of("X"))
            .withToleratedShare(0.01)
            .withSeverity(Severity.WARNING);
    assertThat(rule.id()).isEqualTo("retired-codes");
    assertThat(rule.scheme()).contains(OLD);
    assertThat(rule.codes()).containsExactly("X");
    assertThat(rule.tolerated()).isEqualTo(0.01);
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(rule)
        .hasToString("retired-codes of scheme old-scheme codes [X], at most 1% tolerated, WARNING");
    assertThat(RetiredCodesRule.ofCodes(Set.of("C")).scheme()).isEmpty();
  }

  @Test
  void rejectsInvalidConfiguration() {
    assertThatThrownBy(() -> RetiredCodesRule.ofCodes(Set.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("retired-codes: a retired code must not be blank, got ' '");
    assertThatThrownBy(() -> RetiredCodesRule.ofScheme(OLD).withToleratedShare(2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "retired-codes: tolerated share must be a fraction in [0, 1], got 2.0"
                + " (write 95% as 0.95)");
    assertThatThrownBy(() -> RetiredCodesRule.ofScheme(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scheme");
    assertThatThrownBy(() -> RetiredCodesRule.ofCodes(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("codes");
    assertThatThrownBy(() -> RetiredCodesRule.ofScheme(OLD).withCodes(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("codes");
    assertThatThrownBy(() -> RetiredCodesRule.ofScheme(OLD).withSeverity(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> RetiredCodesRule.ofScheme(OLD).check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
  }
}
