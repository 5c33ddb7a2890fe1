package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.equalitymonitoring.rules.Finding;
import org.equalitymonitoring.rules.RuleReport;

/** The data-quality rule findings, most severe first. */
final class FindingsSection implements Section {
  private final RuleReport findings;
  private final List<String> rules;
  private final boolean controlled;
  private final int withheldUnits;
  private final String policy;

  /**
   * @param rules the names of the rules checked
   * @param controlled whether the report is disclosure-controlled, so that the rules on exact
   *     counts were not run
   * @param withheldUnits how many units the rules did not check because the disclosure policy
   *     withholds their figures
   * @param policy the disclosure policy's id
   */
  FindingsSection(
      RuleReport findings,
      List<String> rules,
      boolean controlled,
      int withheldUnits,
      String policy) {
    this.findings = findings;
    this.rules = rules;
    this.controlled = controlled;
    this.withheldUnits = withheldUnits;
    this.policy = policy;
  }

  @Override
  public String id() {
    return "findings";
  }

  @Override
  public String title() {
    return "Data-quality findings";
  }

  @Override
  public void html(StringBuilder out) {
    Table table = null;
    if (!findings.findings().isEmpty()) {
      List<Finding> sorted = new ArrayList<>(findings.findings());
      sorted.sort((a, b) -> a.severity().compareTo(b.severity()));
      List<List<Table.Cell>> rows = new ArrayList<>();
      for (Finding finding : sorted) {
        String severity = finding.severity().name().toLowerCase(Locale.ROOT);
        rows.add(
            List.of(
                Table.Cell.span("sev sev-" + severity, severity),
                Table.Cell.of(finding.isOverall() ? "Overall" : finding.unit()),
                Table.Cell.of(finding.ruleId()),
                Table.Cell.of(finding.message())));
      }
      table =
          Table.of(
              "Findings of the data-quality rules",
              List.of("Severity", "Unit", "Rule", "Finding"),
              rows,
              Table.numeric("tttt"));
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("rules", String.join("; ", rules));
    parameters.put("controlled", controlled);
    parameters.put("withheldUnits", withheldUnits);
    parameters.put("policy", policy);
    parameters.put("table", table);
    Templates.render("findings.jte", parameters, out);
  }

  @Override
  public void json(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeBooleanField("passed", findings.passed());
    json.writeNumberField("unitsWithheld", withheldUnits);
    json.writeArrayFieldStart("findings");
    for (Finding finding : findings.findings()) {
      json.writeStartObject();
      json.writeStringField("rule", finding.ruleId());
      json.writeStringField("severity", finding.severity().name());
      json.writeStringField("unit", finding.unit());
      json.writeNumberField("observed", finding.observed());
      json.writeNumberField("threshold", finding.threshold());
      json.writeStringField("message", finding.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
