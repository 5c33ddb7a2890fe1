package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equalitymonitoring.disclosure.SecondarySuppressorTest.extend;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SuppressionAuditTest {
  private static final CellRule THRESHOLD_10 = new CellRule(0, 9, 1);
  private static final CellRule NHS_DIGITAL = new CellRule(1, 7, 5);

  /** Far above any count of the tables here, far below the audit's stand-in for no bound. */
  private static final long NO_BOUND = 1L << 40;

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

  /** The pattern of totalsTogetherCanShowThatACountIsSmall..., as the line rules leave it. */
  private static boolean[][] sparsePattern(long[][] raw) {
    boolean[][] suppressed =
        suppressed(raw, new int[] {0, 0}, new int[] {0, 2}, new int[] {1, 0}, new int[] {1, 1});
    suppressed[1][2] = true;
    suppressed[2][1] = true;
    suppressed[2][2] = true;
    return suppressed;
  }

  private static void assertInterval(
      SuppressionAudit audit, int r, int c, long lowest, long highest) {
    SuppressionAudit.Interval interval = audit.interval(r, c);
    assertThat(interval.lowest).as("lowest of (%d, %d)", r, c).isEqualTo(lowest);
    assertThat(interval.highest).as("highest of (%d, %d)", r, c).isEqualTo(highest);
  }

  @Test
  void intervalsFollowFromEveryPublishedTotalTogether() {
    // The table of totalsTogetherCanShowThatACountIsSmall...: row 0 gives x00 + x02 = 26, row 1
    // x10 + x11 + x12 = 24, column 0 x00 + x10 = 43, the grand total 86 nothing more.
    // x00 = 43 - x10 with x10 <= 24: 19 to 26; x10 = 43 - x00: 17 to 24; x02 = 26 - x00: 0 to 7;
    // x11 <= 24 - x10: 0 to 7; column 1's total 36 + x11: 36 to 43; column 2's x02 + x12 =
    // (26 - x00) + (24 - x10 - x11) = 7 - x11: 0 to 7.
    long[][] raw = extend(new long[][] {{23, 36, 3}, {20, 0, 4}});
    SuppressionAudit audit = new SuppressionAudit(raw, sparsePattern(raw), THRESHOLD_10);

    assertInterval(audit, 0, 0, 19, 26);
    assertInterval(audit, 1, 0, 17, 24);
    assertInterval(audit, 0, 2, 0, 7);
    assertInterval(audit, 1, 1, 0, 7);
    assertInterval(audit, 1, 2, 0, 7);
    assertInterval(audit, 2, 1, 36, 43);
    assertInterval(audit, 2, 2, 0, 7);
  }

  @Test
  void aRoundedTotalAllowsItsSlackEitherSide() {
    // One column 3, 100 | 103 under NHS Digital with both cells and row totals suppressed: the
    // column total is published as 105, so x0 + x1 lies in 103..107: each cell and row total 0 to
    // 107.
    long[][] raw = extend(new long[][] {{3}, {100}});
    boolean[][] suppressed =
        suppressed(raw, new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, NHS_DIGITAL);

    assertInterval(audit, 0, 0, 0, 107);
    assertInterval(audit, 1, 0, 0, 107);
    assertInterval(audit, 0, 1, 0, 107);
  }

  @Test
  void aKnownPartAboveTheRoundedTotalsLowerEndLeavesZeroAsTheLeast() {
    // One column 1, 9 | 10 under NHS Digital, the 1 and its row total suppressed: the 9 is known,
    // the total 10 (published 10) lies in 8..12, so the 1 lies in 0..3 (8 - 9 is below 0).
    long[][] raw = extend(new long[][] {{1}, {9}});
    boolean[][] suppressed = suppressed(raw, new int[] {0, 0}, new int[] {0, 1});
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, NHS_DIGITAL);

    assertInterval(audit, 0, 0, 0, 3);
    assertThat(audit.exposed(0, 0)).isTrue(); // 1 is small and at most 3: shown small
  }

  @Test
  void protectsAnExposedCountWithAnEntryOfItsOwnRowOrColumn() {
    // In the sparse pattern the 3 at (0, 2) is the first exposed entry. Its row and column have
    // two published entries, the 36 and the row total 62. Suppressing the 36 frees row 0: x02 =
    // 62 - x00 - x01 can reach 43 (x00 = 19, x01 = 0), above 9; so the 36 is suppressed, and
    // nothing else in this step.
    long[][] raw = extend(new long[][] {{23, 36, 3}, {20, 0, 4}});
    boolean[][] suppressed = sparsePattern(raw);
    boolean[][] secondary = new boolean[3][4];
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, THRESHOLD_10);

    assertThat(audit.protectOne(secondary)).isTrue();

    boolean[][] expected = new boolean[3][4];
    expected[0][1] = true;
    assertThat(secondary).isEqualTo(expected);
    assertThat(suppressed[0][1]).isTrue();
    assertInterval(audit, 0, 2, 0, 43);
  }

  @Test
  void doesNothingWhenNoEntryIsExposed() {
    long[][] raw = extend(new long[][] {{3}, {100}});
    boolean[][] suppressed =
        suppressed(raw, new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});
    boolean[][] secondary = new boolean[3][2];

    assertThat(new SuppressionAudit(raw, suppressed, NHS_DIGITAL).protectOne(secondary)).isFalse();
    assertThat(secondary).isEqualTo(new boolean[3][2]);
  }

  @Test
  void findsAnExposedTotalInTheLastRowAndTheLastColumn() {
    // 20 30 | 50 / 15 40 | 55 / 35 70 | 105, every cell published: a suppressed total of
    // published cells is their sum, so the audit must suppress more, wherever the total is.
    long[][] raw = extend(new long[][] {{20, 30}, {15, 40}});
    for (int[] total : new int[][] {{2, 0}, {0, 2}, {2, 2}}) {
      boolean[][] suppressed = suppressed(raw, total);
      boolean[][] secondary = new boolean[3][3];

      assertThat(new SuppressionAudit(raw, suppressed, THRESHOLD_10).protectOne(secondary))
          .as("total (%d, %d)", total[0], total[1])
          .isTrue();
    }
  }

  @Test
  void aSmallCountThatCouldBeTheSmallestSafeSumIsProtected() {
    // One column 3, 7, 30 | 40 under threshold 10, the 3 and the 7 (and their row totals)
    // suppressed: x0 + x1 = 40 - 30 = 10, so the 3 could be 10, the first count that is not small.
    long[][] raw = extend(new long[][] {{3}, {7}, {30}});
    boolean[][] suppressed =
        suppressed(raw, new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, THRESHOLD_10);

    assertInterval(audit, 0, 0, 0, 10);
    assertThat(audit.exposed(0, 0)).isFalse();
  }

  @Test
  void aCountAtItsHighestIsSafeWhenItCanFall() {
    // One column 20, 0 | 20 under threshold 10, both cells and both row totals suppressed, the
    // column total 20 published exactly: x0 + x1 = 20 with x1 >= 0, so the 20 lies in 0..20. It
    // cannot rise, but it is not small and can fall: not exposed. The 0 (small) can rise to 20.
    long[][] raw = extend(new long[][] {{20}, {0}});
    boolean[][] suppressed =
        suppressed(raw, new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, THRESHOLD_10);

    assertInterval(audit, 0, 0, 0, 20);
    assertThat(audit.exposed(0, 0)).isFalse();
    assertInterval(audit, 1, 0, 0, 20);
    assertThat(audit.exposed(1, 0)).isFalse();
  }

  @Test
  void aCountThatCannotMoveIsExposedThoughNotSmall() {
    // Row 0 of 20, 30 | 50 with the 20 and the 30 suppressed, everything else published under
    // threshold 10: column 0 gives x00 = 35 - 15 = 20 exactly. Not small, but recovered.
    long[][] raw = extend(new long[][] {{20, 30}, {15, 40}});
    boolean[][] suppressed = suppressed(raw, new int[] {0, 0}, new int[] {0, 1});
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, THRESHOLD_10);

    assertInterval(audit, 0, 0, 20, 20);
    assertThat(audit.exposed(0, 0)).isTrue();
  }

  /**
   * Why a safe entry is never checked again ({@link SuppressionAudit#protectOne}): an entry's
   * interval is the range of a linear programme whose constraints are the published entries.
   * Suppressing one more entry removes a constraint (a cell fixed at its count, or a total held
   * within its rounding) and adds none, so every solution before is a solution after (with the
   * newly suppressed entry at its true count): the least value can only fall and the greatest only
   * rise. An entry that can move, or can reach the smallest safe sum, still can. Checked here on
   * random 3 × 3 tables and patterns, under both rules, against the exact intervals.
   */
  @Test
  void suppressingMoreOnlyWidensIntervals() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              CellRule rule = random.nextBoolean() ? THRESHOLD_10 : NHS_DIGITAL;
              long[][] cells = new long[3][3];
              for (long[] row : cells) {
                for (int c = 0; c < 3; c++) {
                  row[c] = random.nextInt(4) == 0 ? random.nextInt(40) : random.nextInt(10);
                }
              }
              long[][] raw = extend(cells);
              boolean[][] before = new boolean[4][4];
              boolean[][] after = new boolean[4][4];
              for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                  before[r][c] = random.nextInt(3) == 0;
                  after[r][c] = before[r][c] || random.nextInt(4) == 0;
                }
              }
              SuppressionAudit fewer = new SuppressionAudit(raw, before, rule);
              SuppressionAudit more = new SuppressionAudit(raw, after, rule);
              for (int r = 0; r < 4; r++) {
                for (int c = 0; c < 4; c++) {
                  if (before[r][c]) {
                    SuppressionAudit.Interval narrow = fewer.interval(r, c);
                    SuppressionAudit.Interval wide = more.interval(r, c);
                    assertThat(wide.lowest).isLessThanOrEqualTo(narrow.lowest);
                    // An entry with no upper bound reaches about 2^50 (the audit's stand-in for
                    // no bound), minus what is known of it: compare such ends as equal.
                    assertThat(Math.min(wide.highest, NO_BOUND))
                        .isGreaterThanOrEqualTo(Math.min(narrow.highest, NO_BOUND));
                    assertThat(narrow.lowest).isLessThanOrEqualTo(raw[r][c]);
                    assertThat(narrow.highest).isGreaterThanOrEqualTo(raw[r][c]);
                    if (!fewer.exposed(r, c)) {
                      assertThat(more.exposed(r, c)).isFalse();
                    }
                  }
                }
              }
            });
  }

  /**
   * The audit decides exposure from as little flow as settles it (a small count: enough to reach
   * the smallest safe sum; any other: one unit either way). The decision must be the one the exact
   * interval gives: recovered exactly, or small and below the smallest safe sum.
   */
  @Test
  void exposureFromBoundedFlowsMatchesTheExactInterval() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Random random = new Random(seed);
              CellRule rule = random.nextBoolean() ? THRESHOLD_10 : NHS_DIGITAL;
              long[][] cells = new long[2 + random.nextInt(2)][1 + random.nextInt(3)];
              for (long[] row : cells) {
                for (int c = 0; c < row.length; c++) {
                  row[c] = random.nextInt(3) == 0 ? random.nextInt(30) : random.nextInt(9);
                }
              }
              long[][] raw = extend(cells);
              boolean[][] suppressed = new boolean[raw.length][raw[0].length];
              for (boolean[] row : suppressed) {
                for (int c = 0; c < row.length; c++) {
                  row[c] = random.nextInt(2) == 0;
                }
              }
              SuppressionAudit audit = new SuppressionAudit(raw, suppressed, rule);
              for (int r = 0; r < raw.length; r++) {
                for (int c = 0; c < raw[0].length; c++) {
                  if (suppressed[r][c]) {
                    SuppressionAudit.Interval interval = audit.interval(r, c);
                    boolean exposed =
                        interval.highest == interval.lowest
                            || (rule.suppresses(raw[r][c])
                                && interval.highest < rule.smallestSafeSum());
                    assertThat(audit.exposed(r, c)).as("(%d, %d)", r, c).isEqualTo(exposed);
                  }
                }
              }
            });
  }

  @Test
  void whenNoOneEntryProtectsTheFirstOfThoseThatWidenMostIsSuppressed() {
    //    1  5 20 |  26     threshold 10, the 2 × 2 block of 1, 5, 2, 4 suppressed, the rest
    //    2  4 20 |  26     published. Row 0, column 0, row 1 and column 1 give x01 = 6 - x00,
    //   20 20 20 |  60     x10 = 3 - x00 and x11 = 3 + x00: the 1 lies in 0..3, small and below
    //   23 29 60 | 112     10. Freeing one total leaves the other three lines, which still give
    // x10 = 3 - x00 round the block; a published cell of a 20 is fixed by its other line, whose
    // entries are all published; the grand total adds nothing to the margins. So every candidate
    // leaves 0..3, none widens more than another, and the first in order of preference is taken:
    // the smallest, a cell, the first in row order, the 20 at (0, 2).
    long[][] raw = extend(new long[][] {{1, 5, 20}, {2, 4, 20}, {20, 20, 20}});
    boolean[][] suppressed =
        suppressed(raw, new int[] {0, 0}, new int[] {0, 1}, new int[] {1, 0}, new int[] {1, 1});
    boolean[][] secondary = new boolean[4][4];
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, THRESHOLD_10);
    assertInterval(audit, 0, 0, 0, 3);

    assertThat(audit.protectOne(secondary)).isTrue();

    boolean[][] expected = new boolean[4][4];
    expected[0][2] = true;
    assertThat(secondary).isEqualTo(expected);
    assertInterval(audit, 0, 0, 0, 3);
  }
}
