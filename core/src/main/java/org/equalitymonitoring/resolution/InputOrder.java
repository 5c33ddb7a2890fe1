package org.equalitymonitoring.resolution;

/**
 * What a caller promises about the order of a stream of records given to {@link
 * ResolutionPolicy#resolveEach}. Both promise that each person's records are contiguous; how much
 * of a broken promise is detected differs.
 */
public enum InputOrder {
  /**
   * Records are sorted by person key in ascending {@link String#compareTo} order (for example by
   * {@code ORDER BY person_key} in SQL with a binary collation). Every violation is detected, with
   * constant memory: a key that sorts before the previous one.
   */
  SORTED_BY_PERSON_KEY,
  /**
   * Records are grouped by person key in any order of persons. A key that reappears within {@link
   * #GROUPED_CHECK_WINDOW} persons of its group is detected; a key that reappears later is not, and
   * then gives a second resolution for the same person.
   */
  GROUPED_BY_PERSON_KEY;

  /** How many recently finished person keys {@link #GROUPED_BY_PERSON_KEY} remembers. */
  public static final int GROUPED_CHECK_WINDOW = 1024;
}
