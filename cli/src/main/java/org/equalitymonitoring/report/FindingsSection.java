package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.equalitymonitoring.rules.Finding;
import org.equalitymonitoring.rules.RuleReport;

/** The data-quality rule findings, most severe first. */
final class FindingsSection implements Section {
  private final RuleReport findings;
  private final Set<Finding> withheld;
  private final List<String> rules;

  /**
   * @param withheld findings computed from unrounded counts, whose figures the disclosure policy
   *     withholds: only their rule, unit and severity are shown
   */
  FindingsSection(RuleReport findings, Set<Finding> withheld, List<String> rules) {
    this.findings = findings;
    this.withheld = withheld;
    this.rules = rules;
  }

  private String message(Finding finding) {
    return withheld.contains(finding)
        ? "Breaks the rule (figures withheld under the disclosure policy)."
        : finding.message();
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
    out.append("<p>Rules checked: ").append(Html.escape(String.join("; ", rules))).append(".</p>");
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
              Html.escape(message(finding))));
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
    json.writeArrayFieldStart("findings");
    for (Finding finding : findings.findings()) {
      json.writeStartObject();
      json.writeStringField("rule", finding.ruleId());
      json.writeStringField("severity", finding.severity().name());
      json.writeStringField("unit", finding.unit());
      if (!withheld.contains(finding)) {
        json.writeNumberField("observed", finding.observed());
      }
      json.writeNumberField("threshold", finding.threshold());
      json.writeStringField("message", message(finding));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
