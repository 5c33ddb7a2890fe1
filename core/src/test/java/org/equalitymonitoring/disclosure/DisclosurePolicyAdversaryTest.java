package org.equalitymonitoring.disclosure;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * {@link DisclosurePolicy#applyTo} against the {@link Adversary}: for random small tables, an
 * intruder who sees every published count, total and percentage of a controlled table (and knows
 * every unsuppressed count exactly) can neither recover a suppressed count nor tell whether it is
 * below the policy's threshold when the grand total is published.
 */
public class DisclosurePolicyAdversaryTest {
  /** Counts 0–40 with 0–9 about half the time, where suppression happens. */
  static final Gen<Integer> COUNT = integers().between(0, 9).mix(integers().between(0, 40), 50);

  /** Enough shrinking to reach a small counterexample without running for minutes. */
  static final int SHRINK_CYCLES = 60;

  /** One-way tables (a single column) of 2 to 5 counts. */
  static final Gen<long[][]> ONE_WAY =
      lists().of(COUNT).ofSizeBetween(2, 5).map(counts -> rows(counts, 1));

  /** Two-way tables of 2 or 3 rows and 2 columns. */
  static final Gen<long[][]> TWO_WAY =
      integers()
          .between(2, 3)
          .flatMap(rows -> lists().of(COUNT).ofSize(rows * 2))
          .map(counts -> rows(counts, 2));

  public static Stream<DisclosurePolicy> controllingPolicies() {
    return Stream.of(
        DisclosurePolicy.nhsDigital(),
        DisclosurePolicy.threshold10(),
        DisclosurePolicy.roundToFiveFewerThanFive());
  }

  @ParameterizedTest
  @MethodSource("controllingPolicies")
  void oneWayTablesNeverRevealASuppressedCount(DisclosurePolicy policy) {
    check(ONE_WAY, table -> assertProtected(policy, table, Rule.EXACT_VALUE));
  }

  @ParameterizedTest
  @MethodSource("controllingPolicies")
  void oneWayTablesNeverRevealWhetherACountIsSmall(DisclosurePolicy policy) {
    check(ONE_WAY, table -> assertProtected(policy, table, Rule.THRESHOLD_SIDE));
  }

  @ParameterizedTest
  @MethodSource("controllingPolicies")
  void twoWayTablesNeverRevealASuppressedCount(DisclosurePolicy policy) {
    check(TWO_WAY, table -> assertProtected(policy, table, Rule.EXACT_VALUE));
  }

  @Disabled(
      "issue 8, open: in sparse two-way tables the row, column and grand totals can still show"
          + " that a suppressed count is small, though never its value: NHS Digital"
          + " [[13, 0], [0, 2], [8, 0]], threshold 10 [[0, 0], [11, 13], [1, 23]]")
  @ParameterizedTest
  @MethodSource("controllingPolicies")
  void twoWayTablesNeverRevealWhetherACountIsSmall(DisclosurePolicy policy) {
    check(TWO_WAY, table -> assertProtected(policy, table, Rule.THRESHOLD_SIDE));
  }

  /** Which part of the protection rule of {@link Adversary} a property checks. */
  enum Rule {
    /** Every suppressed cell keeps at least two candidates. */
    EXACT_VALUE,
    /** And, with a published grand total, a candidate on the other side of the threshold. */
    THRESHOLD_SIDE
  }

  private static void check(Gen<long[][]> tables, Consumer<long[][]> property) {
    qt().withFixedSeed(8)
        .withExamples(200)
        .withTestingTime(2, TimeUnit.SECONDS)
        .withShrinkCycles(SHRINK_CYCLES)
        .forAll(tables.describedAs(Arrays::deepToString))
        .checkAssert(property);
  }

  private static long[][] rows(List<Integer> counts, int columns) {
    long[][] rows = new long[counts.size() / columns][columns];
    for (int i = 0; i < counts.size(); i++) {
      rows[i / columns][i % columns] = counts.get(i);
    }
    return rows;
  }

  private static void assertProtected(DisclosurePolicy policy, long[][] counts, Rule rule) {
    int columns = counts[0].length;
    long[] truth = Arrays.stream(counts).flatMapToLong(Arrays::stream).toArray();
    DisclosedTable table = policy.applyTo(CountTable.of(counts));
    int rows = table.rowCount();
    boolean[] suppressed = new boolean[truth.length];
    List<Adversary.Sum> sums = new ArrayList<>();
    for (int r = 0; r < rows; r++) {
      int[] row = new int[columns];
      for (int c = 0; c < columns; c++) {
        suppressed[r * columns + c] = table.cell(r, c).isSuppressed();
        row[c] = r * columns + c;
      }
      published(table.rowTotal(r), policy, row).ifPresent(sums::add);
    }
    for (int c = 0; c < columns; c++) {
      int[] column = new int[rows];
      for (int r = 0; r < rows; r++) {
        column[r] = r * columns + c;
      }
      published(table.columnTotal(c), policy, column).ifPresent(sums::add);
    }
    int[] all = new int[truth.length];
    for (int i = 0; i < all.length; i++) {
      all[i] = i;
    }
    published(table.grandTotal(), policy, all).ifPresent(sums::add);
    Function<long[], String> publish = input -> publication(policy.applyTo(table(input, columns)));
    if (rule == Rule.EXACT_VALUE) {
      Adversary.assertNotRecovered(truth, Adversary.indexes(suppressed), publish, sums);
    } else {
      Adversary.assertProtected(
          truth,
          Adversary.indexes(suppressed),
          publish,
          sums,
          Adversary.PrimaryRange.of(policy),
          !table.grandTotal().isSuppressed());
    }
  }

  private static Optional<Adversary.Sum> published(
      PublishedCell total, DisclosurePolicy policy, int... cells) {
    return total.isSuppressed()
        ? Optional.empty()
        : Optional.of(
            Adversary.Sum.published(total.value().getAsLong(), policy.roundingBase(), cells));
  }

  private static CountTable table(long[] cells, int columns) {
    long[][] rows = new long[cells.length / columns][columns];
    for (int i = 0; i < cells.length; i++) {
      rows[i / columns][i % columns] = cells[i];
    }
    return CountTable.of(rows);
  }

  private static PublishedCell entry(DisclosedTable table, int row, int column) {
    if (row == table.rowCount()) {
      return column == table.columnCount() ? table.grandTotal() : table.columnTotal(column);
    }
    return column == table.columnCount() ? table.rowTotal(row) : table.cell(row, column);
  }

  /** Everything published: every entry as displayed, then every share of a row and column total. */
  static String publication(DisclosedTable table) {
    StringBuilder text = new StringBuilder();
    for (int r = 0; r <= table.rowCount(); r++) {
      for (int c = 0; c <= table.columnCount(); c++) {
        text.append(entry(table, r, c).display()).append(' ');
      }
      text.append('\n');
    }
    for (List<List<Share>> shares :
        List.of(Shares.ofRowTotals(table), Shares.ofColumnTotals(table))) {
      for (List<Share> row : shares) {
        for (Share share : row) {
          text.append(
                  share.isAvailable()
                      ? Double.toString(share.fraction().getAsDouble())
                      : share.unavailableReason().get().name())
              .append(' ');
        }
        text.append('\n');
      }
    }
    return text.toString();
  }
}
