package org.equalitymonitoring.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.equalitymonitoring.examples.WresAndImpact.Result;
import org.equalitymonitoring.impact.AdverseImpact;
import org.equalitymonitoring.impact.GroupResult;
import org.equalitymonitoring.impact.RelativeLikelihood;
import org.equalitymonitoring.impact.Significance;
import org.junit.jupiter.api.Test;

/**
 * Checks the figures against hand calculations: WRES 2 as (White appointed / shortlisted) / (BME
 * appointed / shortlisted) with Not stated excluded; Wilson intervals {@code (p + z²/2n ±
 * z·sqrt(p(1-p)/n + z²/4n²)) / (1 + z²/n)}; Katz log intervals {@code RR·exp(±z·sqrt(1/a - 1/n1 +
 * 1/c - 1/n0))}; and the NHS Digital rule (1-7 suppressed, otherwise nearest 5) with secondary
 * suppression of the smallest other count in each column that holds a single suppressed count.
 */
class WresAndImpactTest {
  private final Result result = WresAndImpact.compute();

  @Test
  void wresIndicator2() {
    // White 60 of 300 = 0.20; BME 25 of 200 = 0.125; RL = 1.6; se = sqrt(1/60 - 1/300 + 1/25 -
    // 1/200) = 0.2197; interval 1.6·exp(±1.96·0.2197) = 1.0399 to 2.4618.
    RelativeLikelihood rl = result.indicator2();
    assertThat(rl.numerator().events()).isEqualTo(60);
    assertThat(rl.numerator().denominator()).isEqualTo(300);
    assertThat(rl.comparison().events()).isEqualTo(25);
    assertThat(rl.comparison().denominator()).isEqualTo(200);
    assertThat(rl.value()).isCloseTo(1.6, within(1e-12));
    assertThat(rl.estimate().lower()).isCloseTo(1.0398834, within(1e-6));
    assertThat(rl.estimate().upper()).isCloseTo(2.4618144, within(1e-6));
    assertThat(rl.significance()).isEqualTo(Significance.HIGHER);
    assertThat(rl.withinNonAdverseRange()).isFalse();
  }

  @Test
  void proportionsAgainstWhiteBeforeDisclosure() {
    // Asian 121/198 = 61.11% (Wilson 54.17-67.63), RR 0.7758 (Katz 0.6882-0.8744): adverse.
    GroupResult asian = result.assessment().group("Asian").orElseThrow();
    assertThat(asian.value().getAsDouble()).isCloseTo(61.111111, within(1e-5));
    assertThat(asian.lower().getAsDouble()).isCloseTo(54.170957, within(1e-5));
    assertThat(asian.upper().getAsDouble()).isCloseTo(67.628331, within(1e-5));
    assertThat(asian.ratio().getAsDouble()).isCloseTo(0.7757551, within(1e-6));
    assertThat(asian.ratioLower().getAsDouble()).isCloseTo(0.6882479, within(1e-6));
    assertThat(asian.ratioUpper().getAsDouble()).isCloseTo(0.8743884, within(1e-6));
    // Black 58/102: RR 0.7218 (Katz 0.6061-0.8597): adverse. Other 33/41: RR 1.0217, no evidence.
    // Mixed has 5 events, below the default 10: too small to say, not "no impact".
    assertThat(result.assessment().group("Black").orElseThrow().ratio().getAsDouble())
        .isCloseTo(0.7218256, within(1e-6));
    assertThat(result.assessment().adverselyImpactedGroups()).containsExactly("Asian", "Black");
    assertThat(result.assessment().tooSmallToSay()).containsExactly("Mixed");
    assertThat(result.assessment().group("White").orElseThrow().adverseImpact())
        .isEqualTo(AdverseImpact.REFERENCE_GROUP);
  }

  @Test
  void publishedUnderNhsDigitalDisclosureControl() {
    // Mixed: 5 offered and 7 not offered are both 1-7, so suppressed. Each column then has one
    // suppressed count, so the smallest other count of each is suppressed too: Other (33 and 8).
    assertThat(result.published().groups())
        .filteredOn(GroupResult::suppressed)
        .extracting(GroupResult::group)
        .containsExactly("Mixed", "Other");
    GroupResult mixed = result.published().group("Mixed").orElseThrow();
    assertThat(mixed.events()).isEmpty();
    assertThat(mixed.value()).isEmpty();
    assertThat(mixed.ratio()).isEmpty();
    assertThat(mixed.denominator()).isEmpty();
    assertThat(mixed.method()).isEmpty();
    assertThat(mixed.adverseImpact()).isEqualTo(AdverseImpact.WITHHELD);
    // The others are rounded to the nearest 5: 412 -> 410 of 523 -> 525, 121 -> 120 of 198 -> 200,
    // 58 -> 60 of 102 -> 100, and every figure is computed from the rounded counts.
    GroupResult white = result.published().group("White").orElseThrow();
    assertThat(white.events()).hasValue(410);
    assertThat(white.denominator()).hasValue(525);
    assertThat(white.value().getAsDouble()).isCloseTo(100.0 * 410 / 525, within(1e-9));
    GroupResult asian = result.published().group("Asian").orElseThrow();
    assertThat(asian.events()).hasValue(120);
    assertThat(asian.denominator()).hasValue(200);
    assertThat(asian.value().getAsDouble()).isCloseTo(60.0, within(1e-9));
    // RR = 0.60 / (410/525) = 0.7683; Katz SE = sqrt(1/120 - 1/200 + 1/410 - 1/525) = 0.0622,
    // upper limit 0.7683 exp(1.96 x 0.0622) = 0.868 < 1: still adverse.
    assertThat(asian.ratio().getAsDouble()).isCloseTo(0.60 / (410.0 / 525), within(1e-9));
    GroupResult black = result.published().group("Black").orElseThrow();
    assertThat(black.events()).hasValue(60);
    assertThat(black.denominator()).hasValue(100);
    // Black: RR 0.7683, SE = sqrt(1/60 - 1/100 + 1/410 - 1/525) = 0.0849, upper 0.907: adverse.
    assertThat(result.published().adverselyImpactedGroups()).containsExactly("Asian", "Black");
    assertThat(result.published().tooSmallToSay()).isEmpty();
  }

  @Test
  void mainRuns() {
    WresAndImpact.main(new String[0]);
  }
}
