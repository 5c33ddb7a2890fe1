package org.equalitymonitoring.agreement;

import java.util.Optional;
import org.equalitymonitoring.stats.Estimate;

/**
 * One category's agreement: of the people the first source puts in the category, how many the
 * second source puts there too, and that share with its Wilson score interval. Immutable.
 */
public final class CategoryAgreement {
  private final String category;
  private final long first;
  private final long second;
  private final long both;
  private final Optional<Estimate> share;

  CategoryAgreement(String category, long first, long second, long both, Optional<Estimate> share) {
    this.category = category;
    this.first = first;
    this.second = second;
    this.both = both;
    this.share = share;
  }

  /** Returns the category. */
  public String category() {
    return category;
  }

  /** Returns the people the first source puts in the category: the row total. */
  public long first() {
    return first;
  }

  /** Returns the people the second source puts in the category: the column total. */
  public long second() {
    return second;
  }

  /** Returns the people both sources put in the category: the diagonal cell. */
  public long both() {
    return both;
  }

  /**
   * Returns {@code both / first} with its Wilson score interval (Newcombe &amp; Altman 2000), or
   * empty when the first source puts nobody in the category.
   */
  public Optional<Estimate> share() {
    return share;
  }

  @Override
  public String toString() {
    return "CategoryAgreement{" + category + ": " + both + " of " + first + "}";
  }
}
