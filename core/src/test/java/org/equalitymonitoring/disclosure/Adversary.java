package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.LongPredicate;

/**
 * An intruder who tries to recover suppressed counts from everything a publication shows.
 *
 * <p>The adversary knows the publishing procedure and every input cell that is not suppressed,
 * exactly (stronger than a real intruder, who sees only rounded values). For the suppressed cells
 * it tries every combination of values from 0 to {@code 2 × true grand total + 10}, publishes each
 * candidate input with the same procedure, and keeps those whose complete published output is
 * identical, character for character, to the true publication. What remains, per suppressed cell,
 * is everything the intruder cannot rule out. A wider range could only add candidates that are
 * genuinely consistent with the publication, so the range never makes a leak look worse than it is.
 *
 * <p>The only pruning is by {@linkplain Sum sums} that the caller states are implied by the
 * publication (for example a published, rounded row total bounds the sum of its row); a candidate
 * outside such a bound would publish a different total, so skipping it never discards a candidate.
 * The final, whole-output comparison alone decides what is kept.
 *
 * <p><b>The protection rule</b> ({@link Candidates#assertProtected}): every suppressed cell keeps
 * at least two candidate values, so it is never recovered exactly; and, when the table's grand
 * total is published (not suppressed), a cell whose true value is in the primary-suppressed range
 * keeps a candidate above it (a count that is not small), so the publication does not show that a
 * count is small. A cell suppressed to protect another (its true value is outside the range) need
 * not keep a candidate inside the range: knowing that a count is not small discloses no small
 * number, and requiring it would withhold the totals of most tables (for example a large cell whose
 * row and column totals are both large is known to be large whatever is suppressed). The primary
 * ranges are NHS Digital 1–7, threshold of 10 0–9, round to 5 with "fewer than 5" 1–4 ({@code
 * STATISTICAL-METHODS.md} §9).
 */
public final class Adversary {
  /** Above this many candidate publications a search is refused rather than left to run. */
  static final long MAX_PUBLICATIONS = 300_000;

  private Adversary() {}

  /** A bound on the sum of some input cells that the publication implies. */
  public static final class Sum {
    final int[] cells;
    final long lowest;
    final long highest;

    private Sum(int[] cells, long lowest, long highest) {
      this.cells = cells.clone();
      this.lowest = lowest;
      this.highest = highest;
    }

    /**
     * Returns the bound {@code lowest <= sum of cells <= highest}.
     *
     * @param lowest the smallest sum consistent with the publication
     * @param highest the largest sum consistent with the publication
     * @param cells the indexes of the input cells summed
     * @return the bound
     */
    public static Sum between(long lowest, long highest, int... cells) {
      return new Sum(cells, lowest, highest);
    }

    /**
     * Returns the bound implied by a published total: the true total rounds to {@code published}
     * with the policy's rounding base (an odd base, so within {@code (base - 1) / 2} either side).
     *
     * @param published the published total
     * @param roundingBase the policy's rounding base, 1 for unrounded
     * @param cells the indexes of the input cells the total sums
     * @return the bound
     */
    public static Sum published(long published, long roundingBase, int... cells) {
      long slack = (roundingBase - 1) / 2;
      return new Sum(cells, published - slack, published + slack);
    }
  }

  /** The primary-suppressed range of a policy, inclusive. */
  public static final class PrimaryRange {
    final long from;
    final long to;

    /** No range: for checks of exact recovery only. */
    static final PrimaryRange NONE = new PrimaryRange(1, 0);

    private PrimaryRange(long from, long to) {
      this.from = from;
      this.to = to;
    }

    /**
     * Returns the primary range of a controlling built-in policy: nhs-digital 1–7, threshold-10
     * 0–9, round-5-fewer-than-5 1–4.
     *
     * @param policy the policy
     * @return its range
     */
    public static PrimaryRange of(DisclosurePolicy policy) {
      switch (policy.id()) {
        case "nhs-digital":
          return new PrimaryRange(1, 7);
        case "threshold-10":
          return new PrimaryRange(0, 9);
        case "round-5-fewer-than-5":
          return new PrimaryRange(1, 4);
        default:
          throw new IllegalArgumentException("no primary range for policy " + policy.id());
      }
    }

