package org.equalitymonitoring.impact;

import java.util.List;

/**
 * How an {@link ImpactAssessment} is computed again from published counts, so that every figure of
 * a disclosed assessment comes only from counts that are published. Package-private.
 */
@FunctionalInterface
interface Reassessment {
  /**
   * Assesses the published counts.
   *
   * @param assessor the settings, possibly with another reference than the original's
   * @param published the published counts of the groups that are published, in the form the
   *     assessor's method takes (stratified for standardised rates)
   * @param publishedTotal the published total of events over every group, suppressed ones included
   * @return the assessment of the published counts
   */
  ImpactAssessment assess(ImpactAssessor assessor, List<GroupCount> published, long publishedTotal);
}
