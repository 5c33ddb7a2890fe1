package org.equalitymonitoring.disclosure;

/**
 * Secondary (complementary) suppression over a table extended by its margins.
 *
 * <p>The extended table has {@code rows + 1} rows and {@code columns + 1} columns: the last column
 * holds the row totals, the last row the column totals, and the corner the grand total. Every row
 * and every column of the extended table is a "line" whose inner entries sum to its margin entry
 * (its last entry). A line is unsafe when
 *
 * <ul>
 *   <li>it has exactly one suppressed entry, which subtraction would recover; or
 *   <li>its margin is published and the suppressed inner entries sum to less than the policy's safe
 *       sum (one more than its largest suppressed count): subtraction would then recover their sum,
 *       itself a small count, and show that every one of them is small; or
 *   <li>its margin is published and every suppressed entry is a small count (one the primary rule
 *       suppresses): a reader who knows the rule would know that each of them is small, and their
 *       sum would bound each one. One entry that is not small among them (a larger count, or a zero
 *       where zeros are published) leaves every suppressed entry possibly small or not.
 * </ul>
 *
 * <p>While an unsafe line exists, the smallest non-zero published entry of that line is suppressed
 * as well ({@link SuppressionReason#SECONDARY}). A zero is chosen only when the line has no
 * non-zero published entry, because suppressing a zero next to a small count leaves the sum of the
 * suppressed pair equal to the small count. Ties go to an inner entry before the margin, then to
 * the lowest index.
 *
 * <p>This is the rule "each row and each column containing a suppressed cell must contain at least
 * two suppressed cells, or have its total suppressed", with totals treated as entries of their own
 * lines so that a suppressed total is itself protected within the line of totals, and with the
 * further requirement that the suppressed entries of a line with a published total are not all
 * small together. Package-private helper of {@link DisclosurePolicy}.
 */
final class SecondarySuppressor {
  private SecondarySuppressor() {}

  /**
   * Adds secondary suppressions in place.
   *
   * @param raw the extended table of unrounded counts
   * @param suppressed whether each extended entry is suppressed; updated in place
   * @param secondary set to {@code true} for each entry suppressed here
   * @param rule the primary rule: which counts are small, and the smallest sum of suppressed inner
   *     entries that a line with a published margin may reveal
   */
  static void apply(long[][] raw, boolean[][] suppressed, boolean[][] secondary, CellRule rule) {
    int height = raw.length;
    int width = raw[0].length;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < height; r++) {
        changed |= protect(raw, suppressed, secondary, rule, r, 0, 0, 1, width);
      }
      for (int c = 0; c < width; c++) {
        changed |= protect(raw, suppressed, secondary, rule, 0, c, 1, 0, height);
      }
    }
  }

  /**
   * Suppresses one more entry of the line starting at ({@code row}, {@code column}) and stepping by
   * ({@code rowStep}, {@code columnStep}) for {@code length} entries, if the line is unsafe and has
   * an entry left to suppress.
   *
   * @return whether an entry was suppressed
   */
  private static boolean protect(
      long[][] raw,
      boolean[][] suppressed,
      boolean[][] secondary,
      CellRule rule,
      int row,
      int column,
      int rowStep,
      int columnStep,
      int length) {
    int count = 0;
    boolean allSmall = true;
    long innerSum = 0;
    int best = -1;
    long bestValue = 0;
    for (int i = 0; i < length; i++) {
      int r = row + i * rowStep;
      int c = column + i * columnStep;
      if (suppressed[r][c]) {
        count++;
        allSmall &= rule.suppresses(raw[r][c]);
        if (i < length - 1) {
          innerSum += raw[r][c];
        }
      } else if (best < 0 || better(raw[r][c], bestValue)) {
        best = i;
        bestValue = raw[r][c];
      }
    }
    int margin = length - 1;
    boolean marginPublished = !suppressed[row + margin * rowStep][column + margin * columnStep];
    boolean unsafe =
        count == 1
            || (count > 1 && marginPublished && (innerSum < rule.smallestSafeSum() || allSmall));
    if (!unsafe || best < 0) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      int r = row + i * rowStep;
      int c = column + i * columnStep;
      if (!suppressed[r][c] && raw[r][c] == bestValue && (i == best || i < margin)) {
        suppressed[r][c] = true;
        secondary[r][c] = true;
      }
    }
    return true;
  }

  /** Whether {@code candidate} is preferred to {@code current}: non-zero first, then smaller. */
  private static boolean better(long candidate, long current) {
    if ((candidate == 0) != (current == 0)) {
      return current == 0;
    }
    return candidate < current;
  }
}