    boolean contains(long value) {
      return value >= from && value <= to;
    }

    /** Whether {@code value} is above the range: a count that is not small. */
    boolean isAbove(long value) {
      return value > to;
    }

    @Override
    public String toString() {
      return from + "–" + to;
    }
  }

  /**
   * Searches every candidate input for the suppressed cells.
   *
   * @param truth the true input cells
   * @param suppressed the indexes of the cells not shown in the publication
   * @param publish the complete publication of an input as canonical text; an input the procedure
   *     rejects with an {@link IllegalArgumentException} publishes as that rejection
   * @param sums bounds on sums of cells implied by the publication, used only to prune
   * @return the candidates
   * @throws IllegalStateException if the search would publish more than {@link #MAX_PUBLICATIONS}
   *     candidates (make the example smaller)
   */
  public static Candidates search(
      long[] truth, int[] suppressed, Function<long[], String> publish, List<Sum> sums) {
    String published = render(publish, truth);
    long range = 2 * Arrays.stream(truth).sum() + 10;
    Search search = new Search(truth, suppressed, publish, sums, published, range);
    search.enumerate(0);
    return new Candidates(truth, suppressed, search.found, published);
  }

  /**
   * Asserts the first half of the protection rule only: no suppressed cell is recovered exactly.
   *
   * @param truth the true input cells
   * @param suppressed the indexes of the cells not shown in the publication
   * @param publish the complete publication of an input as canonical text
   * @param sums bounds on sums of cells implied by the publication, used only to prune
   */
  public static void assertNotRecovered(
      long[] truth, int[] suppressed, Function<long[], String> publish, List<Sum> sums) {
    assertProtected(truth, suppressed, publish, sums, PrimaryRange.NONE, false);
  }

  /**
   * Asserts the protection rule (see the class description) for one publication.
   *
   * <p>First, cheaply, it looks for witnesses: other inputs, differing from the truth in one
   * suppressed cell or by moving an amount between two or four suppressed cells, that publish
   * identically. Each witness is a genuine candidate, so if they already satisfy the rule the
   * publication passes. Otherwise the complete {@link #search} decides.
   *
   * @param truth the true input cells
   * @param suppressed the indexes of the cells not shown in the publication
   * @param publish the complete publication of an input as canonical text
   * @param sums bounds on sums of cells implied by the publication, used only to prune
   * @param primary the policy's primary-suppressed range
   * @param grandTotalPublished whether the table's grand total is published
   */
  public static void assertProtected(
      long[] truth,
      int[] suppressed,
      Function<long[], String> publish,
      List<Sum> sums,
      PrimaryRange primary,
      boolean grandTotalPublished) {
    Witnesses witnesses =
        new Witnesses(truth, suppressed, publish, sums, primary, grandTotalPublished);
    if (witnesses.found() || witnesses.foundByTargetedSearch()) {
      return;
    }
    Candidates candidates;
    try {
      candidates = search(truth, suppressed, publish, sums);
    } catch (IllegalStateException tooLarge) {
      throw new AssertionError(
          "undecided: no witness found for input "
              + Arrays.toString(truth)
              + " and the complete search is too large ("
              + tooLarge.getMessage()
              + ")",
          tooLarge);
    }
    candidates.assertProtected(primary, grandTotalPublished);
  }

  private static String render(Function<long[], String> publish, long[] input) {
    try {
      return publish.apply(input);
    } catch (IllegalArgumentException rejected) {
      return "rejected: " + rejected.getMessage();
    }
  }

  private static final class Search {
    final long[] input;
    final int[] suppressed;
    final Function<long[], String> publish;
    final List<Sum> sums;
    final String published;
    final long range;
    final List<SortedSet<Long>> found = new ArrayList<>();
    long publications;

