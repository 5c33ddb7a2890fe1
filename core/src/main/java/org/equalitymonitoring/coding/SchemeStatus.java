package org.equalitymonitoring.coding;

/** The publication status of a scheme, as FHIR {@code PublicationStatus}. */
public enum SchemeStatus {
  /** In use. */
  ACTIVE,
  /** Withdrawn by its publisher; kept so that historical data can still be read. */
  RETIRED,
  /** Not yet published. */
  DRAFT
}
