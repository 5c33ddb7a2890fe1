package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Recognition;

/**
 * The share of known records in one "Any other ... background" category. Too many records in "Other
 * X" is a known quality problem (USERS-AND-METRICS.md §1.3: too many in Other Asian vs Bangladeshi,
 * Other Black vs African). Immutable.
 */
public final class OtherCategoryShare {
  private final Category category;
  private final long count;
  private final long known;

  private OtherCategoryShare(Category category, long count, long known) {
    this.category = category;
    this.count = count;
    this.known = known;
  }

  /**
   * Returns the share of each OTHER-kind category among the known records, largest first.
   *
   * @param counts the records of a unit or of all units
   * @return one share per OTHER category present (empty if there is none or no known record)
   */
  public static List<OtherCategoryShare> of(RecognitionCounts counts) {
    requireNonNull(counts, "counts");
    long known = counts.complete(CompletenessDefinition.KNOWN);
    Map<Category, Long> others = new HashMap<>();
    for (Map.Entry<Recognition, Long> entry : counts.byRecognition().entrySet()) {
      Recognition recognition = entry.getKey();
      if (CompletenessDefinition.KNOWN.isComplete(recognition)
          && recognition.category().orElseThrow().kind() == CategoryKind.OTHER) {
        others.merge(recognition.category().get(), entry.getValue(), Long::sum);
      }
    }
    List<OtherCategoryShare> result = new ArrayList<>();
    others.forEach((category, count) -> result.add(new OtherCategoryShare(category, count, known)));
    result.sort(
        Comparator.comparingLong(OtherCategoryShare::count)
            .reversed()
            .thenComparing(share -> share.category.code()));
    return result;
  }

  /** Returns the "Any other" category. */
  public Category category() {
    return category;
  }

  /** Returns the records in the category. */
  public long count() {
    return count;
  }

  /** Returns the known records of the unit, the denominator of the share. */
  public long known() {
    return known;
  }

  /** Returns {@code count / known} as a fraction. */
  public double share() {
    return (double) count / known;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OtherCategoryShare
        && category.equals(((OtherCategoryShare) other).category)
        && count == ((OtherCategoryShare) other).count
        && known == ((OtherCategoryShare) other).known;
  }

  @Override
  public int hashCode() {
    return Objects.hash(category, count, known);
  }

  @Override
  public String toString() {
    return category.code() + " " + count + "/" + known;
  }
}
