package org.equalitymonitoring.disclosure;

/**
 * Secondary (complementary) suppression over a table extended by its margins.
 *
 * <p>The extended table has {@code rows + 1} rows and {@code columns + 1} columns: the last column
 * holds the row totals, the last row the column totals, and the corner the grand total. Every row
 * and every column of the extended table is a "line" whose inner entries sum to its margin entry. A
 * line with exactly one suppressed entry lets that entry be recovered by subtraction; so while such
 * a line exists, the smallest non-zero published entry of that line is suppressed as well ({@link
 * SuppressionReason#SECONDARY}), until every line has zero or at least two suppressed entries. A
 * zero is chosen only when the line has no non-zero published entry, because suppressing a zero
 * next to a small count leaves the sum of the suppressed pair equal to the small count. Ties go to
 * an inner cell before a total, then to the lowest index.
 *
 * <p>This is the rule "each row and each column containing a suppressed cell must contain at least
 * two suppressed cells, or have its total suppressed" with totals treated as entries of their own
 * lines, so that a suppressed total is itself protected within the line of totals. Package-private
 * helper of {@link DisclosurePolicy}.
 */
final class SecondarySuppressor {
  private SecondarySuppressor() {}

  /**
   * Adds secondary suppressions in place.
   *
   * @param raw the extended table of unrounded counts
   * @param suppressed whether each extended entry is suppressed; updated in place
   * @param secondary set to {@code true} for each entry suppressed here
   */
  static void apply(long[][] raw, boolean[][] suppressed, boolean[][] secondary) {
    int height = raw.length;
    int width = raw[0].length;
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < height; r++) {
        if (countRow(suppressed, r) == 1) {
          int c = pickInRow(raw, suppressed, r);
          suppressed[r][c] = true;
          secondary[r][c] = true;
          changed = true;
        }
      }
      for (int c = 0; c < width; c++) {
        if (countColumn(suppressed, c) == 1) {
          int r = pickInColumn(raw, suppressed, c);
          suppressed[r][c] = true;
          secondary[r][c] = true;
          changed = true;
        }
      }
    }
  }

  private static int countRow(boolean[][] suppressed, int r) {
    int n = 0;
    for (boolean s : suppressed[r]) {
      if (s) {
        n++;
      }
    }
    return n;
  }

  private static int countColumn(boolean[][] suppressed, int c) {
    int n = 0;
    for (boolean[] row : suppressed) {
      if (row[c]) {
        n++;
      }
    }
    return n;
  }

  private static int pickInRow(long[][] raw, boolean[][] suppressed, int r) {
    // Index order puts the inner cells before the row total, so ties favour inner cells.
    int best = -1;
    for (int c = 0; c < raw[r].length; c++) {
      if (!suppressed[r][c] && (best < 0 || better(raw[r][c], raw[r][best]))) {
        best = c;
      }
    }
    return best;
  }

  private static int pickInColumn(long[][] raw, boolean[][] suppressed, int c) {
    int best = -1;
    for (int r = 0; r < raw.length; r++) {
      if (!suppressed[r][c] && (best < 0 || better(raw[r][c], raw[best][c]))) {
        best = r;
      }
    }
    return best;
  }

  /** Whether {@code candidate} is preferred to {@code current}: non-zero first, then smaller. */
  private static boolean better(long candidate, long current) {
    if ((candidate == 0) != (current == 0)) {
      return current == 0;
    }
    return candidate < current;
  }
}
