package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equalitymonitoring.disclosure.SecondarySuppressorTest.extend;

import org.junit.jupiter.api.Test;

/**
 * Which entry {@link SuppressionAudit#protectOne} suppresses: the order of preference (non-zero
 * before zero, smaller before larger, a cell before a total) and a protecting entry before one that
 * does not protect.
 */
class SuppressionAuditChoiceTest {
  /** Suppresses 1–4 and publishes every other count unrounded, 0 as 0: safe sums from 5. */
  private static final CellRule ONE_TO_FOUR = new CellRule(1, 4, 1);

  /** Suppresses 1–9 and publishes every other count unrounded, 0 as 0: safe sums from 10. */
  private static final CellRule ONE_TO_NINE = new CellRule(1, 9, 1);

  /** The entries suppressed by one step of the audit, with only {@code pattern} suppressed. */
  private static boolean[][] oneStep(long[][] raw, CellRule rule, int[]... pattern) {
    boolean[][] suppressed = new boolean[raw.length][raw[0].length];
    for (int[] entry : pattern) {
      suppressed[entry[0]][entry[1]] = true;
    }
    boolean[][] secondary = new boolean[raw.length][raw[0].length];
    assertThat(new SuppressionAudit(raw, suppressed, rule).protectOne(secondary)).isTrue();
    return secondary;
  }

  private static boolean[][] only(long[][] raw, int r, int c) {
    boolean[][] expected = new boolean[raw.length][raw[0].length];
    expected[r][c] = true;
    return expected;
  }

  @Test
  void whenNothingProtectsTheSmallestNonZeroEntryIsTakenACellBeforeATotalOfTheSameCount() {
    //   20*  0  0 |  20     only the 20 at (0, 0) suppressed: row 0 gives x00 = 20 - 0 - 0 and
    //   20  30 40 |  90     column 0 x00 = 40 - 20, so it is recovered. One more suppressed entry
    //   40  30 40 | 110     frees at most one of the two lines, so none protects it and none
    // widens its interval (0 each). The first in order of preference is taken: not the zeros
    // (first in row order), and of the two 20s the cell (1, 0), not the row total (0, 3) before it.
    long[][] raw = extend(new long[][] {{20, 0, 0}, {20, 30, 40}});
    assertThat(oneStep(raw, ONE_TO_FOUR, new int[] {0, 0})).isEqualTo(only(raw, 1, 0));
  }

  @Test
  void whenNothingProtectsASmallerTotalIsTakenBeforeALargerCell() {
    //   20*  0  0 |  20     as above, with 25 for the 20 at (1, 0): the row total 20 is now the
    //   25  30 40 |  95     smallest non-zero entry, so it is taken though it is a total.
    //   45  30 40 | 115
    long[][] raw = extend(new long[][] {{20, 0, 0}, {25, 30, 40}});
    assertThat(oneStep(raw, ONE_TO_FOUR, new int[] {0, 0})).isEqualTo(only(raw, 0, 3));
    // The same table transposed: the column total 20 at (3, 0) is taken.
    long[][] transposed = extend(new long[][] {{20, 25}, {0, 30}, {0, 40}});
    assertThat(oneStep(transposed, ONE_TO_FOUR, new int[] {0, 0}))
        .isEqualTo(only(transposed, 3, 0));
  }

  @Test
  void anEntryThatProtectsIsTakenBeforeASmallerOneThatDoesNot() {
    //    3*  20  30 |  53     the 3, 9 and 6 suppressed (1–9 is small, 10 the smallest safe
    //    9*   6* 40 |  55     sum). Row 0 gives x00 = 53 - 20 - 30 = 3: shown small. Of its row
    //   12   26  70 | 108     and column, the column total 12 is the smallest, but with it
    // suppressed row 0 still gives 3. With the 20 suppressed instead, x00 = t gives x01 = 23 - t
    // (row 0), x11 = 26 - x01 = 3 + t (column 1), x10 = 15 - x11 = 12 - t (row 1, 55 - 40), and
    // column 0 (t + 12 - t = 12) holds for any t: t runs over 0..12 and reaches 10. So the 20.
    long[][] raw = extend(new long[][] {{3, 20, 30}, {9, 6, 40}});
    assertThat(oneStep(raw, ONE_TO_NINE, new int[] {0, 0}, new int[] {1, 0}, new int[] {1, 1}))
        .isEqualTo(only(raw, 0, 1));
  }
}
