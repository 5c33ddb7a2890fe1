package org.equalitymonitoring.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Scheme;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Shows a scheme's hierarchy. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Show a scheme's categories: code, label, kind, parent, heading.")
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SCHEME", description = "a bundled scheme id or a scheme JSON file")
  String scheme;

  @Option(
      names = "--format",
      defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE})")
  Format format;

  @Override
  public Integer call() throws IOException {
    if (format == Format.csv) {
      throw new UsageException("--format must be text or json for show");
    }
    Scheme resolved = Schemes.resolve(scheme);
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      try (JsonGenerator json = JsonOutput.generator(out)) {
        json.writeStartObject();
        json.writeStringField("id", resolved.id());
        json.writeStringField("title", resolved.info().title());
        json.writeStringField("version", resolved.info().version());
        json.writeArrayFieldStart("categories");
        for (Category category : resolved.categories()) {
          json.writeStartObject();
          json.writeStringField("code", category.code());
          json.writeStringField("label", category.label());
          json.writeStringField("kind", category.kind().name());
          json.writeBooleanField("selectable", category.selectable());
          json.writeStringField("parent", category.parentCode().orElse(null));
          json.writeStringField("heading", resolved.heading(category).code());
          json.writeNumberField("depth", resolved.depth(category));
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      out.println();
    } else {
      out.printf(
          "%s: %s (%s)%n", resolved.id(), resolved.info().title(), resolved.info().version());
      for (Category category : resolved.categories()) {
        String indent = "  ".repeat(resolved.depth(category));
        out.printf(
            "%s%s  %s  [%s%s; parent %s; heading %s]%n",
            indent,
            category.code(),
            category.label(),
            category.kind(),
            category.selectable() ? "" : ", not selectable",
            category.parentCode().orElse("-"),
            resolved.heading(category).code());
      }
    }
    out.flush();
    return 0;
  }
}
