package org.equalitymonitoring.resolution;

/**
 * A rule that narrows the records still in contention when a strategy leaves more than one known
 * code. A policy applies its tie rules in order until one code remains; if none remains decisive,
 * the result is {@link ResolutionRule#TIE_UNRESOLVED} with no code.
 */
public enum TieRule {
  /** Stop: a tie gives no code (GDPPR recency and modal methods). */
  NULL,
  /**
   * Keep the records of the highest-priority source among those in contention; sources missing from
   * the policy's priority list rank below every listed source.
   */
  SOURCE_PRIORITY,
  /**
   * Keep the most recent records among those in contention (the "mode, ties broken by most recent"
   * rule of {@code aurumpipeline::add_ethnicity}).
   */
  LATEST,
  /**
   * Keep the greatest code in {@link String#compareTo} order (ehrQL {@code ethnicity_from_sus}).
   */
  LEXICALLY_GREATEST
}
