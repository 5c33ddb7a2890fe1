package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecondarySuppressorTest {
  // NHS Digital (STATISTICAL-METHODS.md §9): 1-7 suppressed, the rest rounded to 5.
  private static final CellRule NHS_DIGITAL = new CellRule(1, 7, 5);

  /** Builds the extended table (cells, row totals last, column totals last) of {@code cells}. */
  static long[][] extend(long[][] cells) {
    int rows = cells.length;
    int columns = cells[0].length;
    long[][] raw = new long[rows + 1][columns + 1];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        raw[r][c] = cells[r][c];
        raw[r][columns] += cells[r][c];
        raw[rows][c] += cells[r][c];
        raw[rows][columns] += cells[r][c];
      }
    }
    return raw;
  }

  @Test
  void protectsASingleSmallCellWithTheSmallestNonZeroCellsOfItsRowAndColumn() {
    //   4 20 30 | 54
    //  12 15 40 | 67
    //  25 50 60 | 135
    //  41 85 130| 256
    // The 4 is the only suppressed entry of row 0 -> smallest other non-zero in row 0 is 20.
    // Column 0 then has only the 4 -> smallest other is 12.
    // Column 1 has only the 20 -> smallest other is 15.
    // Row 1 now has 12 and 15; every line has 0 or 2 suppressed entries: stable.
    long[][] raw = extend(new long[][] {{4, 20, 30}, {12, 15, 40}, {25, 50, 60}});
    boolean[][] suppressed = new boolean[4][4];
    boolean[][] secondary = new boolean[4][4];
    suppressed[0][0] = true;

    SecondarySuppressor.apply(raw, suppressed, secondary, NHS_DIGITAL);

    boolean[][] expectedSecondary = new boolean[4][4];
    expectedSecondary[0][1] = true;
    expectedSecondary[1][0] = true;
    expectedSecondary[1][1] = true;
    assertThat(secondary).isEqualTo(expectedSecondary);
    boolean[][] expectedSuppressed = new boolean[4][4];
    expectedSuppressed[0][0] = true;
    expectedSuppressed[0][1] = true;
    expectedSuppressed[1][0] = true;
    expectedSuppressed[1][1] = true;
    assertThat(suppressed).isEqualTo(expectedSuppressed);
  }

  @Test
  void prefersANonZeroCellToAZero() {
    // One column: 3, 0, 9 | total 12. Suppressing the 0 next to the 3 would leave the suppressed
    // pair summing to 3, so the 9 is taken instead, then its row total (which equals it).
    long[][] raw = extend(new long[][] {{3}, {0}, {9}});
    boolean[][] suppressed = new boolean[4][2];
    boolean[][] secondary = new boolean[4][2];
    suppressed[0][0] = true;
    suppressed[0][1] = true; // the row total of the 3 is 3 as well

    SecondarySuppressor.apply(raw, suppressed, secondary, NHS_DIGITAL);

    assertThat(secondary[2][0]).isTrue();
    assertThat(secondary[2][1]).isTrue();
    assertThat(secondary[1][0]).isFalse();
    assertThat(secondary[1][1]).isFalse();
  }

  @Test
  void equalEntriesAreSuppressedTogether() {
    // One column 8, 8, 1 | 17 under NHS Digital: the 1 is small; the smallest other is an 8. A
    // reader who knows the rule knows the suppressed 8 is not small (at least 8) and at most the
    // published 8 beside it, so it would be known exactly: both 8s are suppressed. The three then
    // sum to 17, the least that a small count and two counts that are not small can sum to, so
    // the total would pin them all: it is suppressed too.
    long[][] raw = extend(new long[][] {{8}, {8}, {1}});
    boolean[][] suppressed = new boolean[4][2];
    boolean[][] secondary = new boolean[4][2];
    suppressed[2][0] = true;
    suppressed[2][1] = true;

    SecondarySuppressor.apply(raw, suppressed, secondary, NHS_DIGITAL);

    assertThat(secondary[0][0]).isTrue();
    assertThat(secondary[1][0]).isTrue();
    assertThat(secondary[3][1]).isTrue();
  }

  @Test
  void leavesATableWithoutSuppressionUntouched() {
    long[][] raw = extend(new long[][] {{10, 20}, {30, 40}});
    boolean[][] suppressed = new boolean[3][3];
    boolean[][] secondary = new boolean[3][3];

    SecondarySuppressor.apply(raw, suppressed, secondary, NHS_DIGITAL);

    assertThat(suppressed).isEqualTo(new boolean[3][3]);
    assertThat(secondary).isEqualTo(new boolean[3][3]);
  }

  @Test
  void twoSmallCellsSummingToASmallCountAreProtectedByAThird() {
    // One column 3, 4, 100 | 107 under NHS Digital (safe sum 8). The 3 and 4 are suppressed, but
    // the published total less the published 100 would give their sum, 7, and show that both are
    // small; so the smallest other non-zero entry, the 100, is suppressed too (sum 107).
    long[][] raw = extend(new long[][] {{3}, {4}, {100}});
    boolean[][] suppressed = new boolean[4][2];
    boolean[][] secondary = new boolean[4][2];
    suppressed[0][0] = true;
    suppressed[0][1] = true;
    suppressed[1][0] = true;
    suppressed[1][1] = true;

    SecondarySuppressor.apply(raw, suppressed, secondary, NHS_DIGITAL);

    assertThat(secondary[2][0]).isTrue();
    assertThat(secondary[2][1]).isTrue(); // the 100's row total, alone in its row otherwise
    assertThat(secondary[3][1]).isFalse(); // the grand total stays published
  }

  @Test
  void smallCellsAreAlwaysJoinedByOneThatIsNotSmall() {
    // One column 5, 6, 100 | 111 under threshold 10: the 5 and 6 sum to 11, above 9, but a reader
    // who knows the rule knows that both are below 10 and that they sum to 11, so each is 2 to 9.
    // The 100 is suppressed as well; then either star could be small or large.
    long[][] raw = extend(new long[][] {{5}, {6}, {100}});
    boolean[][] suppressed = new boolean[4][2];
    boolean[][] secondary = new boolean[4][2];
    for (int r = 0; r < 2; r++) {
      suppressed[r][0] = true;
      suppressed[r][1] = true;
    }

    SecondarySuppressor.apply(raw, suppressed, secondary, new CellRule(0, 9, 1));

    assertThat(secondary[2][0]).isTrue();
    assertThat(secondary[3][1]).isFalse(); // the grand total stays published
  }

  @Test
  void oneSmallCellAndALargerOneNeedNoThird() {
    // One column 3, 20, 100 | 123 under NHS Digital: the 3, then the 20 (the smallest other); the
    // two sum to 23 and the 20 is not small, so the 100 stays published.
    long[][] raw = extend(new long[][] {{3}, {20}, {100}});
    boolean[][] suppressed = new boolean[4][2];
    boolean[][] secondary = new boolean[4][2];
    suppressed[0][0] = true;
    suppressed[0][1] = true;

    SecondarySuppressor.apply(raw, suppressed, secondary, NHS_DIGITAL);

    assertThat(secondary[1][0]).isTrue();
    assertThat(secondary[2][0]).isFalse();
    assertThat(secondary[3][1]).isFalse();
  }

  @Test
  void aTableThatIsSmallThroughoutLosesItsTotalToo() {
    // One column 2, 3 | 5 under round to 5 (1-4 small): both cells are small and nothing else in
    // the column is left, so the published total 5 would bound them; it is suppressed as well.
    long[][] raw = extend(new long[][] {{2}, {3}});
    boolean[][] suppressed = new boolean[3][2];
    boolean[][] secondary = new boolean[3][2];
    for (int r = 0; r < 2; r++) {
      suppressed[r][0] = true;
      suppressed[r][1] = true;
    }

    SecondarySuppressor.apply(raw, suppressed, secondary, new CellRule(1, 4, 5));

    assertThat(secondary[2][1]).isTrue();
  }

  @Test
  void aLineWhoseTotalIsSuppressedNeedsNoSafeSum() {
    // One column 1, 2 | 3: every entry is small and suppressed; there is nothing left to add.
    long[][] raw = extend(new long[][] {{1}, {2}});
    boolean[][] suppressed = new boolean[3][2];
    boolean[][] secondary = new boolean[3][2];
    for (boolean[] row : suppressed) {
      java.util.Arrays.fill(row, true);
    }

    SecondarySuppressor.apply(raw, suppressed, secondary, NHS_DIGITAL);

    assertThat(secondary).isEqualTo(new boolean[3][2]);
  }

  @Test
  void theGrandTotalProtectsTheSuppressedCellsOfTheWholeTable() {
    // NHS Digital, rows 13 0 | 0 1 | 8 0. The 1 is small; its row and column totals (1) too. The
    // row totals column then needs a second star: the 8 of row 2, and its cell. Every row and
    // column is then safe, but the grand total 22 less the published 13 leaves 9 for the 1 and
    // the 8, the least a small count and one that is not small can be: the 1 would be pinned.
    // The whole table is a line as well, so one more entry is suppressed.
    long[][] raw = extend(new long[][] {{13, 0}, {0, 1}, {8, 0}});
    boolean[][] suppressed = new boolean[4][3];
    boolean[][] secondary = new boolean[4][3];
    suppressed[1][1] = true;
    suppressed[1][2] = true;
    suppressed[3][1] = true;

    SecondarySuppressor.apply(raw, suppressed, secondary, NHS_DIGITAL);

    long sum = 0;
    long least = 0;
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 2; c++) {
        if (suppressed[r][c]) {
          sum += raw[r][c];
          least += raw[r][c] == 0 ? 0 : raw[r][c] <= 7 ? 1 : 8;
        }
      }
    }
    assertThat(suppressed[3][2] || sum > least).isTrue();
  }
}
