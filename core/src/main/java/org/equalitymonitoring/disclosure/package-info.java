/**
 * Statistical disclosure control (small-number suppression and rounding) applied to count tables
 * before publication.
 *
 * <p>A {@link org.equalitymonitoring.disclosure.CountTable} of non-negative counts is passed to a
 * named {@link org.equalitymonitoring.disclosure.DisclosurePolicy}, which returns a {@link
 * org.equalitymonitoring.disclosure.DisclosedTable}: every cell and every total is a {@link
 * org.equalitymonitoring.disclosure.PublishedCell} that is either a published (possibly rounded)
 * value or suppressed, with a {@link org.equalitymonitoring.disclosure.SuppressionReason}. Shares
 * of row and column totals are computed after suppression by {@link
 * org.equalitymonitoring.disclosure.Shares}.
 *
 * <p>The rules are those recorded in the project's method dossier, {@code STATISTICAL-METHODS.md}
 * §9 ("Small-number suppression / statistical disclosure control"), and in {@code
 * USERS-AND-METRICS.md} §1.2 and §2.4 (NHS Digital Ethnic Category Coverage MI: percentages
 * computed after suppression, on rounded counts). Each policy's Javadoc names the rule it follows
 * and the points the reference marks as unverified.
 *
 * <p>All public types are immutable and thread-safe; no public method accepts or returns {@code
 * null}.
 */
package org.equalitymonitoring.disclosure;
