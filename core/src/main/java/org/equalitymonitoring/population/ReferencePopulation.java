package org.equalitymonitoring.population;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A reference population (a denominator): counts of people by category code × area × optional age
 * band × optional sex, with its {@link PopulationInfo provenance} and the id of the scheme its
 * category codes belong to.
 *
 * <p>Either every cell has an age band or none has; the same holds for sex. A population may hold
 * overlapping areas (regions and the country they make up, as census tables do), so counts are
 * always asked for one area and never summed across areas. A category or area that the population
 * knows but that has no cell in the combination asked for counts 0; a category, area, age band or
 * sex that the population does not know at all is an error, so that a code of the wrong scheme
 * cannot silently count 0.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ReferencePopulation {
  private final PopulationInfo info;
  private final ImmutableList<PopulationCell> cells;
  private final ImmutableListMultimap<String, PopulationCell> byCategoryAndArea;
  private final ImmutableListMultimap<String, PopulationCell> byArea;
  private final ImmutableList<String> categoryCodes;
  private final ImmutableList<String> areas;
  private final ImmutableList<String> ageBands;
  private final ImmutableList<String> sexes;

  private ReferencePopulation(PopulationInfo info, List<PopulationCell> cells) {
    this.info = info;
    this.cells = ImmutableList.copyOf(cells);
    ImmutableListMultimap.Builder<String, PopulationCell> index = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<String, PopulationCell> areaIndex =
        ImmutableListMultimap.builder();
    Set<String> codes = new LinkedHashSet<>();
    Set<String> areaNames = new LinkedHashSet<>();
    Set<String> bands = new LinkedHashSet<>();
    Set<String> sexValues = new LinkedHashSet<>();
    for (PopulationCell cell : cells) {
      index.put(key(cell.categoryCode(), cell.area()), cell);
      areaIndex.put(cell.area(), cell);
      codes.add(cell.categoryCode());
      areaNames.add(cell.area());
      cell.ageBand().ifPresent(bands::add);
      cell.sex().ifPresent(sexValues::add);
    }
    this.byCategoryAndArea = index.build();
    this.byArea = areaIndex.build();
    this.categoryCodes = ImmutableList.copyOf(codes);
    this.areas = ImmutableList.copyOf(areaNames);
    this.ageBands = ImmutableList.copyOf(bands);
    this.sexes = ImmutableList.copyOf(sexValues);
  }

  /**
   * Returns a builder for a population with this provenance.
   *
   * @param info the population's provenance, not null
   * @return a new builder
   */
  public static Builder builder(PopulationInfo info) {
    return new Builder(requireNonNull(info, "info"));
  }

  /**
   * Returns a population of the given cells.
   *
   * @param info the population's provenance, not null
   * @param cells the cells, in the order their areas, age bands and sexes should be listed
   * @return the population
   * @throws NullPointerException if any argument or cell is null
   * @throws IllegalArgumentException as {@link Builder#add(PopulationCell)} and {@link
   *     Builder#build()}
   */
  public static ReferencePopulation of(PopulationInfo info, Collection<PopulationCell> cells) {
    Builder builder = builder(info);
    requireNonNull(cells, "cells").forEach(builder::add);
    return builder.build();
  }

  /** Returns the population's provenance. */
  public PopulationInfo info() {
    return info;
  }

  /** Returns the population's id; the same as {@code info().id()}. */
  public String id() {
    return info.id();
  }

  /** Returns the id of the scheme whose codes the categories are; {@code info().schemeId()}. */
  public String schemeId() {
    return info.schemeId();
  }

  /** Returns every cell, in the order they were added. */
  public List<PopulationCell> cells() {
    return cells;
  }

  /** Returns the category codes, in the order they first occur. */
  public List<String> categoryCodes() {
    return categoryCodes;
  }

  /** Returns the areas' names, in the order they first occur. */
  public List<String> areas() {
    return areas;
  }

  /** Returns the age bands' labels in the order they first occur; empty if not by age. */
  public List<String> ageBands() {
    return ageBands;
  }

  /** Returns the sexes' labels in the order they first occur; empty if not by sex. */
  public List<String> sexes() {
    return sexes;
  }

  /** Returns whether the cells are by age band. */
  public boolean isByAgeBand() {
    return !ageBands.isEmpty();
  }

  /** Returns whether the cells are by sex. */
  public boolean isBySex() {
    return !sexes.isEmpty();
  }

  /**
   * Returns the number of people of a category in an area, summed over age bands and sexes.
   *
   * @param categoryCode a category code of this population
   * @param area an area of this population
   * @return the count (0 when no cell holds the combination)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the population has no such category or area; the message
   *     lists the valid ones
   */
  public long count(String categoryCode, String area) {
    return count(categoryCode, area, Optional.empty(), Optional.empty());
  }

  /**
   * Returns the number of people of a category in an area, for one age band, one sex, or both.
   *
   * @param categoryCode a category code of this population
   * @param area an area of this population
   * @param ageBand an age band of this population, or empty to sum over age bands
   * @param sex a sex of this population, or empty to sum over sexes
   * @return the count (0 when no cell holds the combination)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the population has no such category, area, age band or sex;
   *     the message lists the valid ones
   */
  public long count(
      String categoryCode, String area, Optional<String> ageBand, Optional<String> sex) {
    requireKnown(categoryCode, categoryCodes, "category");
    requireKnown(area, areas, "area");
    requireNonNull(ageBand, "ageBand").ifPresent(band -> requireKnown(band, ageBands, "age band"));
    requireNonNull(sex, "sex").ifPresent(value -> requireKnown(value, sexes, "sex"));
    return sum(
        byCategoryAndArea.get(key(categoryCode, area)),
        cell ->
            (ageBand.isEmpty() || cell.ageBand().equals(ageBand))
                && (sex.isEmpty() || cell.sex().equals(sex)));
  }

  /**
   * Returns the number of people of a category in an area by age band, summed over sexes.
   *
   * @param categoryCode a category code of this population
   * @param area an area of this population
   * @return age band to count, in the order of {@link #ageBands()} (empty if not by age)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the population has no such category or area
   */
  public Map<String, Long> countsByAgeBand(String categoryCode, String area) {
    requireKnown(categoryCode, categoryCodes, "category");
    requireKnown(area, areas, "area");
    return tally(ageBands, byCategoryAndArea.get(key(categoryCode, area)), PopulationCell::ageBand);
  }

  /**
   * Returns the number of people of a category in an area by sex, summed over age bands.
   *
   * @param categoryCode a category code of this population
   * @param area an area of this population
   * @return sex to count, in the order of {@link #sexes()} (empty if not by sex)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the population has no such category or area
   */
  public Map<String, Long> countsBySex(String categoryCode, String area) {
    requireKnown(categoryCode, categoryCodes, "category");
    requireKnown(area, areas, "area");
    return tally(sexes, byCategoryAndArea.get(key(categoryCode, area)), PopulationCell::sex);
  }

  /**
   * Returns the number of people in an area by category, summed over age bands and sexes.
   *
   * @param area an area of this population
   * @return category code to count, in the order of {@link #categoryCodes()}
   * @throws NullPointerException if area is null
   * @throws IllegalArgumentException if the population has no such area
   */
  public Map<String, Long> countsByCategory(String area) {
    requireKnown(area, areas, "area");
    return tally(categoryCodes, byArea.get(area), cell -> Optional.of(cell.categoryCode()));
  }

  /**
   * Returns the number of people in an area: every category, age band and sex.
   *
   * @param area an area of this population
   * @return the total
   * @throws NullPointerException if area is null
   * @throws IllegalArgumentException if the population has no such area
   */
  public long total(String area) {
    requireKnown(area, areas, "area");
    return sum(byArea.get(area), cell -> true);
  }

  /**
   * Returns the number of people in an area by age band, over every category and sex: the stratum
   * sizes of a direct standardisation.
   *
   * @param area an area of this population
   * @return age band to count, in the order of {@link #ageBands()} (empty if not by age)
   * @throws NullPointerException if area is null
   * @throws IllegalArgumentException if the population has no such area
   */
  public Map<String, Long> totalsByAgeBand(String area) {
    requireKnown(area, areas, "area");
    return tally(ageBands, byArea.get(area), PopulationCell::ageBand);
  }

  /**
   * Returns the number of people in an area by sex, over every category and age band.
   *
   * @param area an area of this population
   * @return sex to count, in the order of {@link #sexes()} (empty if not by sex)
   * @throws NullPointerException if area is null
   * @throws IllegalArgumentException if the population has no such area
   */
  public Map<String, Long> totalsBySex(String area) {
    requireKnown(area, areas, "area");
    return tally(sexes, byArea.get(area), PopulationCell::sex);
  }

  private void requireKnown(String value, List<String> known, String what) {
    requireNonNull(value, what);
    if (!known.contains(value)) {
      throw new IllegalArgumentException(
          what
              + " '"
              + value
              + "' is not in population '"
              + info.id()
              + "'"
              + (known.isEmpty()
                  ? " (it has no " + what + "s)"
                  : "; valid: " + String.join(", ", known)));
    }
  }

  private static long sum(List<PopulationCell> cells, Predicate<PopulationCell> filter) {
    long total = 0;
    for (PopulationCell cell : cells) {
      if (filter.test(cell)) {
        total = Math.addExact(total, cell.count());
      }
    }
    return total;
  }

  private static Map<String, Long> tally(
      List<String> keys,
      List<PopulationCell> cells,
      Function<PopulationCell, Optional<String>> key) {
    Map<String, Long> result = new LinkedHashMap<>();
    keys.forEach(k -> result.put(k, 0L));
    for (PopulationCell cell : cells) {
      key.apply(cell).ifPresent(k -> result.merge(k, cell.count(), Math::addExact));
    }
    return ImmutableMap.copyOf(result);
  }

  private static String key(String categoryCode, String area) {
    return categoryCode + "\u0000" + area;
  }

  @Override
  public String toString() {
    return info.id()
        + " "
        + info.version()
        + " ("
        + categoryCodes.size()
        + " categories of "
        + info.schemeId()
        + " x "
        + areas.size()
        + " areas"
        + (isByAgeBand() ? " x " + ageBands.size() + " age bands" : "")
        + (isBySex() ? " x " + sexes.size() + " sexes" : "")
        + ")";
  }

  /**
   * Builds a {@link ReferencePopulation} cell by cell. Not thread-safe; the population it builds
   * is.
   */
  public static final class Builder {
    private final PopulationInfo info;
    private final Map<PopulationCell.CellKey, PopulationCell> cells = new LinkedHashMap<>();
    private PopulationCell first;

    private Builder(PopulationInfo info) {
      this.info = info;
    }

    /**
     * Adds a cell with no age band and no sex.
     *
     * @param categoryCode a code of the population's scheme, not blank
     * @param area the area's name, not blank
     * @param count the number of people, at least 0
     * @return this builder
     * @throws IllegalArgumentException as {@link #add(PopulationCell)}
     */
    public Builder add(String categoryCode, String area, long count) {
      return add(PopulationCell.of(categoryCode, area, count));
    }

    /**
     * Adds a cell.
     *
     * @param categoryCode a code of the population's scheme, not blank
     * @param area the area's name, not blank
     * @param ageBand the age band, or empty if the population is not by age
     * @param sex the sex, or empty if the population is not by sex
     * @param count the number of people, at least 0
     * @return this builder
     * @throws IllegalArgumentException as {@link #add(PopulationCell)}
     */
    public Builder add(
        String categoryCode,
        String area,
        Optional<String> ageBand,
        Optional<String> sex,
        long count) {
      return add(PopulationCell.of(categoryCode, area, ageBand, sex, count));
    }

    /**
     * Adds a cell.
     *
     * @param cell the cell, not null
     * @return this builder
     * @throws NullPointerException if cell is null
     * @throws IllegalArgumentException if a cell with the same category, area, age band and sex was
     *     added before, or if the cell has an age band (or a sex) where the first cell had none, or
     *     the reverse
     */
    public Builder add(PopulationCell cell) {
      requireNonNull(cell, "cell");
      if (first == null) {
        first = cell;
      } else {
        requireSameShape(cell, first.ageBand(), cell.ageBand(), "age band");
        requireSameShape(cell, first.sex(), cell.sex(), "sex");
      }
      PopulationCell earlier = cells.putIfAbsent(cell.key(), cell);
      if (earlier != null) {
        throw new IllegalArgumentException(
            "duplicate cell in population '" + info.id() + "': " + cell.key());
      }
      return this;
    }

    private void requireSameShape(
        PopulationCell cell, Optional<String> firstValue, Optional<String> value, String what) {
      if (firstValue.isPresent() != value.isPresent()) {
        throw new IllegalArgumentException(
            "population '"
                + info.id()
                + "' mixes cells with and without "
                + what
                + ": "
                + cell.key()
                + (value.isPresent() ? " has one" : " has none")
                + " but the first cell, "
                + first.key()
                + (firstValue.isPresent() ? ", has one" : ", has none"));
      }
    }

    /**
     * Returns the population.
     *
     * @return the population of the cells added so far
     * @throws IllegalArgumentException if no cell was added
     */
    public ReferencePopulation build() {
      if (cells.isEmpty()) {
        throw new IllegalArgumentException("population '" + info.id() + "' has no cells");
      }
      return new ReferencePopulation(info, ImmutableList.copyOf(cells.values()));
    }
  }
}
