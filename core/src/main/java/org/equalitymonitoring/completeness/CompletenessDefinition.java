package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionStatus;

/**
 * What counts as a complete ethnicity record.
 *
 * <p>NHS Digital's Ethnic Category Coverage MI counts as unknown {@code Z}, {@code X}, {@code 99},
 * {@code 9} and blanks (USERS-AND-METRICS.md §1.2), which is {@link #KNOWN}. Where "Not stated" is
 * accepted because the person was asked (NHS Data Dictionary, Change Request 406), use {@link
 * #VALID}.
 */
public enum CompletenessDefinition {
  /**
   * A selectable category that identifies an ethnic group (status CODED). Not stated, not known,
   * missing, unrecognised, ambiguous values, headings and broad-group terms are incomplete.
   */
  KNOWN,
  /** As {@link #KNOWN}, and also "Not stated": the person was asked and declined. */
  VALID;

  /**
   * Returns whether a recognised value is complete under this definition: its status is CODED, or,
   * for VALID, NOT_STATED. So the complete count of a tally is always its CODED count (plus its
   * NOT_STATED count for VALID), and the counts by status add up to the records.
   *
   * @param recognition the recognition of one record, not null
   * @return true if complete
   */
  public boolean isComplete(Recognition recognition) {
    requireNonNull(recognition, "recognition");
    RecognitionStatus status = recognition.status();
    return status == RecognitionStatus.CODED
        || (this == VALID && status == RecognitionStatus.NOT_STATED);
  }

  /**
   * Returns the definition named in lower or upper case ({@code known}, {@code valid}).
   *
   * @param name the name
   * @return the definition
   * @throws IllegalArgumentException if the name is neither, quoting it
   */
  public static CompletenessDefinition parse(String name) {
    requireNonNull(name, "name");
    for (CompletenessDefinition definition : values()) {
      if (definition.name().equals(name.strip().toUpperCase(Locale.ROOT))) {
        return definition;
      }
    }
    throw new IllegalArgumentException(
        "completeness definition must be 'known' or 'valid', got '" + name + "'");
  }

  /** Returns the lower-case name used in reports, {@code known} or {@code valid}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}
