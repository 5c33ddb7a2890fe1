package org.equalitymonitoring.coding;

/** Which rule recognised a raw value, from the most to the least exact. */
public enum RecognitionRule {
  /** The value is a code of the scheme as published. */
  CODE,
  /** The value is a code once case is ignored and surrounding white space removed. */
  CODE_IGNORING_CASE_AND_SPACE,
  /** The value is a legacy value of the scheme, such as HES {@code X}. */
  LEGACY_VALUE,
  /** The value is a category's display label, ignoring case, spacing and punctuation. */
  LABEL,
  /**
   * The value is one of a category's alternative labels, ignoring case, spacing and punctuation.
   */
  ALTERNATIVE_LABEL,
  /** The value is a synonym supplied to the recogniser. */
  SYNONYM,
  /** The value is a broad-group term supplied to the recogniser, such as "BAME" (BROAD_GROUP). */
  BROAD_GROUP_TERM,
  /**
   * The value is an unknown two-character code whose first character is a national code (the NHS
   * ETHNIC CATEGORY an2 rule: the second character is local).
   */
  NATIONAL_CODE_PREFIX,
  /** The value is a code of another scheme, translated through a crosswalk to one category. */
  CROSSWALK,
  /** The value is a code of another scheme that the crosswalk leaves without a target. */
  CROSSWALK_UNMATCHED,
  /** The value is null, empty or white space. */
  BLANK,
  /** No rule matched. */
  NONE
}