    Search(
        long[] truth,
        int[] suppressed,
        Function<long[], String> publish,
        List<Sum> sums,
        String published,
        long range) {
      this.input = truth.clone();
      this.suppressed = suppressed.clone();
      this.publish = publish;
      this.sums = sums;
      this.published = published;
      this.range = range;
      for (int i = 0; i < suppressed.length; i++) {
        found.add(new TreeSet<>());
      }
    }

    void enumerate(int depth) {
      if (depth == suppressed.length) {
        if (++publications > MAX_PUBLICATIONS) {
          throw new IllegalStateException(
              "search over " + suppressed.length + " cells up to " + range + " is too large");
        }
        if (render(publish, input).equals(published)) {
          for (int i = 0; i < suppressed.length; i++) {
            found.get(i).add(input[suppressed[i]]);
          }
        }
        return;
      }
      int cell = suppressed[depth];
      long original = input[cell];
      for (long value = 0; value <= range; value++) {
        input[cell] = value;
        if (feasible(depth)) {
          enumerate(depth + 1);
        } else if (exceeded(depth)) {
          break;
        }
      }
      input[cell] = original;
    }

    /** Whether the cells fixed so far can still meet every sum. */
    private boolean feasible(int depth) {
      for (Sum sum : sums) {
        long fixed = 0;
        long open = 0;
        for (int cell : sum.cells) {
          if (isOpen(cell, depth)) {
            open++;
          } else {
            fixed += input[cell];
          }
        }
        if (fixed > sum.highest || fixed + open * range < sum.lowest) {
          return false;
        }
      }
      return true;
    }

    /** Whether some sum is already exceeded, so larger values of this cell cannot help. */
    private boolean exceeded(int depth) {
      for (Sum sum : sums) {
        long fixed = 0;
        for (int cell : sum.cells) {
          if (!isOpen(cell, depth)) {
            fixed += input[cell];
          }
        }
        if (fixed > sum.highest) {
          return true;
        }
      }
      return false;
    }

    private boolean isOpen(int cell, int depth) {
      for (int i = depth + 1; i < suppressed.length; i++) {
        if (suppressed[i] == cell) {
          return true;
        }
      }
      return false;
    }
  }

  /** The cheap first look for candidates that already satisfy the protection rule. */
  private static final class Witnesses {
    final long[] truth;
    final int[] suppressed;
    final Function<long[], String> publish;
    final List<Sum> sums;
    final String published;
    final long range;
    final PrimaryRange primary;
    final boolean sideMatters;
    final boolean[] hasOther;
    final boolean[] hasOtherSide;

    Witnesses(
        long[] truth,
        int[] suppressed,
        Function<long[], String> publish,
        List<Sum> sums,
        PrimaryRange primary,
        boolean sideMatters) {
      this.truth = truth;
      this.suppressed = suppressed;
      this.publish = publish;
      this.sums = sums;
      this.published = render(publish, truth);
      this.range = 2 * Arrays.stream(truth).sum() + 10;
      this.primary = primary;
      this.sideMatters = sideMatters;
      this.hasOther = new boolean[suppressed.length];
      this.hasOtherSide = new boolean[suppressed.length];
    }

    /**
     * Tries swaps of two cells' values, then moves of one, two and four cells, until every cell is
     * covered or none is left.
     */
    boolean found() {
      int k = suppressed.length;
      for (int i = 0; i < k && !covered(); i++) {
        for (int j = i + 1; j < k && !covered(); j++) {
          trySwap(i, j);
        }
      }
      for (int i = 0; i < k && !covered(); i++) {
        tryMove(new int[] {i}, new int[] {1});
      }
      for (int i = 0; i < k && !covered(); i++) {
        for (int j = i + 1; j < k && !covered(); j++) {
          tryMove(new int[] {i, j}, new int[] {1, -1});
        }
      }
      int[][] signs = {{1, -1, -1, 1}, {1, -1, 1, -1}, {1, 1, -1, -1}};
      for (int a = 0; a < k && !covered(); a++) {
        for (int b = a + 1; b < k && !covered(); b++) {
          for (int c = b + 1; c < k && !covered(); c++) {
            for (int d = c + 1; d < k && !covered(); d++) {
              for (int[] sign : signs) {
                tryMove(new int[] {a, b, c, d}, sign);
              }
            }
          }
        }
      }
      return covered();
    }

