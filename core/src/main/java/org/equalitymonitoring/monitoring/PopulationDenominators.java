package org.equalitymonitoring.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.population.ReferencePopulation;

/**
 * The denominators of a representation: the population of one area by category of a scheme, each
 * above 0, in the scheme's order; and whether they are broad groups only (every category a heading
 * with members), so that records are compared by the heading of their category. Immutable. Empty
 * when no category has a population in the area.
 */
public final class PopulationDenominators {
  private final String schemeId;
  private final Map<String, Long> counts;
  private final boolean byBroadGroup;

  private PopulationDenominators(String schemeId, Map<String, Long> counts, boolean byBroadGroup) {
    this.schemeId = schemeId;
    this.counts = counts;
    this.byBroadGroup = byBroadGroup;
  }

  /**
   * Returns the population of an area by the scheme's categories that the population counts above
   * 0.
   *
   * @param population a population whose codes are the scheme's (re-expressed through a crosswalk
   *     first if need be), not null
   * @param scheme the population's scheme, not null
   * @param area one of the population's areas, not null
   * @return the denominators
   * @throws IllegalArgumentException if the population is of another scheme, or as {@link
   *     ReferencePopulation#count(String, String)} for an area it lacks
   */
  public static PopulationDenominators of(
      ReferencePopulation population, Scheme scheme, String area) {
    requireNonNull(population, "population");
    requireNonNull(scheme, "scheme");
    requireNonNull(area, "area");
    requireOfScheme(population, scheme);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Category category : scheme.categories()) {
      if (population.categoryCodes().contains(category.code())) {
        long count = population.count(category.code(), area);
        if (count > 0) {
          counts.put(category.code(), count);
        }
      }
    }
    boolean broadGroups =
        counts.keySet().stream()
            .allMatch(code -> !scheme.children(scheme.requireCategory(code)).isEmpty());
    return new PopulationDenominators(
        scheme.id(), Collections.unmodifiableMap(counts), broadGroups);
  }

  /** Returns the id of the scheme whose category codes the counts are keyed by. */
  public String schemeId() {
    return schemeId;
  }

  /** Returns the population by category code, each above 0, in the scheme's order. */
  public Map<String, Long> counts() {
    return counts;
  }

  /** Returns whether every category is a broad group (a heading with members). */
  public boolean byBroadGroup() {
    return byBroadGroup;
  }

  /**
   * Checks that a population counts the categories of a scheme.
   *
   * @throws IllegalArgumentException if the population is of another scheme
   */
  static void requireOfScheme(ReferencePopulation population, Scheme scheme) {
    if (!population.schemeId().equals(scheme.id())) {
      throw new IllegalArgumentException(
          "population '"
              + population.id()
              + "' is of scheme '"
              + population.schemeId()
              + "', not '"
              + scheme.id()
              + "'");
    }
  }
}
