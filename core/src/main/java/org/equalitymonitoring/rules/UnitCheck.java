package org.equalitymonitoring.rules;

import java.util.List;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.completeness.UnitCompleteness;

/**
 * What a rule that needs recognition counts checks in one result of a report (the overall result or
 * one unit): the part particular to the rule. {@link Units#check} runs it over every result and
 * reports the results it cannot check.
 */
@FunctionalInterface
interface UnitCheck {
  /**
   * Adds the findings of one result to findings.
   *
   * @param unit the result, with its unit name ({@code ""} for the overall result)
   * @param counts the recognition counts of the result
   * @param findings the findings so far, to add to
   */
  void check(UnitCompleteness unit, RecognitionCounts counts, List<Finding> findings);
}
