package org.equalitymonitoring.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.schemes.BundledSchemes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Lists the bundled schemes and crosswalks. */
@Command(
    name = "schemes",
    mixinStandardHelpOptions = true,
    description =
        "List the bundled schemes (id, title, version, status, categories) and crosswalks.")
final class SchemesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() throws IOException {
    if (format == Format.csv) {
      throw new UsageException("--format must be text or json for schemes");
    }
    BundledSchemes bundled = BundledSchemes.get();
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      try (JsonGenerator json = JsonOutput.generator(out)) {
        json.writeStartObject();
        json.writeArrayFieldStart("schemes");
        for (Scheme scheme : bundled.schemes()) {
          writeScheme(json, scheme);
        }
        for (Scheme scheme : bundled.examples()) {
          writeScheme(json, scheme);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("crosswalks");
        for (Crosswalk crosswalk : bundled.crosswalks()) {
          json.writeStartObject();
          json.writeStringField("id", crosswalk.id());
          json.writeStringField("title", crosswalk.info().title());
          json.writeStringField("version", crosswalk.info().version());
          json.writeStringField("from", crosswalk.info().sourceSchemeId());
          json.writeStringField("to", crosswalk.info().targetSchemeId());
          json.writeNumberField("rows", crosswalk.rows().size());
          json.writeStringField("source", crosswalk.info().source());
          json.writeStringField("licence", crosswalk.info().licence());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      out.println();
    } else {
      out.printf("%-34s %-8s %10s  %s%n", "SCHEME", "STATUS", "CATEGORIES", "TITLE (VERSION)");
      for (Scheme scheme : bundled.schemes()) {
        printScheme(out, scheme);
      }
      for (Scheme scheme : bundled.examples()) {
        printScheme(out, scheme);
      }
      out.println();
      out.printf("%-34s %-30s %-30s %5s%n", "CROSSWALK", "FROM", "TO", "ROWS");
      for (Crosswalk crosswalk : bundled.crosswalks()) {
        out.printf(
            "%-34s %-30s %-30s %5d%n",
            crosswalk.id(),
            crosswalk.info().sourceSchemeId(),
            crosswalk.info().targetSchemeId(),
            crosswalk.rows().size());
      }
    }
    out.flush();
    return 0;
  }

  private static long selectable(Scheme scheme) {
    return scheme.categories().stream().filter(Category::selectable).count();
  }

  private static void printScheme(PrintWriter out, Scheme scheme) {
    out.printf(
        "%-34s %-8s %10d  %s (%s)%n",
        scheme.id(),
        scheme.info().status().name().toLowerCase(java.util.Locale.ROOT),
        selectable(scheme),
        scheme.info().title(),
        scheme.info().version());
  }

  private static void writeScheme(JsonGenerator json, Scheme scheme) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", scheme.id());
    json.writeStringField("title", scheme.info().title());
    json.writeStringField("version", scheme.info().version());
    json.writeStringField(
        "status", scheme.info().status().name().toLowerCase(java.util.Locale.ROOT));
    json.writeNumberField("categories", selectable(scheme));
    json.writeNumberField("headings", scheme.categories().size() - selectable(scheme));
    if (scheme.info().baseSchemeId().isPresent()) {
      json.writeStringField("extends", scheme.info().baseSchemeId().get());
    }
    if (scheme.info().system().isPresent()) {
      json.writeStringField("system", scheme.info().system().get());
    }
    json.writeStringField("publisher", scheme.info().publisher());
    json.writeStringField("source", scheme.info().source());
    json.writeStringField("licence", scheme.info().licence());
    json.writeEndObject();
  }
}
