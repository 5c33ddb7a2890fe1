package org.equalitymonitoring.disclosure;

/**
 * The primary rule of a policy for a single count: suppress it if it lies in a closed range of
 * small counts, otherwise publish it rounded to the nearest multiple of a base.
 *
 * <p>Package-private helper of {@link DisclosurePolicy}; immutable.
 */
final class CellRule {
  private final long suppressFrom;
  private final long suppressTo;
  private final long roundingBase;

  /**
   * @param suppressFrom smallest suppressed count
   * @param suppressTo largest suppressed count; below {@code suppressFrom} for no suppression
   * @param roundingBase 1 for no rounding, otherwise an odd base (so that no count is a tie)
   */
  CellRule(long suppressFrom, long suppressTo, long roundingBase) {
    if (roundingBase < 1 || (roundingBase > 1 && roundingBase % 2 == 0)) {
      throw new IllegalArgumentException(
          "rounding base is " + roundingBase + ": it must be 1 or an odd number above 1");
    }
    this.suppressFrom = suppressFrom;
    this.suppressTo = suppressTo;
    this.roundingBase = roundingBase;
  }

  static CellRule noControl() {
    return new CellRule(1, 0, 1);
  }

  boolean suppresses(long count) {
    return count >= suppressFrom && count <= suppressTo;
  }

  /** The smallest suppressed count, 0 or 1 for the built-in rules. */
  long smallestSuppressed() {
    return suppressFrom;
  }

  boolean suppressesAnything() {
    return suppressFrom <= suppressTo;
  }

  long roundingBase() {
    return roundingBase;
  }

  /**
   * The smallest sum of suppressed entries that may be worked out from a line and its published
   * total: one above the largest suppressed count, so that the sum is not itself a small count.
   */
  long smallestSafeSum() {
    return suppressesAnything() ? suppressTo + 1 : 0;
  }

  /** The published entry for {@code count} before any secondary suppression. */
  PublishedCell apply(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("count is " + count + ": counts must be non-negative");
    }
    if (suppresses(count)) {
      return PublishedCell.suppressed(SuppressionReason.PRIMARY, DisclosurePolicy.SYMBOL);
    }
    return PublishedCell.published(round(count, roundingBase));
  }

  /**
   * Rounds {@code count} to the nearest multiple of an odd {@code base} (no ties are possible);
   * with base 5, remainders 1 and 2 round down and 3 and 4 round up, so 26 → 25 and 8 → 10.
   */
  static long round(long count, long base) {
    long remainder = count % base;
    if (remainder * 2 < base) {
      return count - remainder;
    }
    return Math.addExact(count - remainder, base);
  }
}
