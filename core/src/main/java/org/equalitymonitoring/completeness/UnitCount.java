package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/** A pre-aggregated count for one unit: records complete and records in total. Immutable. */
public final class UnitCount {
  private final String unit;
  private final long complete;
  private final long total;

  private UnitCount(String unit, long complete, long total) {
    this.unit = unit;
    this.complete = complete;
    this.total = total;
  }

  /**
   * Returns a count.
   *
   * @param unit the unit, not null
   * @param complete records complete, {@code 0 <= complete <= total}
   * @param total records in total, at least 1
   * @return the count
   * @throws IllegalArgumentException if the counts are out of range, quoting them
   */
  public static UnitCount of(String unit, long complete, long total) {
    requireNonNull(unit, "unit");
    if (total < 1) {
      throw new IllegalArgumentException(
          "total must be at least 1, got " + total + " for unit '" + unit + "'");
    }
    if (complete < 0 || complete > total) {
      throw new IllegalArgumentException(
          "complete must be between 0 and total, got complete="
              + complete
              + ", total="
              + total
              + " for unit '"
              + unit
              + "'");
    }
    return new UnitCount(unit, complete, total);
  }

  /** Returns the unit. */
  public String unit() {
    return unit;
  }

  /** Returns the records complete. */
  public long complete() {
    return complete;
  }

  /** Returns the records in total. */
  public long total() {
    return total;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof UnitCount
        && unit.equals(((UnitCount) other).unit)
        && complete == ((UnitCount) other).complete
        && total == ((UnitCount) other).total;
  }

  @Override
  public int hashCode() {
    return Objects.hash(unit, complete, total);
  }

  @Override
  public String toString() {
    return unit + ": " + complete + "/" + total;
  }
}
