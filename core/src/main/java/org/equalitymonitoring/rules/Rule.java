package org.equalitymonitoring.rules;

import java.util.List;
import org.equalitymonitoring.completeness.CompletenessReport;

/**
 * A data-quality rule checked against a {@link CompletenessReport}: every unit and the overall
 * result. Implementations are immutable and thread-safe, and their findings never hold raw recorded
 * values or person identifiers.
 *
 * <p>The library's rules are {@link CompletenessRule}, {@link NotStatedShareRule}, {@link
 * InvalidCodesRule}, {@link RetiredCodesRule}, {@link OtherCategoryShareRule}, {@link
 * DominantCodeRule} and {@link DistributionRule}; run several with a {@link RuleSet}.
 */
public interface Rule {
  /**
   * Returns the rule's id, such as {@code completeness}, which every finding of the rule carries.
   *
   * @return the id, not blank
   */
  String id();

  /**
   * Checks a report.
   *
   * @param report the report, not null
   * @return one finding per unit (the overall result first, unit {@code ""}) and figure that breaks
   *     the rule; empty when the report passes
   * @throws NullPointerException if report is null
   */
  List<Finding> check(CompletenessReport report);
}
