package org.equalitymonitoring.resolution;

/** How a {@link ResolutionPolicy} chooses one code among a person's known records. */
public enum ResolutionStrategy {
  /** The code of the most recent known record; an undated record is older than any dated one. */
  LATEST,
  /**
   * The known code recorded most often (the modal code): in the most records, or in the most
   * sources where the policy counts each code once per source.
   */
  MOST_FREQUENT,
  /** The known code of the highest-priority source that has a known record. */
  SOURCE_PRIORITY,
  /**
   * The result of a primary policy, and the result of a fallback policy only where the primary one
   * chooses no code. Built with {@link ResolutionPolicy#fillIfMissing}.
   */
  FILL_IF_MISSING
}
