package org.equalitymonitoring.mapping;

/**
 * How a target code relates to a source code, after FHIR ConceptMap's {@code equivalence} (R4) and
 * {@code relationship} (R5).
 */
public enum Equivalence {
  /** The target means the same as the source. */
  EQUIVALENT,
  /** The target is broader than the source (for example "Somali" to "Black African"). */
  BROADER,
  /** The target is narrower than the source; one of several possible targets. */
  NARROWER,
  /** The meanings overlap but neither contains the other; a stated convention. */
  INEXACT,
  /** The source has no target in the other scheme. */
  UNMATCHED
}
