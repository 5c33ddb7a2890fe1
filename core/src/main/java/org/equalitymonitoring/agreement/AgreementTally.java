package org.equalitymonitoring.agreement;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * Counts pairs of categories, one from each of two sources for the same person, for an {@link
 * Agreement}. Memory grows with the number of distinct pairs (at most the square of the number of
 * categories), never with the number of people. Mutable and not thread-safe; tallies {@link
 * #merge}, so partitions of a stream may be counted apart and combined.
 */
public final class AgreementTally {
  private final Map<String, Map<String, long[]>> byLeft = new HashMap<>();
  private final Map<String, long[]> firstOnly = new HashMap<>();

  private AgreementTally() {}

  /** Returns an empty tally. */
  public static AgreementTally create() {
    return new AgreementTally();
  }

  /**
   * Counts one person.
   *
   * @param left the category in the first source (the reference, for the per-category shares), not
   *     null
   * @param right the category in the second source, not null
   * @return this tally
   */
  public AgreementTally add(String left, String right) {
    return add(left, right, 1);
  }

  /**
   * Counts one person with a category in the first source and no usable value in the second (blank,
   * not recognised, or not a category).
   *
   * @param left the category in the first source, not null
   * @return this tally
   */
  public AgreementTally addFirstOnly(String left) {
    return addFirstOnly(left, 1);
  }

  /**
   * Counts people with the same category in the first source and no usable value in the second, as
   * many calls of {@link #addFirstOnly(String)}.
   *
   * @param left the category in the first source, not null
   * @param count how many people, {@code >= 0}
   * @return this tally
   * @throws IllegalArgumentException if the count is negative
   */
  public AgreementTally addFirstOnly(String left, long count) {
    requireNonNull(left, "left");
    if (requireCount(count) > 0) {
      firstOnly.computeIfAbsent(left, l -> new long[1])[0] += count;
    }
    return this;
  }

  /**
   * Counts people with the same pair of categories, as many calls of {@link #add(String, String)}.
   *
   * @param left the category in the first source, not null
   * @param right the category in the second source, not null
   * @param count how many people, {@code >= 0}
   * @return this tally
   * @throws IllegalArgumentException if the count is negative
   */
  public AgreementTally add(String left, String right, long count) {
    requireNonNull(left, "left");
    requireNonNull(right, "right");
    if (requireCount(count) == 0) {
      return this;
    }
    Map<String, long[]> row = byLeft.get(left);
    if (row == null) {
      row = new HashMap<>();
      byLeft.put(left, row);
    }
    long[] cell = row.get(right);
    if (cell == null) {
      row.put(right, new long[] {count});
    } else {
      cell[0] += count;
    }
    return this;
  }

  private static long requireCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count is at least 0, got " + count);
    }
    return count;
  }

  /**
   * Adds every count of another tally; the other is unchanged.
   *
   * @param other another tally, not null
   * @return this tally
   */
  public AgreementTally merge(AgreementTally other) {
    requireNonNull(other, "other");
    other.byLeft.forEach((left, row) -> row.forEach((right, count) -> add(left, right, count[0])));
    other.firstOnly.forEach(
        (left, count) -> firstOnly.computeIfAbsent(left, l -> new long[1])[0] += count[0]);
    return this;
  }

  /**
   * Returns the agreement of the pairs counted so far, with the people counted {@linkplain
   * #addFirstOnly first only} ({@link Agreement#withFirstOnly}).
   *
   * @param order categories to list first, in this order; the others seen follow, sorted; not null
   * @param confidence the level of every interval, not null
   * @return the agreement
   * @throws IllegalArgumentException if no pair has been counted
   */
  public Agreement result(List<String> order, ConfidenceLevel confidence) {
    requireNonNull(order, "order");
    requireNonNull(confidence, "confidence");
    Set<String> seen = new TreeSet<>(byLeft.keySet());
    seen.addAll(firstOnly.keySet());
    byLeft.values().forEach(row -> seen.addAll(row.keySet()));
    Set<String> categories = new LinkedHashSet<>();
    for (String category : order) {
      if (seen.contains(category)) {
        categories.add(category);
      }
    }
    categories.addAll(seen);
    List<String> list = new ArrayList<>(categories);
    long[][] counts = new long[list.size()][list.size()];
    long[] first = new long[list.size()];
    for (int i = 0; i < list.size(); i++) {
      first[i] = firstOnly.getOrDefault(list.get(i), new long[1])[0];
      Map<String, long[]> row = byLeft.getOrDefault(list.get(i), Map.of());
      for (int j = 0; j < list.size(); j++) {
        long[] cell = row.get(list.get(j));
        counts[i][j] = cell == null ? 0 : cell[0];
      }
    }
    return Agreement.withFirstOnly(list, counts, first, confidence);
  }
}
