package org.equalitymonitoring.cli;

import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.util.Optional;
import java.util.stream.Collectors;
import org.equalitymonitoring.population.PopulationConvention;
import picocli.CommandLine.Option;

/**
 * The option {@code --convention NAME}: the named {@link PopulationConvention} under which a
 * population is re-expressed in the scheme of the input's groups (default {@code
 * follow-crosswalk}).
 */
final class ConventionOption {
  @Option(
      names = "--convention",
      paramLabel = "NAME",
      description =
          "how --population is re-expressed in the scheme of the groups through a crosswalk:"
              + " follow-crosswalk (default: every code where its crosswalk row puts it),"
              + " exact-only (INEXACT rows left out) or nhs-mha-census-2021 (the Mental Health Act"
              + " statistics' Census 2021 England denominator; with census-2021 or"
              + " census-2021-rm032)")
  String id;

  /** Returns the convention named, or empty without {@code --convention}. */
  Optional<PopulationConvention> chosen() {
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(
        PopulationConvention.named(id.strip())
            .orElseThrow(
                () ->
                    new UsageException(
                        "unknown convention "
                            + quote(id)
                            + "; the conventions are: "
                            + PopulationConvention.named().stream()
                                .map(PopulationConvention::id)
                                .collect(Collectors.joining(", ")))));
  }
}
