package org.equalitymonitoring.cli;

import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.impact.ImpactAssessor;
import org.equalitymonitoring.impact.Measure;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.impact.Reference;
import org.equalitymonitoring.population.PopulationConvention;
import org.equalitymonitoring.schemes.BundledStandardPopulations;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.equalitymonitoring.stats.StandardPopulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Assesses the impact of a service or process on ethnic groups: proportions, rates, relative
 * likelihood, representation against a population, or directly standardised rates, each with
 * confidence intervals, a comparison with a reference, and disclosure control.
 */
@Command(
    name = "impact",
    mixinStandardHelpOptions = true,
    description = {
      "Assess equality impact by group: a value with its confidence interval per group, the ratio"
          + " to a reference with its significance, and the adverse-impact finding.",
      "Reads a CSV file with a header row and the columns group,events,denominator in any order"
          + " (with age_band for --measure dsr: the ESP 2013 bands 0-4, 5-9, ..., 85-89, 90+, or"
          + " any strata with --standard total). For representation and rate the denominator column"
          + " may be left out when --population gives it (re-expressed under --convention)."
    })
final class ImpactCommand implements Callable<Integer> {
  /** The measures, by their command-line names. */
  static final Map<String, Measure> MEASURES = new LinkedHashMap<>();

  static {
    MEASURES.put("proportion", Measure.PROPORTION);
    MEASURES.put("rate", Measure.RATE);
    MEASURES.put("relative-likelihood", Measure.RELATIVE_LIKELIHOOD);
    MEASURES.put("representation", Measure.REPRESENTATION);
    MEASURES.put("dsr", Measure.DSR);
  }

  static final String STANDARD_ESP2013 = "esp2013";
  static final String STANDARD_TOTAL = "total";
  static final String STANDARD_MHA_2011 = BundledStandardPopulations.MHA_2011;

  @Spec CommandSpec spec;

  @Option(
      names = "--input",
      required = true,
      paramLabel = "FILE.csv",
      description = "counts by group: columns group,events,denominator (and age_band for dsr)")
  Path input;

  @Option(
      names = "--measure",
      defaultValue = "proportion",
      paramLabel = "MEASURE",
      description =
          "proportion, rate, relative-likelihood, representation or dsr (default:"
              + " ${DEFAULT-VALUE})")
  String measure;

  @Option(
      names = "--reference",
      paramLabel = "GROUP",
      description =
          "the group every other group is compared with (default for proportion, rate and dsr:"
              + " all other groups combined); required for relative-likelihood, where it is the"
              + " comparison group")
  String reference;

  @Option(
      names = "--outcome",
      paramLabel = "benefit|adverse",
      description =
          "whether the events are a benefit (significantly lower is adverse) or an adverse outcome"
              + " (significantly higher is adverse); without it no adverse-impact finding is given")
  String outcome;

  @Mixin PopulationOption population;

  @Mixin ConventionOption convention;

  @Option(
      names = "--standard",
      paramLabel = "esp2013|total|mha-2011",
      description =
          "for dsr: the European Standard Population 2013 (default; age_band 0-4 ... 90+), the"
              + " total population of the groups in each stratum (any age_band labels; Dobson"
              + " intervals), or mha-2011: NHS England's Mental Health Act method, Census 2011"
              + " England by sex and age with the publication's normal-approximation interval"
              + " (columns sex Male|Female and age_band 15 and under, 16 to 17, 18 to 34, 35 to"
              + " 49, 50 to 64, 65 and over)")
  String standard;

  @Mixin ConfidenceOption confidence;

  @Mixin ExtractOptions extract;

  @Option(
      names = "--multiplier",
      paramLabel = "N",
      description =
          "scale of the values: default 100 (percent) for proportion and relative-likelihood,"
              + " 100000 for rate and dsr; representation is always in percent")
  Double multiplier;

