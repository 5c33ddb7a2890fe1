package org.equalitymonitoring.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.stats.Estimate;
import org.equalitymonitoring.stats.WilsonScore;

/**
 * An {@link Agreement} as a disclosure policy lets it be published: the matrix with its totals
 * after primary and secondary suppression, and the shares and kappa computed from the published
 * counts only, so that no statistic gives back a suppressed or rounded count. When the agreement
 * {@linkplain Agreement#countsFirstOnly() counts} the people with no usable value in the second
 * source, the matrix has a last column of them, so its row totals are every person with the
 * category in the first source; shares and kappa are always of the compared people, from the
 * published cells of both sources' categories only. Kappa is withheld when any of those cells is
 * suppressed; a category's share when its diagonal cell or its compared people are. Immutable.
 */
public final class PublishedAgreement {
  private final List<String> categories;
  private final DisclosedTable matrix;
  private final List<Optional<Estimate>> shares;
  private final Optional<Estimate> observed;
  private final Optional<Kappa> kappa;

  private PublishedAgreement(
      List<String> categories,
      DisclosedTable matrix,
      List<Optional<Estimate>> shares,
      Optional<Estimate> observed,
      Optional<Kappa> kappa) {
    this.categories = categories;
    this.matrix = matrix;
    this.shares = List.copyOf(shares);
    this.observed = observed;
    this.kappa = kappa;
  }

  static PublishedAgreement of(Agreement exact, DisclosedTable matrix) {
    int k = exact.categories().size();
    long[][] published = new long[k][k];
    boolean complete = true;
    long sum = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        PublishedCell cell = matrix.cell(i, j);
        complete &= cell.value().isPresent();
        published[i][j] = cell.value().orElse(0);
        sum += published[i][j];
      }
    }
    if (complete && sum > 0) {
      Agreement fromPublished = Agreement.of(exact.categories(), published, exact.confidence());
      List<Optional<Estimate>> shares = new ArrayList<>();
      fromPublished.byCategory().forEach(category -> shares.add(category.share()));
      return new PublishedAgreement(
          exact.categories(),
          matrix,
          shares,
          Optional.of(fromPublished.observed()),
          fromPublished.kappa());
    }
    List<Optional<Estimate>> shares = new ArrayList<>();
    for (int i = 0; i < k; i++) {
      shares.add(share(matrix.cell(i, i), compared(matrix, k, i), exact));
    }
    return new PublishedAgreement(
        exact.categories(), matrix, shares, Optional.empty(), Optional.empty());
  }

  /** The compared people of a row (or of all rows, -1): its total less its first-only cell. */
  private static OptionalLong compared(DisclosedTable matrix, int k, int row) {
    PublishedCell total = row < 0 ? matrix.grandTotal() : matrix.rowTotal(row);
    if (matrix.columnCount() == k || total.value().isEmpty()) {
      return total.value();
    }
    PublishedCell firstOnly = row < 0 ? matrix.columnTotal(k) : matrix.cell(row, k);
    return firstOnly.value().isEmpty()
        ? OptionalLong.empty()
        : OptionalLong.of(total.value().getAsLong() - firstOnly.value().getAsLong());
  }

  private static Optional<Estimate> share(PublishedCell both, OptionalLong first, Agreement exact) {
    if (both.value().isEmpty()
        || first.isEmpty()
        || first.getAsLong() <= 0
        || both.value().getAsLong() > first.getAsLong()) {
      return Optional.empty();
    }
    return Optional.of(
        WilsonScore.proportion(both.value().getAsLong(), first.getAsLong(), exact.confidence()));
  }

  /** Returns the categories of the rows and columns, in order. */
  public List<String> categories() {
    return categories;
  }

  /**
   * Returns whether the matrix has a last column of the people with no usable value in the second
   * source.
   */
  public boolean countsFirstOnly() {
    return matrix.columnCount() > categories.size();
  }

  /**
   * Returns the people compared, with a category in both sources, from the published totals; empty
   * if a total it is worked out from is suppressed.
   */
  public OptionalLong compared() {
    return compared(matrix, categories.size(), -1);
  }

  /**
   * Returns the matrix with its row, column and grand totals, as published: one row and one column
   * per category, then, if {@link #countsFirstOnly()}, the column of people with no usable value in
   * the second source.
   */
  public DisclosedTable matrix() {
    return matrix;
  }

  /**
   * Returns each category's share (diagonal over row total) from the published counts, in category
   * order; empty where either is suppressed or the row total is 0.
   */
  public List<Optional<Estimate>> shares() {
    return shares;
  }

  /** Returns the observed agreement from the published counts; empty if any cell is suppressed. */
  public Optional<Estimate> observed() {
    return observed;
  }

  /**
   * Returns kappa from the published counts; empty if any cell is suppressed or it is undefined.
   */
  public Optional<Kappa> kappa() {
    return kappa;
  }
}
