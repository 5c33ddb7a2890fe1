package org.equalitymonitoring.schemes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.io.PopulationCsv;
import org.equalitymonitoring.population.PopulationInfo;
import org.equalitymonitoring.population.ReferencePopulation;

/**
 * The bundled reference populations (census denominators), loaded once from the jar's resources
 * under {@code org/equalitymonitoring/schemes/populations/}, with their provenance in {@code
 * PROVENANCE.md} beside them, and those that other jars on the class path add ({@link
 * #load(ClassLoader, BundledSchemes)}).
 *
 * <ul>
 *   <li>{@code census-2021}: Census 2021 TS021, 19 categories (the 20b codes of {@code
 *       ons-census-2021-england-wales}) × the nine English regions, Wales, England and England and
 *       Wales; England 56,490,039.
 *   <li>{@code census-2021-rm032}: Census 2021 RM032, 20 codes (with {@code -8} Does not apply) ×
 *       sex × 5 age bands, for England and for Wales; England 56,490,037.
 *   <li>{@code census-2011}: Census 2011 KS201EW, 18 categories (codes of {@code
 *       ons-census-2011-england-wales}) × the nine English regions and England; England 53,012,456.
 *   <li>{@code census-2021-ts021-5}: Census 2021 TS021, the 5 broad groups (the heading codes
 *       {@code White}, {@code Mixed}, {@code Asian}, {@code Black}, {@code Other} of {@code
 *       ons-census-2021-england-wales}) × the 318 local authority districts (April 2023) of England
 *       and Wales, summed from LSOAs; each area also has its ONS code ({@link #areaCodes}). ONS
 *       perturbs every small-area cell, so these sums differ slightly from the published local
 *       authority figures (England and Wales 59,597,576, published 59,597,542).
 * </ul>
 *
 * <p>Area names are as the sources publish them ({@code London}, {@code Yorkshire and The Humber},
 * {@code England}). Areas overlap (regions and their country), so never sum across areas. Look-ups
 * by id return {@link Optional}; {@link #requirePopulation} throws {@link UnknownIdException}
 * naming the valid ids. {@link #area} finds an area by its name in any case or by its code.
 * Instances are immutable and thread-safe.
 */
public final class BundledPopulations {
  private final ImmutableMap<String, ReferencePopulation> populations;
  private final ImmutableMap<String, ImmutableMap<String, String>> areaCodes;

  private BundledPopulations(
      Map<String, ReferencePopulation> populations,
      Map<String, ImmutableMap<String, String>> areaCodes) {
    this.populations = ImmutableMap.copyOf(populations);
    this.areaCodes = ImmutableMap.copyOf(areaCodes);
  }

