package org.equalitymonitoring.disclosure;

import java.util.ArrayList;
import java.util.List;
import org.jgrapht.alg.flow.EdmondsKarpMFImpl;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

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
   * A capacity that stands for "no bound": larger than any count a published total allows, and
   * exact in a double.
   */
  private static final double UNBOUNDED = 1L << 50;

  private static final int SOURCE = 0;
  private static final int SINK = 1;
  private static final double TOLERANCE = 1e-6;

  private final long[][] raw;
  private final boolean[][] suppressed;
  private final CellRule rule;
  private final int rows;
  private final int columns;
  private final boolean[][] safe;

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
  }

  /**
   * Suppresses one more entry if some suppressed entry is exposed.
   *
   * @param secondary set to {@code true} for the entry suppressed here
   * @return whether an entry was suppressed
   */
  boolean protectOne(boolean[][] secondary) {
    for (int r = 0; r <= rows; r++) {
      for (int c = 0; c <= columns; c++) {
        if (!suppressed[r][c] || safe[r][c]) {
          continue;
        }
        if (exposed(r, c)) {
          int[] chosen = choose(r, c);
          suppressed[chosen[0]][chosen[1]] = true;
          secondary[chosen[0]][chosen[1]] = true;
          return true;
        }
        // Suppressing more only widens every interval, so a safe entry stays safe.
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
      if (!exposed(r, c, intervalWith(candidate, r, c))) {
        return candidate;
      }
    }
    List<int[]> candidates = inOrderOfPreference(all);
    int[] widest = candidates.get(0);
    double widestSpan = -1;
    for (int[] candidate : candidates) {
      Interval interval = intervalWith(candidate, r, c);
      if (!exposed(r, c, interval)) {
        return candidate;
      }
      double span = interval.highest - interval.lowest;
      if (span > widestSpan + TOLERANCE) {
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

  /** The interval of (r, c) were the candidate entry suppressed as well. */
  private Interval intervalWith(int[] candidate, int r, int c) {
    suppressed[candidate[0]][candidate[1]] = true;
    Interval interval = interval(r, c);
    suppressed[candidate[0]][candidate[1]] = false;
    return interval;
  }

  private boolean isTotal(int r, int c) {
    return r == rows || c == columns;
  }

  /** Whether the suppressed entry (r, c) is recovered exactly or shown to be small. */
  boolean exposed(int r, int c) {
    return exposed(r, c, interval(r, c));
  }

  private boolean exposed(int r, int c, Interval interval) {
    if (interval.highest - interval.lowest < 1) {
      return true;
    }
    return rule.suppresses(raw[r][c]) && interval.highest < rule.smallestSafeSum();
  }

  /** The smallest and largest values of an entry consistent with the published entries. */
  static final class Interval {
    final double lowest;
    final double highest;

    Interval(double lowest, double highest) {
      this.lowest = lowest;
      this.highest = highest;
    }
  }

  /**
   * The interval of entry (r, c), by flows. The suppressed cells are the flows of a circulation
   * through a source, a node per row, a node per column and a sink: source → row i carries the
   * suppressed part of row total i, row i → column j the suppressed cell (i, j), column j → sink
   * the suppressed part of column total j, and sink → source the suppressed part of the grand
   * total. A published total bounds its arc; the true counts are one feasible circulation. The flow
   * on the arc u → v of entry (r, c) can rise by as much as can flow from v back to u in the
   * residual network of the true circulation without that arc, up to the arc's upper bound, and
   * fall likewise from u to v.
   */
  Interval interval(int r, int c) {
    SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> residual =
        new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    for (int node = 0; node < rows + columns + 2; node++) {
      residual.addVertex(node);
    }
    long[][] known = knownSums();
    double flow = 0;
    double lower = 0;
    double upper = UNBOUNDED;
    for (int i = 0; i <= rows; i++) {
      for (int j = 0; j <= columns; j++) {
        if (!isTotal(i, j) && !suppressed[i][j]) {
          continue;
        }
        double arcFlow = raw[i][j] - known[i][j];
        double arcLower = 0;
        double arcUpper = UNBOUNDED;
        if (!suppressed[i][j]) {
          long published = CellRule.round(raw[i][j], rule.roundingBase());
          long slack = (rule.roundingBase() - 1) / 2;
          arcLower = Math.max(0, published - slack - known[i][j]);
          arcUpper = published + slack - known[i][j];
        }
        if (i == r && j == c) {
          flow = arcFlow;
          lower = arcLower;
          upper = arcUpper;
        } else {
          addCapacity(residual, tail(i, j), head(i, j), arcUpper - arcFlow);
          addCapacity(residual, head(i, j), tail(i, j), arcFlow - arcLower);
        }
      }
    }
    EdmondsKarpMFImpl<Integer, DefaultWeightedEdge> maximumFlow = new EdmondsKarpMFImpl<>(residual);
    double rise = Math.min(upper - flow, maximumFlow.getMaximumFlowValue(head(r, c), tail(r, c)));
    double fall = Math.min(flow - lower, maximumFlow.getMaximumFlowValue(tail(r, c), head(r, c)));
    return new Interval(known[r][c] + flow - fall, known[r][c] + flow + rise);
  }

  private static void addCapacity(
      SimpleDirectedWeightedGraph<Integer, DefaultWeightedEdge> graph,
      int from,
      int to,
      double capacity) {
    if (capacity <= 0) {
      return;
    }
    DefaultWeightedEdge edge = graph.getEdge(from, to);
    if (edge == null) {
      graph.setEdgeWeight(graph.addEdge(from, to), Math.min(UNBOUNDED, capacity));
    } else {
      graph.setEdgeWeight(edge, Math.min(UNBOUNDED, graph.getEdgeWeight(edge) + capacity));
    }
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
