package org.equalitymonitoring.coding;

/**
 * What recognising a raw recorded value found. Every recognition has exactly one status, so counts
 * by status add up to the records; of these, only CODED (and, where the definition accepts it,
 * NOT_STATED) can be complete.
 */
public enum RecognitionStatus {
  /** A selectable category that identifies an ethnic group (kind SUBSTANTIVE or OTHER). */
  CODED,
  /**
   * A heading: a category that groups others and cannot itself be chosen (not {@linkplain
   * Category#selectable() selectable}), such as "Mixed". It names a broad group, not an ethnic
   * category, so it is never complete.
   */
  HEADING,
  /** Asked and declined: a NOT_STATED category or legacy value. */
  NOT_STATED,
  /** Not known or not asked: a NOT_KNOWN category or legacy value such as HES {@code X}. */
  NOT_KNOWN,
  /** Null, empty or only white space. */
  MISSING,
  /** Not a code, label, synonym or legacy value of the scheme. */
  UNRECOGNISED,
  /** Matches the labels of more than one category; the candidates are given. */
  AMBIGUOUS,
  /**
   * A term for a broad group or aggregate that spans several categories of the scheme and is not a
   * category or heading of it, such as "BAME", "BME" or "ethnic minorities" (a broad-group term
   * supplied to the recogniser). The record says something about the person but names no ethnic
   * category, so it is never complete; it is neither unrecognised junk nor coded.
   */
  BROAD_GROUP;

  /** Returns the status of a recognised category: HEADING if it cannot be chosen, else by kind. */
  static RecognitionStatus of(Category category) {
    if (!category.selectable()) {
      return HEADING;
    }
    return of(category.kind());
  }

  static RecognitionStatus of(CategoryKind kind) {
    switch (kind) {
      case NOT_STATED:
        return NOT_STATED;
      case NOT_KNOWN:
        return NOT_KNOWN;
      default:
        return CODED;
    }
  }
}
