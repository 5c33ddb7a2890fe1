package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class SharesTest {

  private static final Share CELL_SUPPRESSED =
      Share.unavailable(ShareUnavailableReason.CELL_SUPPRESSED);
  private static final Share TOTAL_SUPPRESSED =
      Share.unavailable(ShareUnavailableReason.TOTAL_SUPPRESSED);

  private static double fraction(Share share) {
    return share.fraction().orElseThrow();
  }

  @Test
  void nhsDigitalSharesComeFromPublishedRoundedValues() {
    // Published (see DisclosurePolicyTest.nhsDigitalThreeByThreeWithOneSmallCell):
    //    *   *  30 |  55
    //    *   *  40 |  65
    //   25  50  60 | 135
    //   40  85 130 | 255
    // Ethnic Category Coverage MI: percentages after suppression, on rounded counts.
    DisclosedTable out =
        DisclosurePolicy.nhsDigital()
            .applyTo(CountTable.of(new long[][] {{4, 20, 30}, {12, 15, 40}, {25, 50, 60}}));

    assertThat(fraction(Shares.ofRowTotal(out, 2, 1))).isCloseTo(50.0 / 135.0, within(1e-15));
    // Row 1 total is 67 unrounded but 65 published: 40 / 65, not 40 / 67.
    assertThat(fraction(Shares.ofRowTotal(out, 1, 2))).isCloseTo(40.0 / 65.0, within(1e-15));
    // Column 0 total is 41 unrounded but 40 published: 25 / 40.
    assertThat(fraction(Shares.ofColumnTotal(out, 2, 0))).isCloseTo(0.625, within(1e-15));
    assertThat(Shares.ofRowTotal(out, 0, 0)).isEqualTo(CELL_SUPPRESSED);
    assertThat(Shares.ofColumnTotal(out, 1, 1)).isEqualTo(CELL_SUPPRESSED);
  }

  @Test
  void shareOfASuppressedTotalIsUnavailableEvenForAPublishedCell() {
    // NHS Digital on [[5, 0], [20, 30]] publishes
    //    *  0 |  *
    //    * 30 |  *
    //   25 30 | 55
    DisclosedTable out =
        DisclosurePolicy.nhsDigital().applyTo(CountTable.of(new long[][] {{5, 0}, {20, 30}}));

    assertThat(Shares.ofRowTotal(out, 0, 1)).isEqualTo(TOTAL_SUPPRESSED);
    assertThat(Shares.ofRowTotal(out, 1, 1)).isEqualTo(TOTAL_SUPPRESSED);
    assertThat(Shares.ofRowTotal(out, 0, 0)).isEqualTo(CELL_SUPPRESSED);
    assertThat(Shares.ofColumnTotal(out, 0, 1)).isEqualTo(Share.of(0.0));
    assertThat(Shares.ofColumnTotal(out, 1, 1)).isEqualTo(Share.of(1.0));
  }

  @Test
  void shareOfAZeroTotalIsUnavailable() {
    // Column 0 is all zeros: its published total is 0.
    DisclosedTable out =
        DisclosurePolicy.nhsDigital().applyTo(CountTable.of(new long[][] {{0, 10}, {0, 20}}));

    assertThat(Shares.ofColumnTotal(out, 0, 0))
        .isEqualTo(Share.unavailable(ShareUnavailableReason.TOTAL_ZERO));
    assertThat(fraction(Shares.ofColumnTotal(out, 1, 1))).isCloseTo(20.0 / 30.0, within(1e-15));
  }

  @Test
  void roundToFiveSharesComeFromPublishedValuesOnly() {
    // One column 2, 26, 0, 48 (total 76). Published under round-to-5: *, *, 0, 50, total 75.
    // Ofqual computes percentages from unrounded values (48 / 76), but 48 / 76 and 76 give back
    // the exact 48 behind the published 50, and so the 28 behind the two stars; the share is the
    // published 50 / 75.
    DisclosedTable ofqual =
        DisclosurePolicy.roundToFiveFewerThanFive().applyTo(CountTable.oneWay(2, 26, 0, 48));
    assertThat(fraction(Shares.ofColumnTotal(ofqual, 3, 0))).isCloseTo(50.0 / 75.0, within(1e-15));
    assertThat(Shares.ofColumnTotal(ofqual, 2, 0)).isEqualTo(Share.of(0.0));
    assertThat(Shares.ofColumnTotal(ofqual, 0, 0)).isEqualTo(CELL_SUPPRESSED);
    assertThat(Shares.ofColumnTotal(ofqual, 1, 0)).isEqualTo(CELL_SUPPRESSED);
  }

  @Test
  void matrixFormsMatchTheSingleCellForms() {
    DisclosedTable out =
        DisclosurePolicy.nhsDigital().applyTo(CountTable.of(new long[][] {{5, 0}, {20, 30}}));

    List<List<Share>> rows = Shares.ofRowTotals(out);
    List<List<Share>> columns = Shares.ofColumnTotals(out);

    assertThat(rows)
        .containsExactly(
            List.of(CELL_SUPPRESSED, TOTAL_SUPPRESSED), List.of(CELL_SUPPRESSED, TOTAL_SUPPRESSED));
    assertThat(columns)
        .containsExactly(
            List.of(CELL_SUPPRESSED, Share.of(0.0)), List.of(CELL_SUPPRESSED, Share.of(1.0)));
    assertThatThrownBy(() -> rows.get(0).clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rejectsNullTableAndBadIndices() {
    DisclosedTable out = DisclosurePolicy.none().applyTo(CountTable.oneWay(1, 2));
    assertThatThrownBy(() -> Shares.ofRowTotal(null, 0, 0))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Shares.ofColumnTotals(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Shares.ofColumnTotal(out, 0, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aPartOfAWholeFromAnotherTable() {
    // 10 of 40 is a quarter; a suppressed part or whole gives no share.
    assertThat(Shares.of(PublishedCell.published(10), PublishedCell.published(40)))
        .isEqualTo(Share.of(0.25));
    PublishedCell star = PublishedCell.suppressed(SuppressionReason.PRIMARY, "*");
    assertThat(Shares.of(star, PublishedCell.published(40))).isEqualTo(CELL_SUPPRESSED);
    assertThat(Shares.of(PublishedCell.published(10), star))
        .isEqualTo(Share.unavailable(ShareUnavailableReason.TOTAL_SUPPRESSED));
    assertThatThrownBy(() -> Shares.of(null, star)).isInstanceOf(NullPointerException.class);
  }
}
