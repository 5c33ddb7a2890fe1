package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.UnitCount;
import org.junit.jupiter.api.Test;

class DistributionRuleTest {
  private static final Map<String, String> HEADINGS =
      Map.of(
          "A", "White", "B", "White", "C", "White", "H", "Asian", "J", "Asian", "K", "Asian", "L",
          "Asian", "M", "Black", "N", "Black", "P", "Black");

  private static Map<String, Double> reference() {
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("White", 0.80);
    shares.put("Asian", 0.15);
    shares.put("Black", 0.05);
    return shares;
  }

  /**
   * Ward 1: White 91, Asian 6, Black 3 of 100 compared (+11.0, -9.0, -2.0 points), 4 Chinese left
   * out, 10 not known. Ward 2: exactly the reference. Overall: White 171, Asian 21, Black 8 of 200
   * (+5.5, -4.5, -1.0 points), 4 left out.
   */
  private static CompletenessReport wards() {
    return TestReports.tally()
        .add("Ward 1", "A", 91)
        .add("Ward 1", "H", 6)
        .add("Ward 1", "N", 3)
        .add("Ward 1", "R", 4)
        .add("Ward 1", "99", 10)
        .add("Ward 2", "A", 80)
        .add("Ward 2", "H", 15)
        .add("Ward 2", "N", 5)
        .report();
  }

  @Test
  void flagsGroupsBeyondTheTolerance() {
    List<Finding> findings =
        DistributionRule.ofShares(reference(), 0.05).groupedBy(HEADINGS).check(wards());
    assertThat(findings)
        .extracting(Finding::unit, Finding::severity, f -> f.subject().orElse("-"))
        .containsExactly(
            tuple("", Severity.INFO, "-"),
            tuple("", Severity.ERROR, "White"),
            tuple("Ward 1", Severity.INFO, "-"),
            tuple("Ward 1", Severity.ERROR, "White"),
            tuple("Ward 1", Severity.ERROR, "Asian"));
    assertThat(findings)
        .extracting(Finding::message)
        .containsExactly(
            "Overall: 4 known records have codes in no reference group and were left out of the"
                + " comparison",
            "Overall: White is 85.5% of 200 known records (171 records); reference 80.0%, a"
                + " difference of +5.5 percentage points; tolerance 5 points",
            "Ward 1: 4 known records have codes in no reference group and were left out of the"
                + " comparison",
            "Ward 1: White is 91.0% of 100 known records (91 records); reference 80.0%, a"
                + " difference of +11.0 percentage points; tolerance 5 points",
            "Ward 1: Asian is 6.0% of 100 known records (6 records); reference 15.0%, a"
                + " difference of -9.0 percentage points; tolerance 5 points");
    Finding asian = findings.get(4);
    assertThat(asian.ruleId()).isEqualTo("distribution");
    assertThat(asian.observed()).isEqualTo(0.06);
    assertThat(asian.threshold()).isEqualTo(0.15);
    assertThat(asian.count()).isEqualTo(6);
    assertThat(asian.total()).isEqualTo(100);
    assertThat(findings.get(2).count()).isEqualTo(4);
    assertThat(findings.get(2).total()).isEqualTo(104);
  }

