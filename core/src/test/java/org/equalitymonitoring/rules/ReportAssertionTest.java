package org.equalitymonitoring.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.junit.jupiter.api.Test;

class ReportAssertionTest {
  /**
   * Ward 1: 80 of 100 known (Wilson 95% 71.1% to 86.7%), 15 Z, 5 unrecognised. Ward 2: 100 of 100
   * B. Ward 3: 90 of 100 known (82.6% to 94.5%), 10 not known. Overall 270 of 300 = 90.0% (86.1% to
   * 92.9%).
   */
  private static CompletenessReport wards() {
    return TestReports.tally()
        .add("Ward 1", "A", 80)
        .add("Ward 1", "Z", 15)
        .add("Ward 1", "??", 5)
        .add("Ward 2", "B", 100)
        .add("Ward 3", "A", 90)
        .add("Ward 3", "99", 10)
        .report();
  }

  private static ReportAssertion assertThatWards() {
    return QualityAssertions.assertThat(wards());
  }

  @Test
  void passesSilentlyAndChains() {
    ReportAssertion assertion = assertThatWards();
    assertThat(
            assertion
                .meetsCompleteness(0.80)
                .isNotSignificantlyBelow(0.85)
                .hasNotStatedShareAtMost(0.15)
                .hasUnrecognisedShareAtMost(0.05)
                .hasNoRetiredCodes(TestReports.NHS)
                .hasNoRetiredCodes(Set.of("C"))
                .hasOtherCategoryShareAtMost(0)
                .hasNoCodeAbove(1.0)
                .satisfies(CompletenessRule.atLeast(0.80))
                .passes(RuleSet.of(NotStatedShareRule.atMost(0.15), InvalidCodesRule.atMost(0.05))))
        .isSameAs(assertion);
  }

  @Test
  void meetsCompletenessListsEveryFailingUnitWithItsFigures() {
    assertThatThrownBy(() -> assertThatWards().meetsCompleteness(0.95))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessage(
            "Expected completeness at least 95% in every unit and overall, but 3 findings broke"
                + " it:\n"
                + "  ERROR completeness: Overall: 90.0% of 300 records have a known ethnic category"
                + " (95% CI 86.1% to 92.9%); target 95%\n"
                + "  ERROR completeness: Ward 1: 80.0% of 100 records have a known ethnic category"
                + " (95% CI 71.1% to 86.7%); target 95%\n"
                + "  ERROR completeness: Ward 3: 90.0% of 100 records have a known ethnic category"
                + " (95% CI 82.6% to 94.5%); target 95%");
  }

  @Test
  void isNotSignificantlyBelowIgnoresShortfallsThatAreNotSignificant() {
    // Target 93%: the overall upper limit 92.9% and Ward 1's 86.7% are below it; Ward 3's 94.5%
    // is not, so Ward 3 is only a warning and is not listed.
    assertThatThrownBy(() -> assertThatWards().isNotSignificantlyBelow(0.93))
        .isExactlyInstanceOf(AssertionError.class)
        .hasMessageStartingWith(
            "Expected no unit significantly below completeness 93%, but 2 findings broke it:\n"
                + "  ERROR completeness: Overall: 90.0% of 300 records")
        .hasMessageContaining("  ERROR completeness: Ward 1: 80.0% of 100 records")
        .hasMessageNotContaining("Ward 3");
  }

