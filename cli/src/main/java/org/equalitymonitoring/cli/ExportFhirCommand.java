package org.equalitymonitoring.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.equalitymonitoring.fhir.FhirJson;
import org.equalitymonitoring.fhir.TerminologyExport;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.hl7.fhir.r4.model.MetadataResource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Writes every bundled scheme and crosswalk as FHIR R4 terminology resources. */
@Command(
    name = "export-fhir",
    mixinStandardHelpOptions = true,
    description = {
      "Write every bundled scheme as a FHIR R4 CodeSystem and ValueSet, every crosswalk as a",
      "ConceptMap, and each example local scheme with its roll-up ConceptMap, one JSON file each",
      "(TYPE-ID.json), for loading into a terminology server."
    })
final class ExportFhirCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--output",
      required = true,
      paramLabel = "DIR",
      description = "the folder to write to (created if missing)")
  Path output;

  @Option(
      names = "--base",
      paramLabel = "URL",
      description =
          "the base of the canonical URLs of the project's own resources (default: "
              + TerminologyExport.PROJECT_BASE
              + ")")
  String base;

  @Override
  public Integer call() {
    TerminologyExport export =
        base == null
            ? TerminologyExport.standard()
            : Arguments.parse(() -> TerminologyExport.withBase(base));
    List<MetadataResource> resources = export.export(BundledSchemes.get());
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create " + output, e);
    }
    Map<String, Integer> counts = new TreeMap<>();
    for (MetadataResource resource : resources) {
      String type = resource.fhirType();
      String id = resource.getIdElement().getIdPart();
      ReportCommand.write(
          output.resolve(type + "-" + id + ".json"), w -> FhirJson.write(resource, w));
      counts.merge(type, 1, Integer::sum);
    }
    spec.commandLine()
        .getOut()
        .printf(
            "Wrote %d resources (%s) to %s%n",
            resources.size(),
            counts.entrySet().stream()
                .map(e -> e.getValue() + " " + e.getKey())
                .reduce((a, b) -> a + ", " + b)
                .orElse(""),
            output.toAbsolutePath().normalize());
    spec.commandLine().getOut().flush();
    return 0;
  }
}
