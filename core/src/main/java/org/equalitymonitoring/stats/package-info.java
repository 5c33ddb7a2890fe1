/**
 * Public-health statistics for equality monitoring: confidence intervals for proportions, counts,
 * rates and means, direct and indirect standardisation, ratio measures, funnel-plot control limits
 * and a chi-square goodness-of-fit test.
 *
 * <p>The methods follow the public-health reference implementations PHEindicatormethods (R, OHID /
 * UKHSA Fingertips) and PHStatsMethods (Python, DHSC), as transcribed in the project's method
 * dossier {@code STATISTICAL-METHODS.md}. Every function is a pure function of its arguments; every
 * value type is immutable and thread-safe. Invalid arguments raise {@link
 * java.lang.IllegalArgumentException} with a message quoting the offending value and the rule;
 * {@code null} arguments raise {@link java.lang.NullPointerException} naming the parameter.
 *
 * <p>All quantiles (inverse CDFs) come from Apache Commons Statistics.
 */
package org.equalitymonitoring.stats;