    /**
     * Adds {@code sign[m] * delta} to each chosen cell, for every delta in range, nearest first.
     */
    private void tryMove(int[] chosen, int[] sign) {
      long[] input = truth.clone();
      // Small moves first: a protected publication usually has a witness close to the truth.
      for (long step = 1; step <= 2 * range && !covered(); step++) {
        long delta = step % 2 == 1 ? (step + 1) / 2 : -step / 2;
        boolean inRange = true;
        for (int m = 0; m < chosen.length; m++) {
          long value = truth[suppressed[chosen[m]]] + sign[m] * delta;
          inRange &= value >= 0 && value <= range;
          input[suppressed[chosen[m]]] = value;
        }
        if (inRange && meetsSums(input) && render(publish, input).equals(published)) {
          for (int m = 0; m < chosen.length; m++) {
            record(chosen[m], input[suppressed[chosen[m]]]);
          }
        }
      }
    }

    /** Exchanges the values of two suppressed cells. */
    private void trySwap(int i, int j) {
      long[] input = truth.clone();
      input[suppressed[i]] = truth[suppressed[j]];
      input[suppressed[j]] = truth[suppressed[i]];
      if (meetsSums(input) && render(publish, input).equals(published)) {
        record(i, input[suppressed[i]]);
        record(j, input[suppressed[j]]);
      }
    }

    private boolean meetsSums(long[] input) {
      for (Sum sum : sums) {
        long total = 0;
        for (int cell : sum.cells) {
          total += input[cell];
        }
        if (total < sum.lowest || total > sum.highest) {
          return false;
        }
      }
      return true;
    }

    private void record(int i, long value) {
      long original = truth[suppressed[i]];
      hasOther[i] |= value != original;
      hasOtherSide[i] |= primary.isAbove(value);
    }

    private boolean covered() {
      for (int i = 0; i < suppressed.length; i++) {
        if (!covered(i)) {
          return false;
        }
      }
      return true;
    }

    private boolean covered(int i) {
      boolean small = primary.contains(truth[suppressed[i]]);
      return hasOther[i] && (!sideMatters || !small || hasOtherSide[i]);
    }

    /**
     * For each cell not yet covered, looks for one candidate that covers it: the cell fixed first
     * to each value it still needs (another value; a value above the primary range), nearest the
     * truth first, then the other cells depth first, each from its true value outwards, pruned by
     * the sums. Each candidate found is a genuine one (the whole output is compared). Gives up,
     * leaving the verdict to the complete search, after {@link #MAX_PUBLICATIONS} publications.
     */
    boolean foundByTargetedSearch() {
      for (int i = 0; i < suppressed.length; i++) {
        long original = truth[suppressed[i]];
        if (!hasOther[i] && !findValue(i, value -> value != original)) {
          return false;
        }
        if (!covered(i) && !findValue(i, primary::isAbove)) {
          return false;
        }
      }
      return true;
    }

    private long budget;

    private boolean findValue(int target, LongPredicate wanted) {
      int[] order = new int[suppressed.length];
      order[0] = target;
      for (int i = 0, n = 1; i < suppressed.length; i++) {
        if (i != target) {
          order[n++] = i;
        }
      }
      budget = MAX_PUBLICATIONS;
      long[] input = truth.clone();
      for (long step = 0; step <= 2 * range; step++) {
        long value = truth[suppressed[target]] + (step % 2 == 1 ? (step + 1) / 2 : -step / 2);
        if (value < 0 || value > range || !wanted.test(value)) {
          continue;
        }
        input[suppressed[target]] = value;
        if (feasible(input, order, 0) && depthFirst(input, order, 1)) {
          return true;
        }
        if (budget <= 0) {
          return false;
        }
      }
      return false;
    }

