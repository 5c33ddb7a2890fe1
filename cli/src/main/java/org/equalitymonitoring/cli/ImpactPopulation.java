package org.equalitymonitoring.cli;

import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.monitoring.PopulationMatch;
import org.equalitymonitoring.monitoring.PopulationMatcher;
import org.equalitymonitoring.population.PopulationConvention;
import org.equalitymonitoring.population.ReexpressedPopulation;
import org.equalitymonitoring.population.ReferencePopulation;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * The {@code --population} of a representation or of rates: a bundled population or a population
 * file and one of its areas ({@link PopulationOption}), matched to the input's groups by {@link
 * PopulationMatcher} over the bundled crosswalks under the {@code --convention} (default {@link
 * PopulationConvention#followCrosswalk()}); its problems become messages that name the input's
 * lines and options.
 */
final class ImpactPopulation {
  final ReferencePopulation population;
  final String area;
  private final Optional<PopulationConvention> convention;

  ImpactPopulation(PopulationOption.Chosen chosen, Optional<PopulationConvention> convention) {
    this.population = chosen.population;
    this.area = chosen.area;
    this.convention = convention;
    convention
        .flatMap(PopulationConvention::area)
        .filter(kept -> !kept.equals(area))
        .ifPresent(
            kept -> {
              throw new UsageException(
                  "convention "
                      + convention.get().id()
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

  /**
   * Matches the input's groups to the population's categories ({@link PopulationMatcher}) and
   * returns the events of the input rows of each (summed over age bands) with the category's
   * population as the denominator. With {@code everyCategory} (representation), every category with
   * a population above 0 is a group, with 0 events if the input lacks it; without (rates), only the
   * input's groups.
   */
  Matched match(ImpactInput input, boolean everyCategory) {
    BundledSchemes schemes = BundledSchemes.get();
    PopulationMatcher matcher =
        PopulationMatcher.of(
            population,
            schemes.requireScheme(population.schemeId()),
            area,
            convention,
            schemes.crosswalks(),
            schemes::scheme);
    List<Map.Entry<String, Long>> rows = new ArrayList<>(input.rows.size());
    input.rows.forEach(row -> rows.add(Map.entry(row.group, row.events)));
    PopulationMatch match;
    try {
      match = matcher.match(rows, everyCategory);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (match.problem().isPresent()) {
      throw problem(input, match.problem().get(), match.reexpressed());
    }
    return new Matched(
        match.counts(),
        match
            .reexpressed()
            .map(
                r ->
                    r.statement()
                        + (convention.isPresent()
                            ? ""
                            : " (the default convention; choose another with --convention)")),
        match.absent());
  }

  private RuntimeException problem(
      ImpactInput input,
      PopulationMatch.Problem problem,
      Optional<ReexpressedPopulation> reexpressed) {
    if (problem.kind() == PopulationMatch.Kind.CONVENTION_NOT_APPLIED) {
      return new UsageException(
          "--convention "
              + convention.get().id()
              + " re-expresses a population through a crosswalk, but the groups are codes of the"
              + " population's own scheme "
              + population.schemeId());
    }
    ImpactInput.Row row = input.rows.get(problem.row().getAsInt());
    String message;
    switch (problem.kind()) {
      case UNRECOGNISED_GROUP:
        message =
            "group "
                + quote(row.group)
                + " is not a category code or label of "
                + String.join(" or ", problem.choices());
        break;
      case NO_POPULATION:
        Category category = problem.category().orElseThrow();
        message =
            "group "
                + quote(row.group)
                + " ("
                + category.code()
                + " "
                + category.label()
                + ") has no population in "
                + population.id()
                + " "
                + area
                + reexpressed.map(r -> " re-expressed through " + r.crosswalkId()).orElse("")
                + "; leave out not stated and not known groups; the categories are: "
                + String.join(", ", problem.choices());
        break;
      default:
        ImpactInput.Row earlier = input.rows.get(problem.earlierRow().getAsInt());
        message =
            "duplicate group: "
                + quote(row.group)
                + " and "
                + quote(earlier.group)
                + " (line "
                + earlier.line
                + ") are both category "
                + problem.category().orElseThrow().code();
    }
    return ImpactInput.problem(input.file, row.line, message);
  }
}
