/**
 * Data-quality rules over a {@link org.equalitymonitoring.completeness.CompletenessReport}: the
 * checks NHS teams run on ethnicity recording (USERS-AND-METRICS.md §1.2–§1.5 and §2.4), each
 * returning {@link org.equalitymonitoring.rules.Finding findings} with a severity and a message a
 * person can act on.
 *
 * <p>The rules: completeness at or above a target ({@link
 * org.equalitymonitoring.rules.CompletenessRule}), the share of "Not stated" ({@link
 * org.equalitymonitoring.rules.NotStatedShareRule}), values that are not codes ({@link
 * org.equalitymonitoring.rules.InvalidCodesRule}), retired codes ({@link
 * org.equalitymonitoring.rules.RetiredCodesRule}), the share of "Any other" categories ({@link
 * org.equalitymonitoring.rules.OtherCategoryShareRule}), a single code dominating a unit ({@link
 * org.equalitymonitoring.rules.DominantCodeRule}) and the distribution against a reference
 * population ({@link org.equalitymonitoring.rules.DistributionRule}). A {@link
 * org.equalitymonitoring.rules.RuleSet} runs several into a {@link
 * org.equalitymonitoring.rules.RuleReport}; {@link org.equalitymonitoring.rules.QualityAssertions}
 * turns them into assertions for a test suite without depending on a test framework.
 *
 * <p>Every rule checks every unit of the report and the overall result. Findings never hold raw
 * recorded values or person identifiers: only unit names, codes, counts and shares.
 */
package org.equalitymonitoring.rules;
