package org.equalitymonitoring.coding;

/** What recognising a raw recorded value found. */
public enum RecognitionStatus {
  /** A category that identifies an ethnic group (kind SUBSTANTIVE or OTHER). */
  CODED,
  /** Asked and declined: a NOT_STATED category or legacy value. */
  NOT_STATED,
  /** Not known or not asked: a NOT_KNOWN category or legacy value such as HES {@code X}. */
  NOT_KNOWN,
  /** Null, empty or only white space. */
  MISSING,
  /** Not a code, label, synonym or legacy value of the scheme. */
  UNRECOGNISED,
  /** Matches the labels of more than one category; the candidates are given. */
  AMBIGUOUS;

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
