package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    if (!rules.isEmpty()) {
      out.append("<p>Rules checked: ")
          .append(Html.escape(String.join("; ", rules)))
          .append(".</p>");
    }
    if (controlled) {
      out.append(
          "<p class='note'>Under disclosure control only rules on published figures are checked."
              + " The rules on exact counts (not stated, unrecognised and retired codes, \"Any"
              + " other\" share, a dominant code, the population distribution) run in a report"
              + " with --disclosure none, which is not for publication: whether one fires could"
              + " tell a reader about a suppressed count.</p>");
    }
    if (withheldUnits > 0) {
      out.append("<p class='note'>")
          .append(withheldUnits)
          .append(withheldUnits == 1 ? " unit" : " units")
          .append(" with small numbers (shown as suppressed above) ")
          .append(withheldUnits == 1 ? "is" : "are")
          .append(" not checked against the target: ")
          .append(withheldUnits == 1 ? "its" : "their")
          .append(" figures are withheld under the disclosure policy ")
          .append(Html.escape(policy))
          .append(".</p>");
    }
    if (findings.findings().isEmpty()) {
      out.append("<p>No rule found a problem.</p>");
      return;
    }
    List<Finding> sorted = new ArrayList<>(findings.findings());
    sorted.sort((a, b) -> a.severity().compareTo(b.severity()));
    List<List<String>> rows = new ArrayList<>();
    for (Finding finding : sorted) {
      String severity = finding.severity().name().toLowerCase(Locale.ROOT);
      rows.add(
          List.of(
              "<span class='sev sev-" + severity + "'>" + severity + "</span>",
              Html.escape(finding.isOverall() ? "Overall" : finding.unit()),
              Html.escape(finding.ruleId()),
              Html.escape(finding.message())));
    }
    Table.append(
        out,
        "Findings of the data-quality rules",
        List.of("Severity", "Unit", "Rule", "Finding"),
        rows,
        Table.numeric("tttt"));
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
