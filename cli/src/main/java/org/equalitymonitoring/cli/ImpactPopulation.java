package org.equalitymonitoring.cli;

import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.population.PopulationConvention;
import org.equalitymonitoring.population.ReexpressedPopulation;
import org.equalitymonitoring.population.ReferencePopulation;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * The {@code --population} of a representation or of rates: a bundled population or a population
 * file and one of its areas ({@link PopulationOption}), used as it is when the input's groups are
 * codes or labels of the population's scheme, or re-expressed through the one bundled crosswalk
 * from the population's scheme to the scheme of the groups (such as {@code census-2021-to-nhs-2001}
 * for NHS letters) under a named {@link PopulationConvention} ({@code --convention}, default {@link
 * PopulationConvention#followCrosswalk()}): at category level (the NHS letters), or at broad-group
 * level (the NHS headings) when the groups are headings or the population holds broad groups only.
 */
final class ImpactPopulation {
  final ReferencePopulation population;
  final String area;
  private final PopulationConvention convention;
  private final boolean conventionNamed;

  ImpactPopulation(PopulationOption.Chosen chosen, Optional<PopulationConvention> convention) {
    this.population = chosen.population;
    this.area = chosen.area;
    this.convention = convention.orElse(PopulationConvention.followCrosswalk());
    this.conventionNamed = convention.isPresent();
    this.convention
        .area()
        .filter(kept -> !kept.equals(area))
        .ifPresent(
            kept -> {
              throw new UsageException(
                  "convention "
                      + this.convention.id()
                      + " keeps area "
                      + kept
                      + " only: give --population "
                      + population.id()
                      + ":"
                      + kept
                      + ", not area "
                      + quote(area));
            });
  }

  /** The population counts matched to the input's groups. */
  static final class Matched {
    final List<GroupCount> counts;
    final Optional<String> convention;
    final List<String> absent;

    Matched(List<GroupCount> counts, Optional<String> convention, List<String> absent) {
      this.counts = counts;
      this.convention = convention;
      this.absent = absent;
    }
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
   * Matches the input's groups to the population's categories (at the level of the groups' scheme)
   * and returns the events of the input rows of each (summed over age bands) with the category's
   * population as the denominator. With {@code everyCategory} (representation), every category with
   * a population above 0 is a group, with 0 events if the input lacks it; without (rates), only the
   * input's groups.
   */
  Matched match(ImpactInput input, boolean everyCategory) {
    List<Reading> readings = readings();
    Reading chosen = null;
    Map<String, Category> categories = null;
    int bestCount = -1;
    String firstUnrecognised = null;
    for (Reading reading : readings) {
      Recogniser recogniser = Recogniser.of(reading.scheme);
      Map<String, Category> found = new LinkedHashMap<>();
      String unrecognised = null;
      for (String group : input.groups()) {
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
    if (chosen != null && conventionNamed && chosen.reexpressed.isEmpty()) {
      throw new UsageException(
          "--convention "
              + convention.id()
              + " re-expresses a population through a crosswalk, but the groups are codes of the"
              + " population's own scheme "
              + population.schemeId());
    }
    if (chosen == null) {
      String tried =
          readings.stream()
              .map(r -> r.scheme.id() + r.describe)
              .collect(Collectors.joining(" or "));
      throw ImpactInput.problem(
          input.file,
          input.first(firstUnrecognised).orElseThrow().line,
          "group " + quote(firstUnrecognised) + " is not a category code or label of " + tried);
    }

    ReferencePopulation level = chosen.level;
    Map<String, Long> users = new LinkedHashMap<>();
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, Long> lines = new LinkedHashMap<>();
    for (ImpactInput.Row row : input.rows) {
      Category category = categories.get(row.group);
      String code = category.code();
      if (!level.categoryCodes().contains(code) || level.count(code, area) == 0) {
        throw ImpactInput.problem(
            input.file,
            row.line,
            "group "
                + quote(row.group)
                + " ("
                + code
                + " "
                + category.label()
                + ") has no population in "
                + population.id()
                + " "
                + area
                + chosen.reexpressed.map(r -> " re-expressed through " + r.crosswalkId()).orElse("")
                + "; leave out not stated and not known groups; the categories are: "
                + level.categoryCodes().stream()
                    .filter(c -> level.count(c, area) > 0)
                    .collect(Collectors.joining(", ")));
      }
      String label = labels.putIfAbsent(code, row.group);
      if (label != null && !label.equals(row.group)) {
        throw ImpactInput.problem(
            input.file,
            row.line,
            "duplicate group: "
                + quote(row.group)
                + " and "
                + quote(label)
                + " (line "
                + lines.get(code)
                + ") are both category "
                + code);
      }
      lines.putIfAbsent(code, row.line);
      users.merge(code, row.events, Math::addExact);
    }
    List<GroupCount> counts = new ArrayList<>();
    List<String> absent = new ArrayList<>();
    for (String code : level.categoryCodes()) {
      long count = level.count(code, area);
      if (count == 0 || !(everyCategory || users.containsKey(code))) {
        continue;
      }
      if (!users.containsKey(code)) {
        absent.add(code);
      }
      counts.add(
          GroupCount.of(labels.getOrDefault(code, code), users.getOrDefault(code, 0L), count));
    }
    return new Matched(
        counts,
        chosen.reexpressed.map(
            r ->
                r.statement()
                    + (conventionNamed
                        ? ""
                        : " (the default convention; choose another with --convention)")),
        absent);
  }

  /**
   * The population's own scheme, then each scheme one bundled crosswalk leads to from it, at
   * category level and then at broad-group level; with a named convention, only the crosswalks it
   * applies to.
   */
  private List<Reading> readings() {
    BundledSchemes schemes = BundledSchemes.get();
    Scheme source = schemes.requireScheme(population.schemeId());
    List<Reading> readings = new ArrayList<>();
    readings.add(
        new Reading(
            source,
            population,
            Optional.empty(),
            " (the scheme of population " + population.id() + ")"));
    Map<String, List<Crosswalk>> byTarget = new LinkedHashMap<>();
    for (Crosswalk crosswalk : schemes.crosswalks()) {
      if (crosswalk.info().sourceSchemeId().equals(source.id())) {
        byTarget
            .computeIfAbsent(crosswalk.info().targetSchemeId(), t -> new ArrayList<>())
            .add(crosswalk);
      }
    }
    for (Map.Entry<String, List<Crosswalk>> entry : byTarget.entrySet()) {
      Optional<Scheme> target = schemes.scheme(entry.getKey());
      if (entry.getValue().size() != 1
          || target.isEmpty()
          || !convention.sourceSchemeId().orElse(source.id()).equals(source.id())
          || !convention.targetSchemeId().orElse(entry.getKey()).equals(entry.getKey())) {
        continue;
      }
      Crosswalk crosswalk = entry.getValue().get(0);
      ReexpressedPopulation reexpressed =
          convention.apply(population, source, crosswalk, target.get());
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
      throw new UsageException(
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