  /**
   * Returns the bundled populations, loading them on first use (with the bundled schemes, whose
   * codes every category is checked against) from every data index on the class path of this class
   * ({@link #load(ClassLoader, BundledSchemes)}).
   *
   * @return the shared instance
   * @throws IllegalStateException if a bundled resource is missing, or two indexes give the same id
   *     (a packaging error)
   */
  public static BundledPopulations get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final BundledPopulations INSTANCE =
        load(BundledPopulations.class.getClassLoader(), BundledSchemes.get());
  }

  /**
   * Loads the populations of every index {@code META-INF/equality-monitoring/populations.json} that
   * a class loader sees, this project's own first, then those of other jars in class-path order
   * (README, "Adding your own data"). An index lists under {@code populations} objects with {@code
   * id}, {@code title}, {@code version}, {@code source}, {@code licence}, {@code scheme}, {@code
   * file} and optionally {@code areas}, whose paths are absolute on the class path or relative to
   * the index.
   *
   * @param loader the class loader whose class path is searched, not null
   * @param schemes the schemes the populations' categories are checked against, such as {@link
   *     BundledSchemes#load(ClassLoader)} of the same loader, not null
   * @return a new instance
   * @throws IllegalStateException if there is no index, a listed resource is missing, or two
   *     entries give the same id; the message names both indexes
   * @throws UnknownIdException if a population's scheme is not among the schemes
   */
  public static BundledPopulations load(ClassLoader loader, BundledSchemes schemes) {
    requireNonNull(schemes, "schemes");
    Map<String, ReferencePopulation> populations = new LinkedHashMap<>();
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, ImmutableMap<String, String>> areaCodes = new LinkedHashMap<>();
    for (DataIndex index :
        DataIndex.findAll(requireNonNull(loader, "loader"), "populations.json")) {
      for (JsonNode entry : index.list("populations")) {
        PopulationInfo info =
            PopulationInfo.builder()
                .id(entry.get("id").asText())
                .title(entry.get("title").asText())
                .version(entry.get("version").asText())
                .source(entry.get("source").asText())
                .licence(entry.get("licence").asText())
                .schemeId(entry.get("scheme").asText())
                .build();
        Scheme scheme = schemes.requireScheme(info.schemeId());
        String file = entry.get("file").asText();
        ReferencePopulation population;
        try (Reader reader = new InputStreamReader(index.open(file), StandardCharsets.UTF_8)) {
          population = PopulationCsv.read(reader, index.name(file), info, scheme);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        index.put("population", info.id(), population, populations, sources);
        if (entry.has("areas")) {
          areaCodes.put(info.id(), readAreaCodes(index, entry.get("areas").asText(), population));
        }
      }
    }
    return new BundledPopulations(populations, areaCodes);
  }

  /**
   * Reads a {@code code,name} file of a population's areas; every name must be an area of the
   * population and every area must have one code.
   */
  private static ImmutableMap<String, String> readAreaCodes(
      DataIndex index, String file, ReferencePopulation population) {
    ImmutableMap.Builder<String, String> codes = ImmutableMap.builder();
    try (CsvReader csv =
        CsvReader.of(
            new InputStreamReader(index.open(file), StandardCharsets.UTF_8), index.name(file))) {
      int code = csv.column("code");
      int name = csv.column("name");
      while (csv.next()) {
        codes.put(csv.get(code), csv.get(name));
      }
    }
    ImmutableMap<String, String> result = codes.build();
    if (!ImmutableSet.copyOf(result.values()).equals(ImmutableSet.copyOf(population.areas()))) {
      throw new IllegalStateException(
          "bundled resource "
              + index.name(file)
              + " does not name the areas of "
              + population.id());
    }
    return result;
  }

  /** Returns the bundled populations in index order. */
  public List<ReferencePopulation> populations() {
    return populations.values().asList();
  }

  /**
   * Returns a bundled population.
   *
   * @param id the population id, such as {@code census-2021}
   * @return the population, or empty if none has that id
   * @throws NullPointerException if id is null
   */
  public Optional<ReferencePopulation> population(String id) {
    return Optional.ofNullable(populations.get(requireNonNull(id, "id")));
  }

  /**
   * Returns a bundled population.
   *
   * @param id the population id, such as {@code census-2021}
   * @return the population
   * @throws NullPointerException if id is null
   * @throws UnknownIdException if none has that id; the message lists the valid ids
   */
  public ReferencePopulation requirePopulation(String id) {
    return population(id)
        .orElseThrow(() -> new UnknownIdException("population", id, populations.keySet()));
  }

  /**
   * Returns the codes of a bundled population's areas, where the source gives them: for {@code
   * census-2021-ts021-5} the ONS local authority district codes (April 2023), such as {@code
   * E06000001} for Hartlepool.
   *
   * @param id the population id
   * @return area code to area name, in code order; empty if the population's areas have no codes
   * @throws NullPointerException if id is null
   * @throws UnknownIdException if no population has that id
   */
  public Map<String, String> areaCodes(String id) {
    requirePopulation(id);
    return areaCodes.getOrDefault(id, ImmutableMap.of());
  }

  /**
   * Finds an area of a bundled population by its name as published, its name ignoring case and
   * surrounding spaces, or its code (ignoring case), in that order.
   *
   * @param id the population id
   * @param nameOrCode such as {@code Hartlepool}, {@code hartlepool} or {@code E06000001}
   * @return the area's name as the population holds it, or empty if none matches
   * @throws NullPointerException if an argument is null
   * @throws UnknownIdException if no population has that id
   */
  public Optional<String> area(String id, String nameOrCode) {
    requireNonNull(nameOrCode, "nameOrCode");
    List<String> areas = requirePopulation(id).areas();
    if (areas.contains(nameOrCode)) {
      return Optional.of(nameOrCode);
    }
    String wanted = nameOrCode.strip();
    for (String area : areas) {
      if (area.equalsIgnoreCase(wanted)) {
        return Optional.of(area);
      }
    }
    for (Map.Entry<String, String> code : areaCodes(id).entrySet()) {
      if (code.getKey().equalsIgnoreCase(wanted)) {
        return Optional.of(code.getValue());
      }
    }
    return Optional.empty();
  }
}
