package org.equalitymonitoring.resolution;

/** The rule that decided a {@link Resolution}, for audit. */
public enum ResolutionRule {
  /** Every known record has the same code, so no strategy was needed. */
  ONLY_KNOWN_CODE,
  /** The most recent known records agree ({@link ResolutionStrategy#LATEST}). */
  LATEST,
  /** One code is recorded more often than any other ({@link ResolutionStrategy#MOST_FREQUENT}). */
  MOST_FREQUENT,
  /**
   * The known records of the highest-priority source agree ({@link
   * ResolutionStrategy#SOURCE_PRIORITY}).
   */
  HIGHEST_PRIORITY_SOURCE,
  /** The strategy left a tie that {@link TieRule#SOURCE_PRIORITY} broke. */
  TIE_BROKEN_BY_SOURCE_PRIORITY,
  /** The strategy left a tie that {@link TieRule#LATEST} broke. */
  TIE_BROKEN_BY_LATEST,
  /** The strategy left a tie that {@link TieRule#LEXICALLY_GREATEST} broke. */
  TIE_BROKEN_LEXICALLY,
  /** The tie rules left more than one code (or said {@link TieRule#NULL}): no code. */
  TIE_UNRESOLVED,
  /** The person has no known record among the sources considered: no code. */
  NO_KNOWN_RECORD,
  /** {@link ResolutionStrategy#FILL_IF_MISSING}: the primary policy chose the code. */
  PRIMARY_SOURCE,
  /**
   * {@link ResolutionStrategy#FILL_IF_MISSING}: the primary policy chose no code and the fallback
   * policy chose this one.
   */
  FILLED_FROM_SECONDARY;

  /**
   * Returns whether a resolution decided by this rule has a code.
   *
   * @return false for {@link #TIE_UNRESOLVED} and {@link #NO_KNOWN_RECORD}, true otherwise
   */
  public boolean givesCode() {
    return this != TIE_UNRESOLVED && this != NO_KNOWN_RECORD;
  }
}
