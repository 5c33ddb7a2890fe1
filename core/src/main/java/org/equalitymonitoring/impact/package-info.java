/**
 * Equality measures and impact assessment by group, for the duties of the Race Relations
 * (Amendment) Act 2000 to monitor, assess and publish: rates and proportions with confidence
 * intervals, comparisons with a reference group, relative likelihood (WRES indicators 2, 3 and 4)
 * with the four-fifths rule, representation against a population, and directly standardised rates.
 *
 * <p>The caller supplies {@link org.equalitymonitoring.impact.GroupCount} values, one per group (or
 * per group and stratum for standardised rates). Groups are plain labels: mapping codes to groups,
 * and excluding unknown ethnicity, is the caller's job (except in the WRES presets of {@link
 * org.equalitymonitoring.impact.WresIndicator}, which exclude the unknown groups they are given).
 * An {@link org.equalitymonitoring.impact.ImpactAssessor} computes an {@link
 * org.equalitymonitoring.impact.ImpactAssessment}: one {@link
 * org.equalitymonitoring.impact.GroupResult} per group with its value, interval, ratio to the
 * reference, significance and {@link org.equalitymonitoring.impact.AdverseImpact}; groups too small
 * to say are reported as such under a stated {@link org.equalitymonitoring.impact.SmallNumberRule}.
 * Before publication, {@link org.equalitymonitoring.impact.ImpactAssessment#disclose} applies a
 * {@link org.equalitymonitoring.disclosure.DisclosurePolicy} to the counts.
 *
 * <p>Every statistic comes from {@code org.equalitymonitoring.stats}: Wilson score proportions,
 * exact or Byar's Poisson rates, Dobson DSRs, Katz log risk ratios, log rate ratios and Pearson's
 * chi-square goodness-of-fit test ({@code STATISTICAL-METHODS.md} §1, §2, §4, §8). The published
 * rules (WRES, the four-fifths rule, the MHA detention-rate standardisation) are those recorded in
 * {@code USERS-AND-METRICS.md} §2.1 and §2.3 and {@code STATISTICAL-METHODS.md} §8.
 *
 * <p>All public types are immutable and thread-safe; no public method accepts or returns {@code
 * null}.
 */
package org.equalitymonitoring.impact;
