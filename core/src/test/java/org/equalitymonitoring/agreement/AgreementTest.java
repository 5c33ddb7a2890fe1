package org.equalitymonitoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class AgreementTest {
  private static final ConfidenceLevel NINETY_FIVE = ConfidenceLevel.NINETY_FIVE;

  /**
   * SAS/STAT PROC FREQ, "Getting Started: Agreement Study" (skin condition ratings of two
   * dermatologists, Table 3.2; https://support.sas.com/documentation/cdl/en/procstat/66703/HTML/
   * default/procstat_freq_gettingstarted02.htm). SAS prints Simple Kappa 0.3449, ASE 0.0724, 95%
   * confidence limits 0.2030 and 0.4868; its ASE is the Fleiss, Cohen &amp; Everitt (1969) one.
   * Checked independently: κ by hand below; the ASE and limits by a separate Python calculation of
   * that formula (0.072397, 0.20298, 0.48677).
   */
  @Test
  void reproducesThePublishedSkinConditionKappa() {
    Agreement skin =
        Agreement.of(
            List.of("terrible", "poor", "marginal", "clear"),
            new long[][] {{10, 4, 1, 0}, {5, 10, 12, 2}, {2, 4, 12, 5}, {0, 2, 6, 13}},
            NINETY_FIVE);
    Kappa kappa = skin.kappa().orElseThrow();
    assertThat(kappa.value()).isCloseTo(0.3449, within(0.00005));
    assertThat(kappa.standardError()).isCloseTo(0.0724, within(0.00005));
    assertThat(kappa.interval().lower()).isCloseTo(0.2030, within(0.00005));
    assertThat(kappa.interval().upper()).isCloseTo(0.4868, within(0.00005));
    // p_o = (10 + 10 + 12 + 13) / 88 = 45/88; p_e = (15·17 + 29·20 + 23·31 + 21·20) / 88² =
    // 1968/7744
    assertThat(kappa.observed()).isCloseTo(45.0 / 88, within(1e-12));
    assertThat(kappa.expected()).isCloseTo(1968.0 / 7744, within(1e-12));
  }

  /**
   * A 2 × 2 table worked by hand: GP (rows) against hospital (columns), categories A and N.
   *
   * <pre>
   *          A   N  | row
   *   A     20   5  |  25
   *   N     10  15  |  25
   *   col   30  20  |  50
   * p_o = 35/50 = 0.7; p_e = 0.5·0.6 + 0.5·0.4 = 0.5; κ = (0.7 − 0.5) / (1 − 0.5) = 0.4
   * A = 0.4·(1 − (0.5 + 0.6)·0.6)² + 0.3·(1 − (0.5 + 0.4)·0.6)² = 0.4·0.1156 + 0.3·0.2116 = 0.10972
   * B = 0.6²·(0.1·(0.6 + 0.5)² + 0.2·(0.4 + 0.5)²) = 0.36·(0.121 + 0.162) = 0.10188
   * C = (0.4 − 0.5·0.6)² = 0.01
   * var = (0.10972 + 0.10188 − 0.01) / (50·0.5²) = 0.2016 / 12.5 = 0.016128; SE = 0.126996063
   * 95%: 0.4 ± 1.959964·0.126996063 = 0.4 ± 0.248908 → 0.151092 to 0.648908
   * Wilson, z² = 3.841459: A 20/25: (40 + 3.841459 ∓ 1.959964·√(3.841459 + 16)) / 57.682918
   *   = 0.608690 to 0.911394; N 15/25: √(3.841459 + 24) → 0.407395 to 0.765967
   * overall 35/50: √(3.841459 + 42) → (70 + 3.841459 ∓ 13.270…) / 107.682918 = 0.562496 to 0.808964
   * </pre>
   */
  @Test
  void aTwoByTwoTableWorkedByHand() {
    Agreement agreement =
        Agreement.of(List.of("A", "N"), new long[][] {{20, 5}, {10, 15}}, NINETY_FIVE);
    Kappa kappa = agreement.kappa().orElseThrow();
    assertThat(kappa.value()).isCloseTo(0.4, within(1e-12));
    assertThat(kappa.standardError()).isCloseTo(0.126996063, within(1e-9));
    assertThat(kappa.interval().lower()).isCloseTo(0.151092, within(1e-6));
    assertThat(kappa.interval().upper()).isCloseTo(0.648908, within(1e-6));
    assertThat(agreement.total()).isEqualTo(50);
    assertThat(agreement.agreeing()).isEqualTo(35);
    assertThat(agreement.observed().value()).isCloseTo(0.7, within(1e-12));
    assertThat(agreement.observed().lower()).isCloseTo(0.562496, within(1e-6));
    assertThat(agreement.observed().upper()).isCloseTo(0.808964, within(1e-6));
    List<CategoryAgreement> byCategory = agreement.byCategory();
    assertThat(byCategory).extracting(CategoryAgreement::category).containsExactly("A", "N");
    CategoryAgreement a = byCategory.get(0);
    assertThat(a.first()).isEqualTo(25);
    assertThat(a.second()).isEqualTo(30);
    assertThat(a.both()).isEqualTo(20);
    assertThat(a.share().orElseThrow().value()).isCloseTo(0.8, within(1e-12));
    assertThat(a.share().orElseThrow().lower()).isCloseTo(0.608690, within(1e-6));
    assertThat(a.share().orElseThrow().upper()).isCloseTo(0.911394, within(1e-6));
    CategoryAgreement n = byCategory.get(1);
    assertThat(n.share().orElseThrow().value()).isCloseTo(0.6, within(1e-12));
    assertThat(n.share().orElseThrow().lower()).isCloseTo(0.407395, within(1e-6));
    assertThat(n.share().orElseThrow().upper()).isCloseTo(0.765967, within(1e-6));
  }

  @Test
  void summariesNameTheCountsAndTheMethod() {
    // The table above: category A has 20 of the first source's 25 in both.
    Agreement agreement =
        Agreement.of(List.of("A", "N"), new long[][] {{20, 5}, {10, 15}}, NINETY_FIVE);
    assertThat(agreement.byCategory().get(0)).hasToString("CategoryAgreement{A: 20 of 25}");
    assertThat(agreement.kappa().orElseThrow().toString())
        .startsWith("Kappa{")
        .contains(Kappa.METHOD);
  }

  @Test
  void perfectAgreementHasKappaOneAndNoSpread() {
    // p_o = 1, p_e = 0.5² + 0.5² = 0.5, κ = 1; A = 0.5·(1 − 1·0)² ·2 = 1, B = 0, C = (1 − 0)² = 1
    Kappa kappa =
        Agreement.of(List.of("A", "B"), new long[][] {{5, 0}, {0, 5}}, NINETY_FIVE)
            .kappa()
            .orElseThrow();
    assertThat(kappa.value()).isEqualTo(1.0);
    assertThat(kappa.standardError()).isEqualTo(0.0);
  }

  @Test
  void kappaIsUndefinedWhenBothSourcesUseOneCategoryOnly() {
    // p_e = 1: both margins put everyone in A
    Agreement agreement =
        Agreement.of(List.of("A", "B"), new long[][] {{7, 0}, {0, 0}}, NINETY_FIVE);
    assertThat(agreement.kappa()).isEmpty();
    assertThat(agreement.byCategory().get(1).share()).isEmpty();
  }

  @Test
  void invalidMatricesAreRejected() {
    assertThatThrownBy(() -> Agreement.of(List.of("A", "A"), new long[2][2], NINETY_FIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("categories must be distinct and not empty, got [A, A]");
    assertThatThrownBy(() -> Agreement.of(List.of("A", "B"), new long[2][3], NINETY_FIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 0 must have 2 counts, got 3");
    assertThatThrownBy(
            () -> Agreement.of(List.of("A", "B"), new long[][] {{1, -1}, {0, 0}}, NINETY_FIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("counts must be >= 0, got -1");
    assertThatThrownBy(() -> Agreement.of(List.of("A"), new long[][] {{0}}, NINETY_FIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("there are no people to compare: every count is 0");
  }
}
