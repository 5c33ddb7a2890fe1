package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.impact.GroupResult;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.io.ImpactAssessmentJson;

/**
 * A comparison of ethnic groups from an impact assessment: representation against a population, or
 * an outcome rate against a reference group. Groups are shown by code and label.
 */
final class GroupsSection implements Section {
  private final String id;
  private final String title;
  private final String introduction;
  private final ImpactAssessment assessment;
  private final Scheme scheme;
  private final String referenceLabel;

  GroupsSection(
      String id,
      String title,
      String introduction,
      ImpactAssessment assessment,
      Scheme scheme,
      String referenceLabel) {
    this.id = id;
    this.title = title;
    this.introduction = introduction;
    this.assessment = assessment;
    this.scheme = scheme;
    this.referenceLabel = referenceLabel;
  }

  ImpactAssessment assessment() {
    return assessment;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  private String name(String code) {
    return scheme.category(code).map(c -> c.code() + " " + c.label()).orElse(code);
  }

  private boolean representation() {
    return assessment.measure() == org.equalitymonitoring.impact.Measure.REPRESENTATION;
  }

  @Override
  public void html(StringBuilder out) {
    Templates.paragraph("", "", introduction, out);
    List<List<Table.Cell>> rows = new ArrayList<>();
    List<Charts.Point> points = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    List<Double> shares = new ArrayList<>();
    List<Double> populationShares = new ArrayList<>();
    for (GroupResult group : assessment.groups()) {
      String name = name(group.group());
      String value = "suppressed";
      String interval = "–";
      if (!group.suppressed() && group.value().isPresent()) {
        value = Format.percent(group.value().getAsDouble() / 100);
        interval =
            Format.interval(group.lower().getAsDouble() / 100, group.upper().getAsDouble() / 100);
        points.add(
            new Charts.Point(
                name,
                group.group(),
                group.value().getAsDouble() / 100,
                group.lower().getAsDouble() / 100,
                group.upper().getAsDouble() / 100));
        if (representation() && group.populationShare().isPresent()) {
          groups.add(name);
          codes.add(group.group());
          shares.add(group.value().getAsDouble() / 100);
          populationShares.add(group.populationShare().getAsDouble() / 100);
        }
      }
      List<Table.Cell> row = new ArrayList<>();
      row.add(Table.Cell.of(name));
      row.add(
          Table.Cell.of(
              group.events().isPresent() ? Format.count(group.events().getAsLong()) : "*"));
      if (representation()) {
        row.add(Table.Cell.of(value));
        row.add(Table.Cell.of(interval));
        row.add(
            Table.Cell.of(
                group.populationShare().isPresent()
                    ? Format.percent(group.populationShare().getAsDouble() / 100)
                    : "–"));
      } else {
        row.add(
            Table.Cell.of(
                group.denominator().isPresent()
                    ? Format.count((long) group.denominator().getAsDouble())
                    : "*"));
        row.add(Table.Cell.of(value));
        row.add(Table.Cell.of(interval));
        row.add(Table.Cell.of(ratio(group)));
      }
      row.add(Table.Cell.of(group.significance().map(s -> s.label()).orElse("–")));
      row.add(impactCell(group));
      rows.add(row);
    }
    if (representation()) {
      Table.append(
          out,
          "Share of records with a known ethnic category against the population share",
          List.of(
              "Group",
              "Records",
              "Share",
              assessment.confidence().label() + " interval",
              "Population share",
              "Compared with population",
              "Finding"),
          rows,
          Table.numeric("tnnnntt"));
      assessment
          .goodnessOfFit()
          .ifPresent(
              fit ->
                  Templates.paragraph(
                      "",
                      "",
                      String.format(
                          java.util.Locale.ROOT,
                          "Chi-square goodness of fit of the records to the population: χ² = %.1f on %d degrees of freedom, p %s.",
                          fit.statistic(),
                          fit.degreesOfFreedom(),
                          fit.pValue() < 0.001
                              ? "< 0.001"
                              : String.format(java.util.Locale.ROOT, "= %.3f", fit.pValue())),
                      out));
      if (!groups.isEmpty()) {
        StringBuilder description =
            new StringBuilder("Share of records and of the population by group: ");
        for (int i = 0; i < groups.size(); i++) {
          description
              .append(groups.get(i))
              .append(' ')
              .append(Format.percent(shares.get(i)))
              .append(" of records, ")
              .append(Format.percent(populationShares.get(i)))
              .append(" of the population; ");
        }
        CompletenessSection.figure(
            out,
            Charts.representation(
                "chart-representation",
                groups,
                codes,
                shares.stream().mapToDouble(Double::doubleValue).toArray(),
                populationShares.stream().mapToDouble(Double::doubleValue).toArray(),
                referenceLabel,
                description.toString()),
            "Blue bars: the group's share of records with a known ethnic category; grey bars: its share of "
                + referenceLabel
                + ".");
      }
    } else {
      Table.append(
          out,
          "Outcome rate by ethnic group against the reference group (" + referenceLabel + ")",
          List.of(
              "Group",
              "Events",
              "Records",
              "Rate",
              assessment.confidence().label() + " interval",
              "Ratio to reference (" + assessment.confidence().label() + " interval)",
              "Compared with reference",
              "Finding"),
          rows,
          Table.numeric("tnnnnntt"));
      StringBuilder description = new StringBuilder("Outcome rate by group: ");
      for (Charts.Point point : points) {
        description.append(point.name).append(' ').append(Format.percent(point.value)).append("; ");
      }
      CompletenessSection.figure(
          out,
          Charts.forest(
              "chart-outcome",
              "Outcome rate by ethnic group",
              "Records with the outcome (%)",
              points,
              OptionalDouble.empty(),
              "",
              true,
              assessment.confidence().label(),
              description.toString()),
          "Each dot is a group's outcome rate with its "
              + assessment.confidence().label()
              + " confidence interval.");
    }
    if (!assessment.adverselyImpactedGroups().isEmpty()) {
      List<String> names = new ArrayList<>();
      assessment.adverselyImpactedGroups().forEach(g -> names.add(name(g)));
      Templates.paragraph(
          "finding", "Evidence of adverse impact:", String.join(", ", names) + ".", out);
    }
    if (!assessment.tooSmallToSay().isEmpty()) {
      List<String> names = new ArrayList<>();
      assessment.tooSmallToSay().forEach(g -> names.add(name(g)));
      Templates.paragraph(
          "note",
          "",
          "Too few to say ("
              + assessment.smallNumberRule().description()
              + "): "
              + String.join(", ", names)
              + ".",
          out);
    }
  }

  private static String ratio(GroupResult group) {
    if (group.ratio().isEmpty()) {
      return "–";
    }
    String text = String.format(java.util.Locale.ROOT, "%.2f", group.ratio().getAsDouble());
    if (group.ratioLower().isPresent() && group.ratioUpper().isPresent()) {
      text +=
          String.format(
              java.util.Locale.ROOT,
              " (%.2f to %.2f)",
              group.ratioLower().getAsDouble(),
              group.ratioUpper().getAsDouble());
    }
    return text;
  }

  private static Table.Cell impactCell(GroupResult group) {
    String label = group.adverseImpact().label();
    return group.adverseImpact().isAdverse()
        ? Table.Cell.span("rag rag-red", label)
        : Table.Cell.of(label);
  }

  @Override
  public void json(JsonGenerator json) throws IOException {
    ImpactAssessmentJson.write(
        assessment, code -> scheme.category(code).map(c -> c.label()).orElse(code), json);
  }
}
