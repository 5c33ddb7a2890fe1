/**
 * Completeness of ethnicity recording: named definitions (known, valid, and the five-way split of
 * data-quality dashboards), streaming mergeable tallies by unit, targets with milestones, and
 * evaluation per unit with Wilson intervals and funnel-plot significance.
 *
 * <p>Definitions follow USERS-AND-METRICS.md §1.2 and §2.4 and SCHEMES.md §1.3–1.4 (Z "Not stated"
 * means asked and declined; 99 "Not known" means not asked); intervals and funnels follow
 * STATISTICAL-METHODS.md §1 and §6a.
 */
package org.equalitymonitoring.completeness;
