package org.equalitymonitoring.disclosure;

import java.util.ArrayList;
import java.util.List;

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
 * small together.
 *
 * <p>The line rules are quick and protect most tables, but lines constrain one another: in a sparse
 * table the row, column and grand totals together can still bound a suppressed count below the
 * threshold. So, once no line is unsafe, a {@link SuppressionAudit} computes the interval each
 * suppressed entry can lie in from everything published, and suppresses more until no entry is
 * recovered exactly and no small count is shown to be small; the line rules then run again.
 * Package-private helper of {@link DisclosurePolicy}.
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
    List<int[][]> lines = new ArrayList<>();
    for (int r = 0; r < height; r++) {
      int[][] line = new int[width][];
      for (int c = 0; c < width; c++) {
        line[c] = new int[] {r, c};
      }
      lines.add(line);
    }
    for (int c = 0; c < width; c++) {
      int[][] line = new int[height][];
      for (int r = 0; r < height; r++) {
        line[r] = new int[] {r, c};
      }
      lines.add(line);
    }
    if (height > 2 && width > 2) {
      // The whole table: every inner cell, with the grand total as its margin.
      int[][] line = new int[(height - 1) * (width - 1) + 1][];
      int i = 0;
      for (int r = 0; r < height - 1; r++) {
        for (int c = 0; c < width - 1; c++) {
          line[i++] = new int[] {r, c};
        }
      }
      line[i] = new int[] {height - 1, width - 1};
      lines.add(line);
    }
    SuppressionAudit audit = new SuppressionAudit(raw, suppressed, rule);
    do {
      boolean changed = true;
      while (changed) {
        changed = false;
        for (int[][] line : lines) {
          changed |= protect(raw, suppressed, secondary, rule, line);
        }
      }
    } while (audit.protectOne(secondary));
  }

  /**
   * Suppresses one more entry of a line (entries in order, the margin last), if the line is unsafe
   * and has an entry left to suppress.
   *
   * @return whether an entry was suppressed
   */
  private static boolean protect(
      long[][] raw, boolean[][] suppressed, boolean[][] secondary, CellRule rule, int[][] line) {
    int count = 0;
    boolean allSmall = true;
    long innerSum = 0;
    long leastSum = 0;
    int best = -1;
    long bestValue = 0;
    int margin = line.length - 1;
    for (int i = 0; i < line.length; i++) {
      long value = raw[line[i][0]][line[i][1]];
      if (suppressed[line[i][0]][line[i][1]]) {
        count++;
        boolean small = rule.suppresses(value);
        allSmall &= small;
        if (i < margin) {
          innerSum += value;
          leastSum += small ? rule.smallestSuppressed() : value == 0 ? 0 : rule.smallestSafeSum();
        }
      } else if (best < 0 || better(value, bestValue)) {
        best = i;
        bestValue = value;
      }
    }
    boolean marginPublished = !suppressed[line[margin][0]][line[margin][1]];
    boolean unsafe =
        count == 1
            || (count > 1
                && marginPublished
                && (innerSum < rule.smallestSafeSum() || allSmall || innerSum <= leastSum));
    if (!unsafe || best < 0) {
      return false;
    }
    for (int i = 0; i < line.length; i++) {
      int r = line[i][0];
      int c = line[i][1];
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