  @Test
  void eachCheckNamesItsFailingUnitsAndFigures() {
    assertThatThrownBy(() -> assertThatWards().hasNotStatedShareAtMost(0.10))
        .hasMessage(
            "Expected 'Not stated' at most 10% in every unit and overall, but 1 finding broke it:\n"
                + "  ERROR not-stated-share: Ward 1: 15.0% of 100 records are 'Not stated'"
                + " (15 records); at most 10% allowed");
    assertThatThrownBy(() -> assertThatWards().hasNoUnrecognisedValues())
        .hasMessage(
            "Expected no unrecognised or ambiguous values, but 2 findings broke it:\n"
                + "  ERROR invalid-codes: Overall: 5 of 300 records (1.7%) hold values that are not"
                + " a code of the scheme (5 unrecognised, 0 ambiguous); none tolerated\n"
                + "  ERROR invalid-codes: Ward 1: 5 of 100 records (5.0%) hold values that are not"
                + " a code of the scheme (5 unrecognised, 0 ambiguous); none tolerated");
    assertThatThrownBy(() -> assertThatWards().hasUnrecognisedShareAtMost(0.02))
        .hasMessageContaining("1 finding broke it")
        .hasMessageContaining("Ward 1: 5 of 100 records (5.0%)");
    assertThatThrownBy(() -> assertThatWards().hasNoRetiredCodes(Set.of("B")))
        .hasMessage(
            "Expected no retired codes [B], but 2 findings broke it:\n"
                + "  ERROR retired-codes: Overall: 100 of 300 records (33.3%) carry retired codes"
                + " (B: 100); none tolerated\n"
                + "  ERROR retired-codes: Ward 2: 100 of 100 records (100.0%) carry retired codes"
                + " (B: 100); none tolerated");
    assertThatThrownBy(() -> assertThatWards().hasNoCodeAbove(0.85))
        .hasMessage(
            "Expected no single code above 85%, but 2 findings broke it:\n"
                + "  ERROR dominant-code: Ward 2: 100.0% of 100 records carry the code B (100"
                + " records), a sign of a system default; at most 85% expected\n"
                + "  ERROR dominant-code: Ward 3: 90.0% of 100 records carry the code A (90"
                + " records), a sign of a system default; at most 85% expected");
  }

  @Test
  void otherCategoryAndRetiredSchemeChecksFailToo() {
    CompletenessReport report = TestReports.tally().add("u", "S", 3).add("u", "A", 7).report();
    assertThatThrownBy(() -> QualityAssertions.assertThat(report).hasOtherCategoryShareAtMost(0.2))
        .hasMessage(
            "Expected 'Any other' categories at most 20% of known records, but 2 findings broke"
                + " it:\n"
                + "  ERROR other-category-share: Overall: 30.0% of 10 known records are in an 'Any"
                + " other' category (3 records: S 3); at most 20% allowed\n"
                + "  ERROR other-category-share: u: 30.0% of 10 known records are in an 'Any other'"
                + " category (3 records: S 3); at most 20% allowed");
  }

  @Test
  void satisfiesAndPassesListEveryErrorOfEveryRule() {
    assertThatThrownBy(
            () ->
                assertThatWards()
                    .passes(
                        RuleSet.of(
                            CompletenessRule.atLeast(0.85),
                            NotStatedShareRule.atMost(0.10).withSeverity(Severity.WARNING),
                            InvalidCodesRule.atMost(0.02))))
        .hasMessage(
            "Expected every rule to pass, but 2 findings broke it:\n"
                + "  ERROR completeness: Ward 1: 80.0% of 100 records have a known ethnic category"
                + " (95% CI 71.1% to 86.7%); target 85%\n"
                + "  ERROR invalid-codes: Ward 1: 5 of 100 records (5.0%) hold values that are not"
                + " a code of the scheme (5 unrecognised, 0 ambiguous); at most 2% tolerated");
    assertThatThrownBy(() -> assertThatWards().satisfies(InvalidCodesRule.atMost(0.02)))
        .hasMessageStartingWith("Expected rule invalid-codes to pass, but 1 finding broke it:");
    // A rule of severity WARNING does not fail an assertion.
    assertThatWards().satisfies(InvalidCodesRule.none().withSeverity(Severity.WARNING));
  }

  @Test
  void rejectsInvalidArgumentsAsTheRulesDo() {
    assertThatThrownBy(() -> assertThatWards().meetsCompleteness(95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "completeness: target must be a fraction in [0, 1], got 95.0 (write 95% as 0.95)");
    assertThatThrownBy(() -> assertThatWards().hasNotStatedShareAtMost(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not-stated-share: maximum share must be a fraction in [0, 1], got -0.1"
                + " (write 95% as 0.95)");
    assertThatThrownBy(() -> assertThatWards().satisfies(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rule");
    assertThatThrownBy(() -> assertThatWards().passes(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules");
    assertThatThrownBy(() -> assertThatWards().hasNoRetiredCodes((Set<String>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("codes");
  }
}
