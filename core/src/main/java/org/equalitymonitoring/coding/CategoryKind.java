package org.equalitymonitoring.coding;

/**
 * What a category says about a person's ethnicity.
 *
 * <p>The NHS Data Dictionary separates a person who was asked and declined ({@code Z} Not stated)
 * from one whose ethnicity is not known ({@code 99}, the default code); see NHS Data Dictionary
 * ETHNIC CATEGORY and Change Request 406. Consumers decide which kinds count as complete.
 */
public enum CategoryKind {
  /** A specific ethnic group or background, such as "White - British". */
  SUBSTANTIVE,
  /** A catch-all such as "Any other White background" or "Any other ethnic group". */
  OTHER,
  /** The person was asked and chose not to state it (NHS {@code Z}, SNOMED CT "refused"). */
  NOT_STATED,
  /** Not known or not asked (NHS {@code 99}, HES {@code X}, legacy {@code 9}). */
  NOT_KNOWN;

  /**
   * Returns whether a category of this kind identifies an ethnic group, that is {@link
   * #SUBSTANTIVE} or {@link #OTHER}.
   *
   * @return true for SUBSTANTIVE and OTHER
   */
  public boolean isKnown() {
    return this == SUBSTANTIVE || this == OTHER;
  }
}
