package org.equalitymonitoring.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * Audits a suppression pattern as an intruder would: from every published entry, the interval each
 * suppressed entry can lie in (interval protection, as in the cell-suppression audits of τ-ARGUS
 * and sdcTable), found by maximum flow.
 *
 * <p>The intruder is stronger than a real reader: it knows every published inner count exactly (not
 * only rounded), each published total to within its rounding ({@code (base - 1) / 2} either side),
 * and that counts are non-negative; a suppressed total is the sum of its cells. The smallest and
 * largest values of a suppressed entry consistent with all of that are the optima of a linear
 * programme over the suppressed cells. Its constraints (row sums, column sums and the grand total
 * of a two-way table) make it a circulation problem, so the optima are found by maximum flow and,
 * with whole-number bounds, are whole numbers: the interval's ends are candidate counts themselves.
 *
 * <p>An entry is <em>exposed</em> when its interval is a single value (it is recovered exactly) or
 * when its count is small (one the primary rule suppresses) and the interval stays below the
 * smallest count that is not small (the reader learns that it is small). While an entry is exposed,
 * one more published entry is suppressed: the first, in order of preference (non-zero before zero,
 * smaller before larger, a cell before a total), whose suppression protects the exposed entry, or
 * failing that the one that widens its interval most. Each step suppresses one more entry, and with
 * every entry suppressed nothing is exposed, so the audit ends. Package-private helper of {@link
 * SecondarySuppressor}.
 */
final class SuppressionAudit {
  /**
   * A bound that stands for "no bound": larger than any count a published total allows, and far
   * from overflowing when added to one.
   */
  private static final long UNBOUNDED = 1L << 50;

  private static final int SOURCE = 0;
  private static final int SINK = 1;

  private final long[][] raw;
  private final boolean[][] suppressed;
  private final CellRule rule;
  private final int rows;
  private final int columns;
  private final boolean[][] safe;

  /**
   * The circulation's network: an arc per entry of the extended table, numbered by {@link #arc}.
   */
  private final FlowNetwork network;

