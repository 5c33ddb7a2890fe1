package org.equalitymonitoring.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FunnelAxisTest {

  @Test
  void proportionAxisMatchesPheindicatormethodsFixture() {
    // testdata_funnel_prop_outputs.csv "Population" column: axis (0, 110000); any denominators
    // with max > 2·min and signif_ceiling(max) = 110000 give it (e.g. 16386 and 102950).
    List<Long> expected =
        List.of(
            1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 16L, 18L, 20L, 22L, 24L,
            27L, 30L, 33L, 37L, 41L, 45L, 50L, 55L, 61L, 68L, 75L, 83L, 92L, 102L, 113L, 125L, 139L,
            154L, 171L, 190L, 211L, 234L, 260L, 289L, 321L, 356L, 395L, 438L, 486L, 539L, 598L,
            664L, 737L, 818L, 908L, 1008L, 1119L, 1242L, 1379L, 1531L, 1699L, 1886L, 2093L, 2323L,
            2578L, 2861L, 3175L, 3524L, 3911L, 4341L, 4818L, 5348L, 5936L, 6588L, 7312L, 8116L,
            9008L, 9998L, 11097L, 12316L, 13669L, 15171L, 16838L, 18688L, 20742L, 23022L, 25552L,
            28360L, 31477L, 34936L, 38775L, 43036L, 47766L, 53016L, 58842L, 65309L, 72486L, 80452L,
            89294L, 99108L, 110000L);
    assertThat(FunnelAxis.proportionPoints(16386, 102950)).isEqualTo(expected);
  }

  @Test
  void ratioAxisMatchesPheindicatormethodsFixture() {
    // testdata_funnel_ratio_outputs.csv "Observed_events" column (offset j − 1); axis (0, 750),
    // e.g. expected counts from 300 to 710: signif_ceiling(710) = ceiling(745.5/10)·10 = 750
    List<Long> expected =
        List.of(
            1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L, 13L, 14L, 15L, 16L, 17L, 18L, 19L,
            20L, 21L, 22L, 23L, 24L, 25L, 26L, 27L, 28L, 29L, 30L, 31L, 32L, 33L, 35L, 37L, 39L,
            41L, 43L, 45L, 47L, 49L, 51L, 53L, 55L, 58L, 61L, 64L, 67L, 70L, 73L, 76L, 80L, 84L,
            88L, 92L, 96L, 100L, 105L, 110L, 115L, 120L, 126L, 132L, 138L, 144L, 151L, 158L, 165L,
            173L, 181L, 189L, 198L, 207L, 217L, 227L, 238L, 249L, 261L, 273L, 286L, 299L, 313L,
            328L, 343L, 359L, 376L, 394L, 413L, 432L, 452L, 473L, 495L, 518L, 543L, 569L, 596L,
            624L, 653L, 684L, 716L);
    assertThat(FunnelAxis.ratioPoints(300, 710)).isEqualTo(expected);
  }

  @Test
  void rateAxisByHand() {
    // min 20000, max 30000 (not > 2·min): signif_floor(20000) = floor(19000/10^4)·10^4 = 10000;
    // signif_ceiling(30000) = ceiling(31500/10^3)·10^3 = 32000; av 0.001 → events 10 … 32.
    // Each step rounds to less than x + 1, so the axis climbs by 1 from 10: 10, 11, …, 109.
    List<Long> expected = LongStream.rangeClosed(10, 109).boxed().collect(Collectors.toList());
    assertThat(FunnelAxis.ratePoints(20000, 30000, 0.001, 1)).isEqualTo(expected);
  }

  @Test
  void signifFloorAndCeilingByHand() {
    // 0.95·16386 = 15566.7 → 5 digits → k = 4 → 10000; 1.05·102950 = 108097.5 → k = 4 → 110000
    assertThat(FunnelAxis.signifFloor(16386)).isEqualTo(10000.0);
    assertThat(FunnelAxis.signifCeiling(102950)).isEqualTo(110000.0);
    assertThat(FunnelAxis.signifCeiling(710)).isEqualTo(750.0);
    assertThat(FunnelAxis.signifFloor(0)).isEqualTo(0.0);
  }

  @Test
  void printedWidthFollowsR() {
    // R: as.character(100000) is "1e+05" (5), 120000 stays "120000" (6), 99 is "99"
    assertThat(FunnelAxis.rPrintedWidth(100000)).isEqualTo(5);
    assertThat(FunnelAxis.rPrintedWidth(120000)).isEqualTo(6);
    assertThat(FunnelAxis.rPrintedWidth(99)).isEqualTo(2);
  }

  @Test
  void rejectsInvalidRanges() {
    assertThatThrownBy(() -> FunnelAxis.proportionPoints(0, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minDenominator must be a finite number > 0, got minDenominator=0.0");
    assertThatThrownBy(() -> FunnelAxis.ratioPoints(10, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "maxDenominator must be >= minDenominator, got minDenominator=10.0,"
                + " maxDenominator=5.0");
    assertThatThrownBy(() -> FunnelAxis.ratePoints(10, 20, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("eventsPerUnit must be a finite number > 0, got eventsPerUnit=0.0");
  }
}