  @Mixin DisclosureOption disclosure;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text, json or csv (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() {
    Measure chosen = measure();
    ConfidenceLevel level = confidence.level();
    Optional<OutcomeKind> kind = outcome();
    DisclosurePolicy policy = disclosure.policy();
    Optional<ImpactPopulation> populationArea = population(chosen);
    boolean total = standard(chosen);
    boolean mha = total && standard.strip().equals(STANDARD_MHA_2011);
    if (chosen == Measure.REPRESENTATION && reference != null) {
      throw new UsageException(
          "--reference does not apply to representation: the reference is the population");
    }
    if (chosen == Measure.REPRESENTATION && multiplier != null) {
      throw new UsageException(
          "--multiplier does not apply to representation: shares are always in percent");
    }
    ImpactAssessor base = ImpactAssessor.of(kind.orElse(OutcomeKind.BENEFIT)).withConfidence(level);
    ImpactAssessor assessor =
        multiplier == null ? base : Arguments.parse(() -> base.withMultiplier(multiplier));

    boolean proportion = chosen == Measure.PROPORTION || chosen == Measure.RELATIVE_LIKELIHOOD;
    ImpactInput data =
        ImpactInput.read(
            input,
            extract,
            spec.commandLine().getErr(),
            populationArea.isEmpty(),
            chosen == Measure.DSR,
            proportion);
    if (populationArea.isPresent() && data.hasDenominator) {
      throw new UsageException(
          input
              + " has a denominator column and --population gives the denominators: use one or"
              + " the other");
    }

    List<String> groups = data.groups();
    if (reference != null) {
      if (!groups.contains(reference)) {
        throw new UsageException(
            "unknown reference group '" + reference + "'; the groups are: " + quoted(groups));
      }
      assessor = assessor.withReference(Reference.group(reference));
    } else if (chosen == Measure.RELATIVE_LIKELIHOOD) {
      throw new UsageException(
          "relative-likelihood needs --reference GROUP, the comparison group; the groups are: "
              + quoted(groups));
    }

    Optional<String> convention = Optional.empty();
    List<String> absent = List.of();
    List<GroupCount> counts;
    if (populationArea.isPresent()) {
      ImpactPopulation.Matched matched =
          populationArea.get().match(data, chosen == Measure.REPRESENTATION);
      counts = matched.counts;
      convention = matched.convention;
      absent = matched.absent;
    } else {
      if (chosen == Measure.DSR) {
        checkStrata(data, total, mha);
      }
      if (groups.size() < 2) {
        throw new InputException(
            input + ": at least 2 groups are needed to compare groups, got " + quoted(groups));
      }
      counts = new ArrayList<>();
      for (ImpactInput.Row row : data.rows) {
        counts.add(
            row.stratum == null
                ? GroupCount.of(row.group, row.events, row.denominator)
                : GroupCount.stratified(row.group, row.stratum, row.events, row.denominator));
      }
    }

    ImpactAssessment assessment;
    try {
      assessment = assess(assessor, chosen, counts, total, mha);
    } catch (IllegalArgumentException e) {
      throw new InputException(input + ": " + e.getMessage(), e);
    }
    if (!policy.id().equals(DisclosurePolicy.none().id())) {
      assessment = assessment.disclose(policy);
    }

    ImpactReport report =
        new ImpactReport(
            assessment,
            name(chosen),
            kind,
            convention,
            populationArea.map(
                p -> p.population.id() + " " + p.area + ", " + p.population.info().licence()),
            absent,
            policy,
            chosen == Measure.DSR
                ? Optional.of(
                    mha
                        ? "Census 2011 England by sex and age (NHS England Mental Health Act"
                            + " method; as published, the 16 to 17 strata are left out of the"
                            + " interval's variance)"
                        : total ? "total population of the groups" : "ESP 2013")
                : Optional.empty());
    StringWriter buffer = new StringWriter();
    PrintWriter writer = new PrintWriter(buffer);
    switch (format) {
      case json:
        report.writeJson(writer);
        break;
      case csv:
        report.writeCsv(writer);
        break;
      default:
        report.writeText(writer);
        break;
    }
    writer.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.print(buffer);
    out.flush();
    return 0;
  }

  private static ImpactAssessment assess(
      ImpactAssessor assessor,
      Measure measure,
      List<GroupCount> counts,
      boolean total,
      boolean mha) {
    switch (measure) {
      case DSR:
        if (mha) {
          return assessor.mentalHealthActRates(
              counts,
              BundledStandardPopulations.mentalHealthAct2011(),
              BundledStandardPopulations.MHA_OUT_OF_VARIANCE);
        }
        return total
            ? assessor.standardisedRates(counts)
            : assessor.standardisedRates(counts, StandardPopulation.esp2013());
      default:
        return assessor.assess(measure, counts);
    }
  }

  static String name(Measure measure) {
    return MEASURES.entrySet().stream()
        .filter(e -> e.getValue() == measure)
        .map(Map.Entry::getKey)
        .findFirst()
        .orElseThrow();
  }

  private Measure measure() {
    Measure chosen = MEASURES.get(measure.strip());
    if (chosen == null) {
      throw new UsageException(
          "unknown measure '"
              + measure
              + "'; the measures are: "
              + String.join(", ", MEASURES.keySet()));
    }
    return chosen;
  }

  private Optional<OutcomeKind> outcome() {
    if (outcome == null) {
      return Optional.empty();
    }
    switch (outcome.strip()) {
      case "benefit":
        return Optional.of(OutcomeKind.BENEFIT);
      case "adverse":
        return Optional.of(OutcomeKind.ADVERSE_OUTCOME);
      default:
        throw new UsageException(
            "unknown outcome '" + outcome + "'; the outcomes are: benefit, adverse");
    }
  }

  private Optional<ImpactPopulation> population(Measure chosen) {
    if (population.argument != null && chosen != Measure.REPRESENTATION && chosen != Measure.RATE) {
      throw new UsageException("--population goes with --measure representation or rate");
    }
    if (convention.id != null && population.argument == null) {
      throw new UsageException("--convention goes with --population");
    }
    Optional<PopulationConvention> named = convention.chosen();
    return population.chosen().map(p -> new ImpactPopulation(p, named));
  }

  /**
   * Returns true to standardise to the total of the groups or to the MHA 2011 standard, false for
   * ESP 2013.
   */
  private boolean standard(Measure chosen) {
    if (standard == null) {
      return false;
    }
    if (chosen != Measure.DSR) {
      throw new UsageException("--standard goes with --measure dsr");
    }
    switch (standard.strip()) {
      case STANDARD_ESP2013:
        return false;
      case STANDARD_TOTAL:
      case STANDARD_MHA_2011:
        return true;
      default:
        throw new UsageException(
            "unknown standard population '"
                + standard
                + "'; the standards are: "
                + STANDARD_ESP2013
                + ", "
                + STANDARD_TOTAL
                + ", "
                + STANDARD_MHA_2011);
    }
  }

  /**
   * Checks the strata of a DSR input: with ESP 2013, every age band is one of its bands; every
   * group has every stratum.
   */
  private static void checkStrata(ImpactInput data, boolean total, boolean mha) {
    List<String> bands;
    if (mha) {
      bands = BundledStandardPopulations.mentalHealthAct2011().ageBands();
      for (ImpactInput.Row row : data.rows) {
        if (!bands.contains(row.stratum)) {
          throw ImpactInput.problem(
              data.file,
              row.line,
              "sex and age band "
                  + quote(row.stratum)
                  + " is not a stratum of the Mental Health Act standard; the strata are sex "
                  + String.join(" or ", BundledStandardPopulations.MHA_SEXES)
                  + " (column sex) with age band "
                  + String.join(", ", BundledStandardPopulations.MHA_AGE_GROUPS));
        }
      }
    } else if (total) {
      Set<String> all = new LinkedHashSet<>();
      data.rows.forEach(r -> all.add(r.stratum));
      bands = new ArrayList<>(all);
    } else {
      bands = StandardPopulation.esp2013().ageBands();
      for (ImpactInput.Row row : data.rows) {
        if (!bands.contains(row.stratum)) {
          throw ImpactInput.problem(
              data.file,
              row.line,
              "age band '"
                  + row.stratum
                  + "' is not a band of the European Standard Population 2013; the bands are: "
                  + String.join(", ", bands)
                  + " (or give --standard total)");
        }
      }
    }
    Map<String, Set<String>> byGroup = new LinkedHashMap<>();
    for (ImpactInput.Row row : data.rows) {
      byGroup.computeIfAbsent(row.group, g -> new LinkedHashSet<>()).add(row.stratum);
    }
    for (Map.Entry<String, Set<String>> group : byGroup.entrySet()) {
      List<String> missing =
          bands.stream().filter(b -> !group.getValue().contains(b)).collect(Collectors.toList());
      if (!missing.isEmpty()) {
        throw new InputException(
            data.file
                + ": group '"
                + group.getKey()
                + "' has no row for age bands "
                + String.join(", ", missing)
                + ": give every age band, with events 0 where there were none");
      }
    }
  }

  static String quoted(List<String> groups) {
    return groups.stream().map(g -> "'" + g + "'").collect(Collectors.joining(", "));
  }
}
