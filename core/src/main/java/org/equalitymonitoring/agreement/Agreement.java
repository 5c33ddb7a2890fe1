package org.equalitymonitoring.agreement;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.disclosure.CountTable;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.disclosure.TableEntry;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.equalitymonitoring.stats.Estimate;
import org.equalitymonitoring.stats.WilsonScore;

/**
 * The agreement between two sources for the same people: the square matrix of counts (rows: the
 * first, or reference, source; columns: the second), the overall share in the same category, each
 * category's share and Cohen's kappa.
 *
 * <p>Immutable and thread-safe.
 */
public final class Agreement {
  private final List<String> categories;
  private final long[][] counts;
  private final long[] firstOnly;
  private final long[] rowTotals;
  private final long[] columnTotals;
  private final long total;
  private final ConfidenceLevel confidence;

  private Agreement(
      List<String> categories, long[][] counts, long[] firstOnly, ConfidenceLevel confidence) {
    this.categories = List.copyOf(categories);
    this.counts = counts;
    this.firstOnly = firstOnly;
    this.confidence = confidence;
    int k = categories.size();
    rowTotals = new long[k];
    columnTotals = new long[k];
    long sum = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        rowTotals[i] = Math.addExact(rowTotals[i], counts[i][j]);
        columnTotals[j] = Math.addExact(columnTotals[j], counts[i][j]);
        sum = Math.addExact(sum, counts[i][j]);
      }
    }
    total = sum;
  }

  /**
   * Returns the agreement of a matrix of counts.
   *
   * @param categories the categories of the rows and of the columns, distinct, not null
   * @param counts {@code counts[i][j]}: people in category i in the first source and j in the
   *     second; square, of the size of categories, every count {@code >= 0}; copied
   * @param confidence the level of every interval, not null
   * @return the agreement
   * @throws IllegalArgumentException if the categories repeat or are empty, the matrix is not
   *     square of their size, a count is negative, or every count is 0
   * @throws ArithmeticException if a total overflows a long
   */
  public static Agreement of(List<String> categories, long[][] counts, ConfidenceLevel confidence) {
    return of(categories, counts, null, confidence);
  }

  /**
   * Returns the agreement of a matrix of counts, with the people each category of the first source
   * holds who have no category in the second: a column of the published matrix beside the compared
   * people, so that its row totals are every person with the category in the first source, the
   * counts published elsewhere, and no difference between the two can give back a count the policy
   * suppresses. Shares and kappa are of the compared people only.
   *
   * @param categories the categories of the rows and of the columns, distinct, not null
   * @param counts as {@link #of(List, long[][], ConfidenceLevel)}; copied
   * @param firstOnly {@code firstOnly[i]}: people in category i in the first source with no usable
   *     value in the second; of the size of categories, every count {@code >= 0}; copied
   * @param confidence the level of every interval, not null
   * @return the agreement
   * @throws IllegalArgumentException as {@link #of(List, long[][], ConfidenceLevel)}, or if
   *     firstOnly has the wrong size or a negative count
   */
  public static Agreement withFirstOnly(
      List<String> categories, long[][] counts, long[] firstOnly, ConfidenceLevel confidence) {
    requireNonNull(firstOnly, "firstOnly");
    if (firstOnly.length != requireNonNull(categories, "categories").size()) {
      throw new IllegalArgumentException(
          "firstOnly must have one count per category, got " + firstOnly.length);
    }
    for (long count : firstOnly) {
      if (count < 0) {
        throw new IllegalArgumentException("counts must be >= 0, got " + count);
      }
    }
    return of(categories, counts, firstOnly.clone(), confidence);
  }

  private static Agreement of(
      List<String> categories, long[][] counts, long[] firstOnly, ConfidenceLevel confidence) {
    requireNonNull(categories, "categories");
    requireNonNull(counts, "counts");
    requireNonNull(confidence, "confidence");
    int k = categories.size();
    if (k == 0 || new HashSet<>(categories).size() != k) {
      throw new IllegalArgumentException(
          "categories must be distinct and not empty, got " + categories);
    }
    if (counts.length != k) {
      throw new IllegalArgumentException(
          "counts must have " + k + " rows, one per category, got " + counts.length);
    }
    long[][] copy = new long[k][];
    for (int i = 0; i < k; i++) {
      if (requireNonNull(counts[i], "counts row").length != k) {
        throw new IllegalArgumentException(
            "row " + i + " must have " + k + " counts, got " + counts[i].length);
      }
      copy[i] = counts[i].clone();
      for (long count : copy[i]) {
        if (count < 0) {
          throw new IllegalArgumentException("counts must be >= 0, got " + count);
        }
      }
    }
    Agreement agreement = new Agreement(categories, copy, firstOnly, confidence);
    if (agreement.total == 0) {
      throw new IllegalArgumentException("there are no people to compare: every count is 0");
    }
    return agreement;
  }

  /** Returns the categories of the rows and columns, in order. */
  public List<String> categories() {
    return categories;
  }

  /**
   * Returns the people in one category in the first source and another in the second.
   *
   * @param row the index of the first source's category, {@code 0 <= row < categories().size()}
   * @param column the index of the second source's category
   * @return the count
   * @throws IndexOutOfBoundsException if an index is outside the matrix
   */
  public long count(int row, int column) {
    return counts[row][column];
  }

  /**
   * Returns whether the people with a category in the first source and none in the second were
   * counted ({@link #withFirstOnly}).
   */
  public boolean countsFirstOnly() {
    return firstOnly != null;
  }

  /**
   * Returns the people in a category in the first source with no usable value in the second.
   *
   * @param row the index of the first source's category
   * @return the count, 0 unless {@link #countsFirstOnly()}
   * @throws IndexOutOfBoundsException if the index is outside the matrix
   */
  public long firstOnly(int row) {
    Objects.checkIndex(row, categories.size());
    return firstOnly == null ? 0 : firstOnly[row];
  }

  /** Returns the people compared: the sum of the matrix. */
  public long total() {
    return total;
  }

  /** Returns the confidence level of the intervals. */
  public ConfidenceLevel confidence() {
    return confidence;
  }

  /** Returns the people in the same category in both sources: the sum of the diagonal. */
  public long agreeing() {
    long sum = 0;
    for (int i = 0; i < categories.size(); i++) {
      sum += counts[i][i];
    }
    return sum;
  }

  /**
   * Returns the share of people in the same category in both sources, the observed agreement {@code
   * p_o = Σ n_ii / n}, with its Wilson score interval.
   */
  public Estimate observed() {
    return WilsonScore.proportion(agreeing(), total, confidence);
  }

  /**
   * Returns each category's agreement, in category order: of the people the first source puts in
   * the category, the share the second source puts there too.
   */
  public List<CategoryAgreement> byCategory() {
    List<CategoryAgreement> result = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      Optional<Estimate> share =
          rowTotals[i] == 0
              ? Optional.empty()
              : Optional.of(WilsonScore.proportion(counts[i][i], rowTotals[i], confidence));
      result.add(
          new CategoryAgreement(
              categories.get(i), rowTotals[i], columnTotals[i], counts[i][i], share));
    }
    return result;
  }

  /**
   * Returns Cohen's kappa with its large-sample standard error and interval ({@link Kappa}).
   *
   * @return kappa; empty if the agreement expected by chance is 1 (both sources put everyone in one
   *     and the same category), where kappa is undefined
   */
  public Optional<Kappa> kappa() {
    int k = categories.size();
    double n = total;
    double observed = agreeing() / n;
    double expected = 0;
    for (int i = 0; i < k; i++) {
      expected += (rowTotals[i] / n) * (columnTotals[i] / n);
    }
    if (expected >= 1) {
      return Optional.empty();
    }
    double kappa = (observed - expected) / (1 - expected);
    // Fleiss, Cohen & Everitt (1969): var = (A + B - C) / (n (1 - p_e)^2)
    double a = 0;
    double b = 0;
    for (int i = 0; i < k; i++) {
      double rowI = rowTotals[i] / n;
      double columnI = columnTotals[i] / n;
      for (int j = 0; j < k; j++) {
        double p = counts[i][j] / n;
        if (i == j) {
          double term = 1 - (rowI + columnI) * (1 - kappa);
          a += p * term * term;
        } else {
          double sum = columnI + rowTotals[j] / n;
          b += p * sum * sum;
        }
      }
    }
    b *= (1 - kappa) * (1 - kappa);
    double c = kappa - expected * (1 - kappa);
    c *= c;
    double variance = Math.max(0, (a + b - c) / (n * (1 - expected) * (1 - expected)));
    return Optional.of(Kappa.of(kappa, observed, expected, Math.sqrt(variance), confidence));
  }

  /**
   * Returns the agreement as a disclosure policy lets it be published: the matrix and its totals
   * through the policy (with secondary suppression), shares and kappa from the published counts.
   *
   * @param policy the disclosure policy, not null
   * @return the published agreement
   */
  public PublishedAgreement disclose(DisclosurePolicy policy) {
    return disclose(policy, Set.of());
  }

  /**
   * Returns the agreement as it may be published beside tables that withhold some categories'
   * counts: as {@link #disclose(DisclosurePolicy)}, with the row totals of the given categories
   * suppressed too before secondary suppression. When {@link #countsFirstOnly()}, the published
   * matrix has one more column, the people with no usable value in the second source, so that its
   * row totals are each category's people in the first source.
   *
   * @param policy the disclosure policy, not null
   * @param withheld categories whose counts are withheld elsewhere; others are ignored; not null
   * @return the published agreement
   */
  public PublishedAgreement disclose(DisclosurePolicy policy, Set<String> withheld) {
    requireNonNull(policy, "policy");
    requireNonNull(withheld, "withheld");
    int k = categories.size();
    long[][] table = new long[k][];
    Set<TableEntry> also = new HashSet<>();
    for (int i = 0; i < k; i++) {
      table[i] = Arrays.copyOf(counts[i], firstOnly == null ? k : k + 1);
      if (firstOnly != null) {
        table[i][k] = firstOnly[i];
      }
      if (withheld.contains(categories.get(i))) {
        also.add(TableEntry.rowTotal(i));
      }
    }
    return PublishedAgreement.of(this, policy.applyTo(CountTable.of(table), also));
  }
}