    private boolean depthFirst(long[] input, int[] order, int depth) {
      if (depth == order.length) {
        if (--budget < 0 || !render(publish, input).equals(published)) {
          return false;
        }
        for (int i = 0; i < suppressed.length; i++) {
          record(i, input[suppressed[i]]);
        }
        return true;
      }
      int cell = suppressed[order[depth]];
      for (long step = 0; step <= 2 * range && budget > 0; step++) {
        long value = truth[cell] + (step % 2 == 1 ? (step + 1) / 2 : -step / 2);
        if (value < 0 || value > range) {
          continue;
        }
        input[cell] = value;
        if (feasible(input, order, depth) && depthFirst(input, order, depth + 1)) {
          return true;
        }
      }
      input[cell] = truth[cell];
      return false;
    }

    /** Whether the cells of {@code order} fixed up to {@code depth} can still meet every sum. */
    private boolean feasible(long[] input, int[] order, int depth) {
      for (Sum sum : sums) {
        long fixed = 0;
        long open = 0;
        for (int cell : sum.cells) {
          int position = position(cell, order);
          if (position > depth) {
            open++;
          } else {
            fixed += input[cell];
          }
        }
        if (fixed > sum.highest || fixed + open * range < sum.lowest) {
          return false;
        }
      }
      return true;
    }

    /** The place in {@code order} of an input cell, -1 if it is not suppressed (always fixed). */
    private int position(int cell, int[] order) {
      for (int p = 0; p < order.length; p++) {
        if (suppressed[order[p]] == cell) {
          return p;
        }
      }
      return -1;
    }
  }

  /** The candidate values of each suppressed cell that reproduce the publication exactly. */
  public static final class Candidates {
    private final long[] truth;
    private final int[] suppressed;
    private final List<SortedSet<Long>> values;
    private final String published;

    Candidates(long[] truth, int[] suppressed, List<SortedSet<Long>> values, String published) {
      this.truth = truth.clone();
      this.suppressed = suppressed.clone();
      this.values = values;
      this.published = published;
    }

    /**
     * Returns the candidate values of each suppressed cell, keyed by cell index.
     *
     * @return an unmodifiable map in the order the cells were given
     */
    public Map<Integer, SortedSet<Long>> byCell() {
      Map<Integer, SortedSet<Long>> map = new LinkedHashMap<>();
      for (int i = 0; i < suppressed.length; i++) {
        map.put(suppressed[i], Collections.unmodifiableSortedSet(values.get(i)));
      }
      return Collections.unmodifiableMap(map);
    }

    /**
     * Asserts the protection rule of {@link Adversary}: every suppressed cell keeps at least two
     * candidates, and if {@code grandTotalPublished}, a cell whose true value is in {@code primary}
     * keeps one above it.
     *
     * @param primary the policy's primary-suppressed range
     * @param grandTotalPublished whether the table's grand total is published
     */
    public void assertProtected(PrimaryRange primary, boolean grandTotalPublished) {
      for (int i = 0; i < suppressed.length; i++) {
        long value = truth[suppressed[i]];
        SortedSet<Long> candidates = values.get(i);
        if (candidates.size() < 2) {
          fail(
              "suppressed cell %d (true value %d) is recovered exactly: its only candidate is %s;"
                  + " input %s, publication:%n%s",
              suppressed[i], value, candidates, Arrays.toString(truth), published);
        }
        boolean small = primary.contains(value);
        if (grandTotalPublished && small && candidates.stream().noneMatch(primary::isAbove)) {
          fail(
              "suppressed cell %d (true value %d) is known to be small: no candidate is above the"
                  + " primary range %s; its candidates are %s; input %s, publication:%n%s",
              suppressed[i], value, primary, candidates, Arrays.toString(truth), published);
        }
      }
    }

    @Override
    public String toString() {
      return "Candidates" + byCell();
    }
  }

  /**
   * Returns the indexes {@code i} with {@code flags[i]}.
   *
   * @param flags one flag per cell
   * @return the indexes, ascending
   */
  public static int[] indexes(boolean... flags) {
    Objects.requireNonNull(flags, "flags");
    int[] result = new int[flags.length];
    int n = 0;
    for (int i = 0; i < flags.length; i++) {
      if (flags[i]) {
        result[n++] = i;
      }
    }
    return Arrays.copyOf(result, n);
  }
}
