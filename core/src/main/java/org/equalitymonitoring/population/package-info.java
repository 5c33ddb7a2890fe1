/**
 * Reference populations (denominators) by category × area × optional age band × optional sex.
 *
 * <p>A {@link org.equalitymonitoring.population.ReferencePopulation} holds counts whose categories
 * are the codes of one scheme, with its provenance. Users supply their own with {@link
 * org.equalitymonitoring.io.PopulationCsv} or {@link
 * org.equalitymonitoring.population.ReferencePopulation#builder}. A population coded in one scheme
 * is made usable with data coded in another through a crosswalk and a named {@link
 * org.equalitymonitoring.population.PopulationConvention}, which states how inexact, unmatched and
 * one-to-many rows are handled; the {@link org.equalitymonitoring.population.ReexpressedPopulation}
 * keeps category-level and broad-group-level counts apart, because published conventions count some
 * groups only in a broad group.
 */
package org.equalitymonitoring.population;
