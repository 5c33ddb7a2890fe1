package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equalitymonitoring.disclosure.SecondarySuppressorTest.extend;

import org.junit.jupiter.api.Test;

class SuppressionAuditTest {
  private static final CellRule THRESHOLD_10 = new CellRule(0, 9, 1);
  private static final CellRule NHS_DIGITAL = new CellRule(1, 7, 5);

  /** The pattern (extended table) with the given entries suppressed. */
  private static boolean[][] suppressed(long[][] raw, int[]... entries) {
    boolean[][] suppressed = new boolean[raw.length][raw[0].length];
    for (int[] entry : entries) {
      suppressed[entry[0]][entry[1]] = true;
    }
    return suppressed;
  }

  @Test
  void totalsTogetherCanShowThatACountIsSmallThoughEachLineHasTwoSuppressions() {
    //   23 36  3 | 62        published:  *  36  *  | 62
    //   20  0  4 | 24                    *   *  *  | 24
    //   43 36  7 | 86                   43   *  *  | 86
    // Row 0: x00 + x02 = 62 - 36 = 26. Row 1: x10 + x11 + x12 = 24, so x10 <= 24, and column 0,
    // x00 + x10 = 43, gives x00 >= 19, so the 3 (x02 = 26 - x00) is at most 7: below 10.
    long[][] raw = extend(new long[][] {{23, 36, 3}, {20, 0, 4}});
    boolean[][] suppressed =
        suppressed(raw, new int[] {0, 0}, new int[] {0, 2}, new int[] {1, 0}, new int[] {1, 1});
    suppressed[1][2] = true;
    suppressed[2][1] = true;
    suppressed[2][2] = true;
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, THRESHOLD_10);

    assertThat(audit.exposed(0, 2)).isTrue();
    // The 23 lies anywhere from 19 to 26 and is not small: not exposed.
    assertThat(audit.exposed(0, 0)).isFalse();
    // The 0 at (1, 1): x00 <= 26 gives x10 >= 43 - 26 = 17, so x11 <= 24 - 17 = 7: shown small.
    assertThat(audit.exposed(1, 1)).isTrue();
  }

  @Test
  void aPublishedTotalIsKnownOnlyToWithinItsRounding() {
    // One column 3, 100 | 103 under NHS Digital: both cells and both row totals suppressed, the
    // column total published as 105, so x0 + x1 lies in 103..107 and x0 in 0..107: the 3 could be
    // 8 or more, and could be 2.
    long[][] raw = extend(new long[][] {{3}, {100}});
    boolean[][] suppressed =
        suppressed(raw, new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, NHS_DIGITAL);

    assertThat(audit.exposed(0, 0)).isFalse();
    assertThat(audit.exposed(0, 1)).isFalse();
  }

  @Test
  void aSuppressedTotalOfPublishedCellsIsRecovered() {
    // Row 0 of 20, 30 | 50 with only its total suppressed: the total is 20 + 30.
    long[][] raw = extend(new long[][] {{20, 30}, {15, 40}});
    boolean[][] suppressed = suppressed(raw, new int[] {0, 2});
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, THRESHOLD_10);

    assertThat(audit.exposed(0, 2)).isTrue();
  }

  @Test
  void suppressingMoreProtectsTheExposedCount() {
    long[][] raw = extend(new long[][] {{23, 36, 3}, {20, 0, 4}});
    boolean[][] suppressed = new boolean[3][4];
    boolean[][] secondary = new boolean[3][4];
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        suppressed[r][c] = THRESHOLD_10.suppresses(raw[r][c]);
      }
    }

    SecondarySuppressor.apply(raw, suppressed, secondary, THRESHOLD_10);

    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, THRESHOLD_10);
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 4; c++) {
        if (suppressed[r][c]) {
          assertThat(audit.exposed(r, c)).as("entry (%d, %d)", r, c).isFalse();
        }
      }
    }
  }
}
