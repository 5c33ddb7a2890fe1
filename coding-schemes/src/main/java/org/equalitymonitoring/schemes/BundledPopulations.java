package org.equalitymonitoring.schemes;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.io.PopulationCsv;
import org.equalitymonitoring.population.PopulationInfo;
import org.equalitymonitoring.population.ReferencePopulation;

/**
 * The bundled reference populations (census denominators), loaded once from the jar's resources
 * under {@code org/equalitymonitoring/schemes/populations/}, with their provenance in {@code
 * PROVENANCE.md} beside them.
 *
 * <ul>
 *   <li>{@code census-2021}: Census 2021 TS021, 19 categories (the 20b codes of {@code
 *       ons-census-2021-england-wales}) × the nine English regions, Wales, England and England and
 *       Wales; England 56,490,039.
 *   <li>{@code census-2021-rm032}: Census 2021 RM032, 20 codes (with {@code -8} Does not apply) ×
 *       sex × 5 age bands, for England and for Wales; England 56,490,037.
 *   <li>{@code census-2011}: Census 2011 KS201EW, 18 categories (codes of {@code
 *       ons-census-2011-england-wales}) × the nine English regions and England; England 53,012,456.
 * </ul>
 *
 * <p>Area names are as the sources publish them ({@code London}, {@code Yorkshire and The Humber},
 * {@code England}). Areas overlap (regions and their country), so never sum across areas. Look-ups
 * by id return {@link Optional}; {@link #requirePopulation} throws {@link UnknownIdException}
 * naming the valid ids. Instances are immutable and thread-safe.
 */
public final class BundledPopulations {
  private static final String ROOT = "/org/equalitymonitoring/schemes/populations/";

  private final ImmutableMap<String, ReferencePopulation> populations;

  private BundledPopulations(Map<String, ReferencePopulation> populations) {
    this.populations = ImmutableMap.copyOf(populations);
  }

  /**
   * Returns the bundled populations, loading them on first use (with the bundled schemes, whose
   * codes every category is checked against).
   *
   * @return the shared instance
   * @throws IllegalStateException if a bundled resource is missing (a packaging error)
   */
  public static BundledPopulations get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final BundledPopulations INSTANCE = load();
  }

  private static BundledPopulations load() {
    BundledSchemes schemes = BundledSchemes.get();
    JsonNode index;
    try (InputStream in = open("index.json")) {
      index = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, ReferencePopulation> populations = new LinkedHashMap<>();
    for (JsonNode entry : index.get("populations")) {
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
      try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
        populations.put(info.id(), PopulationCsv.read(reader, ROOT + file, info, scheme));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return new BundledPopulations(populations);
  }

  private static InputStream open(String resource) {
    InputStream in = BundledPopulations.class.getResourceAsStream(ROOT + resource);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + ROOT + resource + " is missing");
    }
    return in;
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
}
