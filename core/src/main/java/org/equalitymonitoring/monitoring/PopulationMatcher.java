package org.equalitymonitoring.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.monitoring.PopulationMatch.Kind;
import org.equalitymonitoring.monitoring.PopulationMatch.Problem;
import org.equalitymonitoring.population.PopulationConvention;
import org.equalitymonitoring.population.ReexpressedPopulation;
import org.equalitymonitoring.population.ReferencePopulation;

/**
 * Matches the groups of an assessment (codes or labels, with their events) to the population of one
 * area, for a representation or for rates: the groups are read as codes or labels of the
 * population's scheme, or of a scheme that exactly one crosswalk leads to from it (such as {@code
 * census-2021-to-nhs-2001} for NHS letters), the population then re-expressed through that
 * crosswalk under a {@link PopulationConvention} (default {@link
 * PopulationConvention#followCrosswalk()}): at category level, or at broad-group level when the
 * groups are headings or the population holds broad groups only. Immutable and thread-safe.
 */
public final class PopulationMatcher {
  private final ReferencePopulation population;
  private final Scheme scheme;
  private final String area;
  private final PopulationConvention convention;
  private final boolean conventionNamed;
  private final List<Crosswalk> crosswalks;
  private final Function<String, Optional<Scheme>> schemes;

  private PopulationMatcher(
      ReferencePopulation population,
      Scheme scheme,
      String area,
      Optional<PopulationConvention> convention,
      List<Crosswalk> crosswalks,
      Function<String, Optional<Scheme>> schemes) {
    this.population = population;
    this.scheme = scheme;
    this.area = area;
    this.convention = convention.orElse(PopulationConvention.followCrosswalk());
    this.conventionNamed = convention.isPresent();
    this.crosswalks = List.copyOf(crosswalks);
    this.schemes = schemes;
  }

  /**
   * Returns a matcher of groups to a population's area.
   *
   * @param population the population, not null
   * @param scheme the population's scheme, not null
   * @param area one of the population's areas, not null
   * @param convention the convention that re-expresses the population through a crosswalk; empty
   *     for {@link PopulationConvention#followCrosswalk()} without naming it; not null
   * @param crosswalks the crosswalks that may lead from the population's scheme to the groups'
   *     (others are ignored), not null
   * @param schemes finds a crosswalk's target scheme by id, not null
   * @return the matcher
   * @throws IllegalArgumentException if the population is not of the scheme, or the convention
   *     keeps another area only
   */
  public static PopulationMatcher of(
      ReferencePopulation population,
      Scheme scheme,
      String area,
      Optional<PopulationConvention> convention,
      List<Crosswalk> crosswalks,
      Function<String, Optional<Scheme>> schemes) {
    requireNonNull(population, "population");
    requireNonNull(scheme, "scheme");
    requireNonNull(area, "area");
    requireNonNull(convention, "convention");
    requireNonNull(crosswalks, "crosswalks");
    requireNonNull(schemes, "schemes");
    PopulationDenominators.requireOfScheme(population, scheme);
    convention
        .flatMap(PopulationConvention::area)
        .filter(kept -> !kept.equals(area))
        .ifPresent(
            kept -> {
              throw new IllegalArgumentException(
                  "convention "
                      + convention.get().id()
                      + " keeps area "
                      + kept
                      + " only, not area '"
                      + area
                      + "'");
            });
    return new PopulationMatcher(population, scheme, area, convention, crosswalks, schemes);
  }

  /** A way to read the groups: the scheme, and the population at that scheme's level. */
  private static final class Reading {
    final Scheme scheme;
    final ReferencePopulation level;
    final Optional<ReexpressedPopulation> reexpressed;
    final String describe;

    Reading(
        Scheme scheme,
        ReferencePopulation level,
        Optional<ReexpressedPopulation> reexpressed,
        String describe) {
      this.scheme = scheme;
      this.level = level;
      this.reexpressed = reexpressed;
      this.describe = describe;
    }
  }

