package org.equalitymonitoring.cli;

import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.io.PopulationCsv;
import org.equalitymonitoring.io.PopulationFormatException;
import org.equalitymonitoring.io.Problem;
import org.equalitymonitoring.population.PopulationInfo;
import org.equalitymonitoring.population.ReferencePopulation;
import org.equalitymonitoring.schemes.BundledPopulations;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.UnknownIdException;
import picocli.CommandLine.Option;

/**
 * The options {@code --population ID[:AREA]} or {@code FILE.csv[:AREA]}, and {@code
 * --population-scheme}: a bundled population or a population file (the columns {@code
 * category,area,count}, optionally {@code age_band} and {@code sex}), and one of its areas.
 */
final class PopulationOption {
  /** The area used when none is named, if the population has it. */
  static final String DEFAULT_AREA = "England";

  /**
   * The scheme of a population file's category codes when {@code --population-scheme} is not given.
   */
  static final String DEFAULT_FILE_SCHEME = "nhs-ethnic-category-2001";

  private static final String FILE_SUFFIX = ".csv";
  private static final int AREAS_LISTED = 20;

  @Option(
      names = "--population",
      paramLabel = "ID[:AREA]|FILE.csv[:AREA]",
      description =
          "the population to compare with: a bundled population and area, such as"
              + " census-2021:London (area England by default) or census-2021-ts021-5:Hartlepool (a"
              + " local authority by name in any case or ONS code, such as E06000001; list them"
              + " with: populations census-2021-ts021-5), or a CSV file with the columns"
              + " category,area,count (area optional when the file has one)")
  String argument;

  @Option(
      names = "--population-scheme",
      paramLabel = "SCHEME",
      description =
          "the bundled scheme of a population file's category codes (default: "
              + DEFAULT_FILE_SCHEME
              + ")")
  String schemeId;

  /** A population and the area of it chosen. */
  static final class Chosen {
    final ReferencePopulation population;
    final String area;

    Chosen(ReferencePopulation population, String area) {
      this.population = population;
      this.area = area;
    }
  }

  /** Returns the chosen population and area, or empty without {@code --population}. */
  Optional<Chosen> chosen() {
    if (argument == null) {
      if (schemeId != null) {
        throw new UsageException("--population-scheme goes with --population FILE.csv");
      }
      return Optional.empty();
    }
    int suffix = argument.toLowerCase(Locale.ROOT).lastIndexOf(FILE_SUFFIX + ":");
    if (suffix >= 0) {
      int colon = suffix + FILE_SUFFIX.length();
      return Optional.of(
          file(Path.of(argument.substring(0, colon)), Optional.of(argument.substring(colon + 1))));
    }
    if (argument.toLowerCase(Locale.ROOT).endsWith(FILE_SUFFIX)) {
      return Optional.of(file(Path.of(argument), Optional.empty()));
    }
    if (schemeId != null) {
      throw new UsageException(
          "--population-scheme goes with --population FILE.csv; a bundled population has its"
              + " own scheme");
    }
    return Optional.of(bundled());
  }

  private Chosen bundled() {
    int colon = argument.indexOf(':');
    String id = (colon < 0 ? argument : argument.substring(0, colon)).strip();
    BundledPopulations bundled = BundledPopulations.get();
    ReferencePopulation population =
        bundled
            .population(id)
            .orElseThrow(
                () ->
                    new UsageException(
                        "unknown population "
                            + quote(id)
                            + "; the populations are: "
                            + bundled.populations().stream()
                                .map(ReferencePopulation::id)
                                .collect(Collectors.joining(", "))
                            + " (see: populations), or give a FILE.csv"));
    String hint = "; list them with: populations " + id;
    if (colon < 0) {
      return new Chosen(population, defaultArea(population, "--population " + id, hint));
    }
    String wanted = argument.substring(colon + 1);
    String area =
        bundled
            .area(id, wanted)
            .orElseThrow(
                () ->
                    new UsageException(
                        "population '"
                            + id
                            + "' has no area "
                            + quote(wanted.strip())
                            + (bundled.areaCodes(id).isEmpty()
                                ? ""
                                : " (a name in any case or an ONS code)")
                            + areas(population, hint)));
    return new Chosen(population, area);
  }

  private Chosen file(Path file, Optional<String> wanted) {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("population file " + quote(file.toString()) + " not found");
    }
    String scheme = schemeId == null ? DEFAULT_FILE_SCHEME : schemeId.strip();
    Scheme codes;
    try {
      codes = BundledSchemes.get().requireScheme(scheme);
    } catch (UnknownIdException e) {
      throw new UsageException("--population-scheme: " + e.getMessage());
    }
    PopulationInfo info =
        PopulationInfo.builder()
            .id(file.getFileName().toString())
            .title("population file " + file)
            .version("as supplied")
            .source(file.toString())
            .licence("as supplied")
            .schemeId(codes.id())
            .build();
    ReferencePopulation population;
    try {
      population = PopulationCsv.read(file, info, codes);
    } catch (PopulationFormatException e) {
      List<Problem> problems = e.problems();
      throw new InputException(
          quote(file.toString())
              + ": "
              + problems.get(0)
              + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : "")
              + (problems.get(0).message().contains("is not a code of scheme")
                  ? "; give the scheme of the codes with --population-scheme"
                  : ""),
          e);
    } catch (UncheckedIOException e) {
      throw new InputException(
          "cannot read population file " + quote(file.toString()) + ": " + e.getMessage(), e);
    }
    String name = "--population " + file;
    if (wanted.isEmpty()) {
      return new Chosen(
          population,
          population.areas().size() == 1
              ? population.areas().get(0)
              : defaultArea(population, name, ""));
    }
    String area = wanted.get().strip();
    return new Chosen(
        population,
        population.areas().stream()
            .filter(a -> a.equalsIgnoreCase(area))
            .findFirst()
            .orElseThrow(
                () ->
                    new UsageException(
                        "population file "
                            + quote(file.toString())
                            + " has no area "
                            + quote(area)
                            + areas(population, ""))));
  }

  private static String defaultArea(ReferencePopulation population, String option, String hint) {
    if (population.areas().contains(DEFAULT_AREA)) {
      return DEFAULT_AREA;
    }
    throw new UsageException(
        "population '"
            + population.id()
            + "' has no area "
            + DEFAULT_AREA
            + ": name one as "
            + option
            + ":AREA"
            + areas(population, hint));
  }

  /** The areas, listed when there are few, else the hint where to find them. */
  private static String areas(ReferencePopulation population, String hint) {
    List<String> areas = population.areas();
    if (areas.size() <= AREAS_LISTED || hint.isEmpty()) {
      return "; the areas are: "
          + String.join(", ", areas.subList(0, Math.min(areas.size(), AREAS_LISTED)))
          + (areas.size() > AREAS_LISTED ? ", ..." : "");
    }
    return "; it has " + areas.size() + " areas" + hint;
  }
}
