package org.equalitymonitoring.completeness;

/**
 * The five-way split of data-quality dashboards (NHS Digital's VODIM: valid, other, default,
 * invalid, missing; SCHEMES.md §1.4). How "Not stated" and "Not known" fall is set by {@link
 * QualityBuckets}, since published pipelines differ.
 */
public enum QualityBucket {
  /** A valid code that identifies an ethnic group. */
  VALID,
  /** A valid code that is not an ethnic group, such as Z "Not stated" by default. */
  OTHER,
  /** The data item's default code, such as 99 "Not known". */
  DEFAULT,
  /**
   * A value that is not a valid code: unrecognised, ambiguous, a legacy value, a heading or a
   * broad-group term.
   */
  INVALID,
  /** Null or blank. */
  MISSING
}
