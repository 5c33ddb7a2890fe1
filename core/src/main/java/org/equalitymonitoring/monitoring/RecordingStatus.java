package org.equalitymonitoring.monitoring;

import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.RecognitionCounts;

/**
 * How a record's ethnicity was recorded, as a published table counts it: one recognition status.
 */
public enum RecordingStatus {
  /** An ethnic category was recorded. */
  CODED("Coded"),
  /** A heading (such as Mixed) was recorded, not a category. */
  HEADING("Coded to a heading"),
  /** The person was asked and did not state an ethnicity. */
  NOT_STATED("Not stated"),
  /** The ethnicity is not known. */
  NOT_KNOWN("Not known"),
  /** Nothing was recorded. */
  MISSING("Missing"),
  /** The value is not a code or label of the scheme. */
  UNRECOGNISED("Unrecognised"),
  /** The value names more than one category. */
  AMBIGUOUS("Ambiguous"),
  /** A broad-group term (such as BAME) was recorded. */
  BROAD_GROUP("Broad group, not an ethnic category");

  private final String label;

  RecordingStatus(String label) {
    this.label = label;
  }

  /** Returns the status's label for a reader, such as "Coded to a heading". */
  public String label() {
    return label;
  }

  /**
   * Returns the records of a unit with this status.
   *
   * @param unit the unit's counts, not null
   * @return the count, 0 or more
   */
  public long count(RecognitionCounts unit) {
    return unit.byStatus().get(RecognitionStatus.valueOf(name()));
  }

  /**
   * Returns whether a record with this status is complete under a definition: {@link #CODED}
   * always, {@link #NOT_STATED} under {@link CompletenessDefinition#VALID}.
   *
   * @param definition the definition, not null
   * @return whether complete
   */
  public boolean complete(CompletenessDefinition definition) {
    return this == CODED || (this == NOT_STATED && definition == CompletenessDefinition.VALID);
  }
}
