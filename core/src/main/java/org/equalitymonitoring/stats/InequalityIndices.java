package org.equalitymonitoring.stats;

import java.util.Objects;

/**
 * The slope and relative indices of inequality with their simulated confidence intervals, and the
 * seed that reproduces them; see {@link SlopeIndexOfInequality#intervals}. Immutable and
 * thread-safe.
 */
public final class InequalityIndices {

  private final Estimate slopeIndex;
  private final Estimate relativeIndex;
  private final long seed;

  private InequalityIndices(Estimate slopeIndex, Estimate relativeIndex, long seed) {
    this.slopeIndex = slopeIndex;
    this.relativeIndex = relativeIndex;
    this.seed = seed;
  }

  static InequalityIndices of(Estimate slopeIndex, Estimate relativeIndex, long seed) {
    return new InequalityIndices(slopeIndex, relativeIndex, seed);
  }

  /**
   * Returns the SII with its interval.
   *
   * @return the estimate; its method names the number of repetitions
   */
  public Estimate slopeIndex() {
    return slopeIndex;
  }

  /**
   * Returns the RII with its interval.
   *
   * @return the estimate; its method names the number of repetitions
   */
  public Estimate relativeIndex() {
    return relativeIndex;
  }

  /**
   * Returns the seed of the simulation.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof InequalityIndices)) {
      return false;
    }
    InequalityIndices other = (InequalityIndices) o;
    return seed == other.seed
        && slopeIndex.equals(other.slopeIndex)
        && relativeIndex.equals(other.relativeIndex);
  }

  @Override
  public int hashCode() {
    return Objects.hash(slopeIndex, relativeIndex, seed);
  }

  @Override
  public String toString() {
    return "InequalityIndices[sii="
        + slopeIndex
        + ", rii="
        + relativeIndex
        + ", seed="
        + seed
        + "]";
  }
}