  @Test
  void referenceCountsGiveTheSameShares() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("White", 800L);
    counts.put("Asian", 150L);
    counts.put("Black", 50L);
    DistributionRule rule = DistributionRule.ofCounts(counts, 0.05).groupedBy(HEADINGS);
    assertThat(rule.referenceShares()).containsExactlyEntriesOf(reference());
    assertThat(rule.check(wards()))
        .isEqualTo(DistributionRule.ofShares(reference(), 0.05).groupedBy(HEADINGS).check(wards()));
  }

  @Test
  void runsTheChiSquareTestWhenAsked() {
    List<Finding> findings =
        DistributionRule.ofShares(reference(), 0.20)
            .groupedBy(HEADINGS)
            .withChiSquare(0.05)
            .check(wards());
    // Ward 1: (91-80)²/80 + (6-15)²/15 + (3-5)²/5 = 7.7125 on 2 df, p = exp(-7.7125/2) = 0.0211.
    // Overall: 121/160 + 81/30 + 4/10 = 3.85625, p = exp(-3.85625/2) = 0.145: not significant.
    // Ward 2 matches the reference exactly. No group differs by more than 20 points.
    List<Finding> chiSquare =
        findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
    assertThat(chiSquare).hasSize(1);
    Finding ward1 = chiSquare.get(0);
    assertThat(ward1.unit()).isEqualTo("Ward 1");
    assertThat(ward1.observed()).isCloseTo(Math.exp(-7.7125 / 2), within(1e-12));
    assertThat(ward1.threshold()).isEqualTo(0.05);
    assertThat(ward1.count()).isEqualTo(100);
    assertThat(ward1.subject()).isEmpty();
    assertThat(ward1.message())
        .isEqualTo(
            "Ward 1: the distribution of 100 known records over 3 groups differs from the"
                + " reference (chi-square 7.71 on 2 degrees of freedom, p = 0.0211); significance"
                + " level 0.05");
  }

  @Test
  void theChiSquareTestLeavesOutGroupsWithoutReferencePopulation() {
    Map<String, Double> shares = new LinkedHashMap<>(reference());
    shares.put("White", 0.75);
    shares.put("Roma", 0.05);
    // Roma has no records: |0% - 5%| is 5 points, not above the tolerance. The chi-square test
    // runs over White, Asian and Black, whose shares 0.75, 0.15 and 0.05 renormalised over 95
    // records expect exactly 75, 15 and 5: statistic 0, p = 1.
    List<Finding> findings =
        DistributionRule.ofShares(shares, 0.05)
            .groupedBy(HEADINGS)
            .withChiSquare(0.01)
            .check(
                TestReports.tally().add("u", "A", 75).add("u", "H", 15).add("u", "N", 5).report());
    assertThat(findings).isEmpty();
  }

  @Test
  void groupsByCodeUnlessToldOtherwise() {
    CompletenessReport report =
        TestReports.tally().add("u", "A", 6).add("u", "B", 4).add("u", "C", 1).report();
    Map<String, Double> halves = new LinkedHashMap<>();
    halves.put("A", 0.5);
    halves.put("B", 0.5);
    List<Finding> findings = DistributionRule.ofShares(halves, 0.05).check(report);
    // A 6 of 10 = 60% (+10 points), B 40% (-10 points); C is left out.
    assertThat(findings)
        .extracting(Finding::unit, f -> f.subject().orElse("-"))
        .containsExactly(
            tuple("", "-"),
            tuple("", "A"),
            tuple("", "B"),
            tuple("u", "-"),
            tuple("u", "A"),
            tuple("u", "B"));
    assertThat(findings.get(0).message())
        .isEqualTo(
            "Overall: 1 known record has a code in no reference code and was left out of the"
                + " comparison");
  }

  @Test
  void aGroupingFunctionCanLeaveCodesOut() {
    Function<String, Optional<String>> whiteOnly =
        code -> code.equals("A") ? Optional.of("White") : Optional.empty();
    CompletenessReport report = TestReports.tally().add("u", "A", 9).add("u", "H", 1).report();
    List<Finding> findings =
        DistributionRule.ofShares(Map.of("White", 1.0), 0).groupedBy(whiteOnly).check(report);
    assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
    assertThatThrownBy(
            () ->
                DistributionRule.ofShares(Map.of("White", 1.0), 0)
                    .groupedBy(c -> null)
                    .check(report))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("grouping returned null for a code");
  }

  @Test
  void skipsUnitsWithFewComparedRecords() {
    List<Finding> findings =
        DistributionRule.ofShares(reference(), 0.05)
            .groupedBy(HEADINGS)
            .withMinimumRecords(150)
            .check(wards());
    assertThat(findings)
        .extracting(Finding::unit, Finding::severity)
        .containsExactly(
            tuple("", Severity.INFO), tuple("", Severity.ERROR), tuple("Ward 1", Severity.INFO));
  }

  @Test
  void cannotCheckPreAggregatedCounts() {
    assertThat(
            DistributionRule.ofShares(reference(), 0.05)
                .check(TestReports.ofCounts(UnitCount.of("N", 1, 2))))
        .extracting(Finding::unit)
        .containsExactly("", "N");
  }

  @Test
  void keepsItsConfiguration() {
    DistributionRule rule =
        DistributionRule.ofShares(reference(), 0.05)
            .withChiSquare(0.01)
            .withMinimumRecords(30)
            .withSeverity(Severity.WARNING);
    assertThat(rule.id()).isEqualTo("distribution");
    assertThat(rule.tolerance()).isEqualTo(0.05);
    assertThat(rule.chiSquareLevel()).hasValue(0.01);
    assertThat(rule.minimumRecords()).isEqualTo(30);
    assertThat(rule.severity()).isEqualTo(Severity.WARNING);
    assertThat(DistributionRule.ofShares(reference(), 0.05).chiSquareLevel()).isEmpty();
    assertThat(rule)
        .hasToString(
            "distribution within 5 points of {White=0.8, Asian=0.15, Black=0.05}, chi-square at"
                + " 0.01, WARNING");
  }

  @Test
  void rejectsInvalidConfiguration() {
    assertThatThrownBy(() -> DistributionRule.ofShares(reference(), -0.01))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "distribution: tolerance must be a fraction in [0, 1], got -0.01 (write 5 percentage"
                + " points as 0.05)");
    assertThatThrownBy(() -> DistributionRule.ofShares(reference(), 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "distribution: tolerance must be a fraction in [0, 1], got 5.0 (write 5 percentage"
                + " points as 0.05)");
    Map<String, Double> shares = new LinkedHashMap<>();
    shares.put("White", 0.5);
    shares.put("Asian", 0.4);
    assertThatThrownBy(() -> DistributionRule.ofShares(shares, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distribution: reference shares must sum to 1, got 0.9 for [White, Asian]");
    assertThatThrownBy(() -> DistributionRule.ofShares(Map.of("White", 1.2), 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "distribution: the reference share of 'White' must be a fraction in [0, 1], got 1.2"
                + " (write 95% as 0.95)");
    assertThatThrownBy(() -> DistributionRule.ofShares(Map.of(), 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distribution: the reference needs at least one group, got none");
    assertThatThrownBy(() -> DistributionRule.ofShares(Map.of(" ", 1.0), 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distribution: a reference group must not be blank, got ' '");
    assertThatThrownBy(() -> DistributionRule.ofCounts(Map.of("White", -1L), 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distribution: the reference count of 'White' must be at least 0, got -1");
    assertThatThrownBy(() -> DistributionRule.ofCounts(Map.of("White", 0L), 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distribution: reference counts must have a positive total, got 0 for [White]");
    assertThatThrownBy(() -> DistributionRule.ofShares(reference(), 0.05).withChiSquare(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "distribution: significance level must be a fraction in [0, 1], got 1.5 (such as"
                + " 0.05)");
    assertThatThrownBy(() -> DistributionRule.ofShares(reference(), 0.05).withMinimumRecords(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distribution: minimum records must be at least 0, got -5");
  }

  @Test
  void rejectsNulls() {
    DistributionRule rule = DistributionRule.ofShares(reference(), 0.05);
    assertThatThrownBy(() -> DistributionRule.ofShares(null, 0.05))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("shares");
    assertThatThrownBy(() -> DistributionRule.ofCounts(null, 0.05))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("counts");
    assertThatThrownBy(() -> rule.groupedBy((Function<String, Optional<String>>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("grouping");
    assertThatThrownBy(() -> rule.groupedBy((Map<String, String>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("groups");
    assertThatThrownBy(() -> rule.withSeverity(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("severity");
    assertThatThrownBy(() -> rule.check(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("report");
  }
}