  /**
   * @param raw the extended table of unrounded counts (see {@link SecondarySuppressor})
   * @param suppressed whether each extended entry is suppressed
   * @param rule the primary rule
   */
  SuppressionAudit(long[][] raw, boolean[][] suppressed, CellRule rule) {
    this.raw = raw;
    this.suppressed = suppressed;
    this.rule = rule;
    this.rows = raw.length - 1;
    this.columns = raw[0].length - 1;
    this.safe = new boolean[rows + 1][columns + 1];
    int arcs = (rows + 1) * (columns + 1);
    int[] tails = new int[arcs];
    int[] heads = new int[arcs];
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= columns; j++) {
        tails[arc(i, j)] = tail(i, j);
        heads[arc(i, j)] = head(i, j);
      }
    }
    this.network = new FlowNetwork(rows + columns + 2, tails, heads);
  }

  /**
   * Suppresses one more entry if some suppressed entry is exposed.
   *
   * @param secondary set to {@code true} for the entry suppressed here
   * @return whether an entry was suppressed
   */
  boolean protectOne(boolean[][] secondary) {
    load();
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        if (!suppressed[r][c] || safe[r][c]) {
          continue;
        }
        if (exposedAsLoaded(r, c)) {
          int[] chosen = choose(r, c);
          suppressed[chosen[0]][chosen[1]] = true;
          secondary[chosen[0]][chosen[1]] = true;
          return true;
        }
        // A safe entry stays safe: within an audit suppression only grows, and suppressing one
        // more entry removes a constraint of the interval's linear programme (a cell fixed at its
        // count, a total held within its rounding) and adds none, so every earlier solution (with
        // the new entry at its true count) remains one: the least value can only fall and the
        // greatest only rise. Not so across audits: another audit of the same table may pass
        // through patterns that are not supersets of this one's.
        safe[r][c] = true;
      }
    }
    return false;
  }

  /**
   * The published entry to suppress to protect the exposed entry (r, c): first among the entries of
   * its own row and column of the extended table, where one usually is, then among all; failing
   * both, the one that widens its interval most.
   */
  private int[] choose(int r, int c) {
    List<int[]> near = new ArrayList<>();
    List<int[]> all = new ArrayList<>();
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= columns; j++) {
        if (!suppressed[i][j]) {
          all.add(new int[] {i, j});
          if (i == r || j == c) {
            near.add(new int[] {i, j});
          }
        }
      }
    }
    for (int[] candidate : inOrderOfPreference(near)) {
      if (!exposedWith(candidate, r, c)) {
        return candidate;
      }
    }
    List<int[]> candidates = inOrderOfPreference(all);
    for (int[] candidate : candidates) {
      if (!exposedWith(candidate, r, c)) {
        return candidate;
      }
    }
    int[] widest = candidates.get(0);
    long widestSpan = -1;
    for (int[] candidate : candidates) {
      suppressed[candidate[0]][candidate[1]] = true;
      Interval interval = interval(r, c);
      suppressed[candidate[0]][candidate[1]] = false;
      long span = interval.highest - interval.lowest;
      if (span > widestSpan) {
        widest = candidate;
        widestSpan = span;
      }
    }
    return widest;
  }

  /** Sorts entries in place by preference: non-zero first, then smaller, then a cell first. */
  private List<int[]> inOrderOfPreference(List<int[]> entries) {
    entries.sort(
        (a, b) -> {
          long x = raw[a[0]][a[1]];
          long y = raw[b[0]][b[1]];
          if ((x == 0) != (y == 0)) {
            return x == 0 ? 1 : -1;
          }
          if (x != y) {
            return Long.compare(x, y);
          }
          return Boolean.compare(isTotal(a[0], a[1]), isTotal(b[0], b[1]));
        });
    return entries;
  }

  /** Whether (r, c) would be exposed were the candidate entry suppressed as well. */
  private boolean exposedWith(int[] candidate, int r, int c) {
    suppressed[candidate[0]][candidate[1]] = true;
    boolean exposed = exposed(r, c);
    suppressed[candidate[0]][candidate[1]] = false;
    return exposed;
  }

  private boolean isTotal(int r, int c) {
    return r == rows || c == columns;
  }

  /** Whether the suppressed entry (r, c) is recovered exactly or shown to be small. */
  boolean exposed(int r, int c) {
    load();
    return exposedAsLoaded(r, c);
  }

  /**
   * Whether the suppressed entry (r, c) is exposed under the loaded pattern: its interval is a
   * single value, or it is small and its interval stays below the smallest safe sum. Only as much
   * of the interval is found as decides that: a small count is safe once it can rise to the
   * smallest safe sum, any other once it can move by 1.
   */
  private boolean exposedAsLoaded(int r, int c) {
    int a = arc(r, c);
    if (rule.suppresses(raw[r][c])) {
      long needed = rule.smallestSafeSum() - raw[r][c];
      return rise(a, needed) < needed;
    }
    return rise(a, 1) < 1 && fall(a, 1) < 1;
  }

  /** The smallest and largest values of an entry consistent with the published entries. */
  static final class Interval {
    final long lowest;
    final long highest;

    Interval(long lowest, long highest) {
      this.lowest = lowest;
      this.highest = highest;
    }
  }

  /** The interval of the suppressed entry (r, c), by flows (see {@link #load}). */
  Interval interval(int r, int c) {
    load();
    int a = arc(r, c);
    return new Interval(raw[r][c] - fall(a, UNBOUNDED), raw[r][c] + rise(a, UNBOUNDED));
  }

  /**
   * How far the flow on an arc can rise, up to {@code atMost}: as much as can flow from its head
   * back to its tail without it, up to its upper bound.
   */
  private long rise(int a, long atMost) {
    return network.extraFlow(a, true, atMost);
  }

  /**
   * How far the flow on an arc can fall, up to {@code atMost}, likewise, down to its lower bound.
   */
  private long fall(int a, long atMost) {
    return network.extraFlow(a, false, atMost);
  }

  /**
   * Sets the network's capacities for the current pattern. The suppressed cells are the flows of a
   * circulation through a source, a node per row, a node per column and a sink: source → row i
   * carries the suppressed part of row total i, row i → column j the suppressed cell (i, j), column
   * j → sink the suppressed part of column total j, and sink → source the suppressed part of the
   * grand total. A published total bounds its arc; a published cell has no arc (capacity 0 both
   * ways); the true counts are one feasible circulation. The flow on the arc u → v of entry (r, c)
   * can rise by as much as can flow from v back to u in the residual network of the true
   * circulation without that arc, up to the arc's upper bound, and fall likewise from u to v.
   */
  private void load() {
    long[][] known = knownSums();
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= columns; j++) {
        long flow = raw[i][j] - known[i][j];
        long lower = 0;
        long upper = flow;
        if (suppressed[i][j]) {
          upper = UNBOUNDED;
        } else if (isTotal(i, j)) {
          long published = CellRule.round(raw[i][j], rule.roundingBase());
          long slack = (rule.roundingBase() - 1) / 2;
          lower = Math.max(0, published - slack - known[i][j]);
          upper = published + slack - known[i][j];
        }
        network.setCapacity(arc(i, j), upper - flow, flow - lower);
      }
    }
  }

  /** The arc of entry (r, c) of the extended table. */
  private int arc(int r, int c) {
    return r * (columns + 1) + c;
  }

  /** The node an entry's arc leaves: the source 0, the sink 1, rows from 2, then columns. */
  private int tail(int r, int c) {
    if (r == rows) {
      return c == columns ? SINK : columnNode(c);
    }
    return c == columns ? SOURCE : rowNode(r);
  }

  /** The node an entry's arc enters. */
  private int head(int r, int c) {
    if (r == rows) {
      return c == columns ? SOURCE : SINK;
    }
    return c == columns ? rowNode(r) : columnNode(c);
  }

  private int rowNode(int r) {
    return 2 + r;
  }

  private int columnNode(int c) {
    return 2 + rows + c;
  }

  /**
   * For each entry of the extended table, the sum of the published inner cells it sums: a published
   * cell's own count (0 for a suppressed one), and each total's published part.
   */
  private long[][] knownSums() {
    long[][] known = new long[rows + 1][columns + 1];
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < columns; j++) {
        if (!suppressed[i][j]) {
          long count = raw[i][j];
          known[i][j] = count;
          known[i][columns] += count;
          known[rows][j] += count;
          known[rows][columns] += count;
        }
      }
    }
    return known;
  }
}
