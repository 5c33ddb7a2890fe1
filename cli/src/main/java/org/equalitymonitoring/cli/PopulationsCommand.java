package org.equalitymonitoring.cli;

import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.equalitymonitoring.population.ReferencePopulation;
import org.equalitymonitoring.schemes.BundledPopulations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Lists the bundled populations, or the areas of one, for {@code --population ID:AREA}. */
@Command(
    name = "populations",
    mixinStandardHelpOptions = true,
    description = {
      "List the bundled populations (id, scheme, areas, title, licence), or with an id the areas"
          + " of that population (with their ONS codes where the population has them).",
      "Use one as --population ID:AREA in impact and report; AREA is a name in any case or a code."
    })
final class PopulationsCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "ID", description = "a bundled population id")
  String id;

  @Override
  public Integer call() {
    BundledPopulations bundled = BundledPopulations.get();
    PrintWriter out = spec.commandLine().getOut();
    if (id == null) {
      for (ReferencePopulation population : bundled.populations()) {
        out.printf(
            "%s  [%s; %d areas]  %s; %s%n",
            population.id(),
            population.schemeId(),
            population.areas().size(),
            population.info().title(),
            population.info().licence());
      }
    } else {
      ReferencePopulation population =
          bundled
              .population(id.strip())
              .orElseThrow(
                  () ->
                      new UsageException(
                          "unknown population "
                              + quote(id)
                              + "; list the bundled populations with: populations"));
      Map<String, String> codeOf = new LinkedHashMap<>();
      bundled.areaCodes(population.id()).forEach((code, name) -> codeOf.put(name, code));
      out.printf("%s: %s%n", population.id(), population.info().title());
      for (String area : population.areas()) {
        out.println(codeOf.containsKey(area) ? codeOf.get(area) + "  " + area : area);
      }
    }
    out.flush();
    return 0;
  }
}