  /**
   * Matches groups to the population's categories, at the level of the groups' scheme: the first
   * reading (the population's scheme, then each crosswalk's target at category and at broad-group
   * level) that recognises every group and finds a population above 0 for each, or else the first
   * that recognises every group.
   *
   * @param rows each row's group (a code or label) and events, in input order; a group may have
   *     several rows (such as age bands), whose events are summed; not null
   * @param everyCategory true for a representation: every category with a population above 0 is a
   *     group, with 0 events if no row names it; false for rates: only the rows' groups
   * @return the counts, or the problem with the rows
   * @throws IllegalArgumentException if a named convention applies to no crosswalk from the
   *     population's scheme
   * @throws ArithmeticException if a group's events overflow a {@code long}
   */
  public PopulationMatch match(List<Map.Entry<String, Long>> rows, boolean everyCategory) {
    requireNonNull(rows, "rows");
    List<Reading> readings = readings();
    Reading chosen = null;
    Map<String, Category> categories = null;
    int bestCount = -1;
    String firstUnrecognised = null;
    List<String> groups =
        rows.stream().map(Map.Entry::getKey).distinct().collect(Collectors.toList());
    for (Reading reading : readings) {
      Recogniser recogniser = Recogniser.of(reading.scheme);
      Map<String, Category> found = new LinkedHashMap<>();
      String unrecognised = null;
      for (String group : groups) {
        Optional<Category> category = recogniser.recognise(group).category();
        if (category.isPresent()) {
          found.put(group, category.get());
        } else if (unrecognised == null) {
          unrecognised = group;
        }
      }
      if (unrecognised == null) {
        boolean counted =
            found.values().stream()
                .allMatch(
                    c ->
                        reading.level.categoryCodes().contains(c.code())
                            && reading.level.count(c.code(), area) > 0);
        if (chosen == null || counted) {
          chosen = reading;
          categories = found;
        }
        if (counted) {
          break;
        }
        continue;
      }
      if (found.size() > bestCount) {
        bestCount = found.size();
        firstUnrecognised = unrecognised;
      }
    }
    if (chosen == null) {
      String first = firstUnrecognised;
      return PopulationMatch.failed(
          new Problem(
              Kind.UNRECOGNISED_GROUP,
              OptionalInt.of(indexOf(rows, first)),
              OptionalInt.empty(),
              Optional.empty(),
              readings.stream().map(r -> r.scheme.id() + r.describe).collect(Collectors.toList())),
          Optional.empty());
    }
    if (conventionNamed && chosen.reexpressed.isEmpty()) {
      return PopulationMatch.failed(
          new Problem(
              Kind.CONVENTION_NOT_APPLIED,
              OptionalInt.empty(),
              OptionalInt.empty(),
              Optional.empty(),
              List.of()),
          Optional.empty());
    }

    ReferencePopulation level = chosen.level;
    Map<String, Long> events = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Integer> firstRows = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String group = rows.get(i).getKey();
      Category category = categories.get(group);
      String code = category.code();
      if (!level.categoryCodes().contains(code) || level.count(code, area) == 0) {
        return PopulationMatch.failed(
            new Problem(
                Kind.NO_POPULATION,
                OptionalInt.of(i),
                OptionalInt.empty(),
                Optional.of(category),
                level.categoryCodes().stream()
                    .filter(c -> level.count(c, area) > 0)
                    .collect(Collectors.toList())),
            chosen.reexpressed);
      }
      String name = names.putIfAbsent(code, group);
      if (name != null && !name.equals(group)) {
        return PopulationMatch.failed(
            new Problem(
                Kind.DUPLICATE_GROUP,
                OptionalInt.of(i),
                OptionalInt.of(firstRows.get(code)),
                Optional.of(category),
                List.of()),
            chosen.reexpressed);
      }
      firstRows.putIfAbsent(code, i);
      events.merge(code, rows.get(i).getValue(), Math::addExact);
    }
    List<GroupCount> counts = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (String code : level.categoryCodes()) {
      long count = level.count(code, area);
      if (count == 0 || !(everyCategory || events.containsKey(code))) {
        continue;
      }
      if (!events.containsKey(code)) {
        absent.add(code);
      }
      counts.add(
          GroupCount.of(names.getOrDefault(code, code), events.getOrDefault(code, 0L), count));
    }
    return PopulationMatch.matched(counts, chosen.reexpressed, absent);
  }

  private static int indexOf(List<Map.Entry<String, Long>> rows, String group) {
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).getKey().equals(group)) {
        return i;
      }
    }
    throw new IllegalStateException("no row of a group that was read from the rows");
  }

  /**
   * The population's own scheme, then each scheme one crosswalk leads to from it, at category level
   * and then at broad-group level; with a named convention, only the crosswalks it applies to.
   */
  private List<Reading> readings() {
    List<Reading> readings = new ArrayList<>();
    readings.add(
        new Reading(
            scheme,
            population,
            Optional.empty(),
            " (the scheme of population " + population.id() + ")"));
    Map<String, List<Crosswalk>> byTarget = new LinkedHashMap<>();
    for (Crosswalk crosswalk : crosswalks) {
      if (crosswalk.info().sourceSchemeId().equals(scheme.id())) {
        byTarget
            .computeIfAbsent(crosswalk.info().targetSchemeId(), t -> new ArrayList<>())
            .add(crosswalk);
      }
    }
    for (Map.Entry<String, List<Crosswalk>> entry : byTarget.entrySet()) {
      Optional<Scheme> target = schemes.apply(entry.getKey());
      if (entry.getValue().size() != 1
          || target.isEmpty()
          || !convention.sourceSchemeId().orElse(scheme.id()).equals(scheme.id())
          || !convention.targetSchemeId().orElse(entry.getKey()).equals(entry.getKey())) {
        continue;
      }
      Crosswalk crosswalk = entry.getValue().get(0);
      ReexpressedPopulation reexpressed =
          convention.apply(population, scheme, crosswalk, target.get());
      String describe = " (through crosswalk " + crosswalk.id() + ")";
      if (reexpressed.hasCategoryLevel()) {
        readings.add(
            new Reading(
                target.get(), reexpressed.categoryLevel(), Optional.of(reexpressed), describe));
      }
      readings.add(
          new Reading(
              target.get(), reexpressed.broadGroupLevel(), Optional.of(reexpressed), describe));
    }
    if (conventionNamed && readings.size() == 1) {
      throw new IllegalArgumentException(
          "convention "
              + convention.id()
              + " does not apply to population "
              + population.id()
              + " (scheme "
              + population.schemeId()
              + ")"
              + convention.sourceSchemeId().map(s -> "; it re-expresses scheme " + s).orElse("")
              + convention.targetSchemeId().map(t -> " in " + t).orElse(""));
    }
    return readings;
  }
}
