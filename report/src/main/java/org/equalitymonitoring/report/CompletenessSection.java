package org.equalitymonitoring.report;

import static org.equalitymonitoring.report.Table.cells;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.ProgressOverTime;
import org.equalitymonitoring.completeness.TargetStatus;
import org.equalitymonitoring.completeness.UnitCompleteness;
import org.equalitymonitoring.completeness.UnitCount;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.io.CompletenessReportJson;
import org.equalitymonitoring.monitoring.MonitoringTables;
import org.equalitymonitoring.stats.ProportionFunnel;

/**
 * Completeness overall and per unit against the target, with RAG status, intervals, the funnel plot
 * and the milestone trajectory. Counts pass through the disclosure policy first, and every
 * proportion is computed from published counts.
 */
final class CompletenessSection implements Section {
  /** Red, amber, green against the target. */
  enum Rag {
    GREEN("Green: target met"),
    AMBER("Amber: below target, not significantly"),
    RED("Red: significantly below target");

    final String label;

    Rag(String label) {
      this.label = label;
    }
  }

  private final ReportSettings settings;
  private final List<String> unitNames = new ArrayList<>();
  private final List<String> unitTotals = new ArrayList<>();
  private final List<String> unitKnown = new ArrayList<>();
  private final CompletenessReport report;
  private final UnitCompleteness overall;
  private final CompletenessReport overallReport;
  private final List<String> suppressedUnits = new ArrayList<>();
  private final List<Period> periods = new ArrayList<>();

  private static final class Period {
    final String name;
    final String total;
    final Optional<UnitCompleteness> result;

    Period(String name, String total, Optional<UnitCompleteness> result) {
      this.name = name;
      this.total = total;
      this.result = result;
    }
  }

  CompletenessSection(ReportSettings settings, MonitoringTables tables) {
    this.settings = settings;
    DisclosedTable published = tables.units();
    List<UnitCount> evaluated = new ArrayList<>();
    for (int i = 0; i < tables.unitNames().size(); i++) {
      String name = tables.unitNames().get(i).isEmpty() ? "All records" : tables.unitNames().get(i);
      OptionalLong known = published.cell(i, 0).value();
      OptionalLong total = published.rowTotal(i).value();
      unitNames.add(name);
      unitTotals.add(published.rowTotal(i).display());
      unitKnown.add(published.cell(i, 0).display());
      if (known.isPresent() && total.isPresent() && total.getAsLong() > 0) {
        evaluated.add(UnitCount.of(name, known.getAsLong(), total.getAsLong()));
      } else {
        suppressedUnits.add(name);
      }
    }
    if (evaluated.isEmpty()) {
      throw new IllegalArgumentException(
          "every unit is suppressed under the disclosure policy "
              + settings.disclosure.id()
              + ": there is nothing to publish (--disclosure none makes a report that is not"
              + " for publication)");
    }
    this.report =
        CompletenessReport.ofCounts(
            evaluated, settings.definition, settings.target, settings.asOf, settings.confidence);
    // Overall figures come from the published totals of all units, suppressed ones included.
    OptionalLong knownTotal = published.columnTotal(0).value();
    OptionalLong grandTotal = published.grandTotal().value();
    this.overallReport =
        knownTotal.isPresent() && grandTotal.isPresent() && grandTotal.getAsLong() > 0
            ? CompletenessReport.ofCounts(
                List.of(UnitCount.of("", knownTotal.getAsLong(), grandTotal.getAsLong())),
                settings.definition,
                settings.target,
                settings.asOf,
                settings.confidence)
            : report;
    this.overall = overallReport.overall();
    if (tables.periods().isPresent()) {
      DisclosedTable publishedPeriods = tables.periods().get();
      for (int i = 0; i < tables.periodNames().size(); i++) {
        String name = tables.periodNames().get(i);
        OptionalLong known = publishedPeriods.cell(i, 0).value();
        OptionalLong total = publishedPeriods.rowTotal(i).value();
        Optional<UnitCompleteness> result = Optional.empty();
        if (known.isPresent() && total.isPresent() && total.getAsLong() > 0) {
          result =
              Optional.of(
                  CompletenessReport.ofCounts(
                          List.of(UnitCount.of(name, known.getAsLong(), total.getAsLong())),
                          settings.definition,
                          settings.target,
                          ProgressOverTime.periodEnd(name),
                          settings.confidence)
                      .overall());
        }
        periods.add(new Period(name, publishedPeriods.rowTotal(i).display(), result));
      }
    }
  }

  /** Returns the units whose counts the disclosure policy suppresses, so they are not evaluated. */
  List<String> suppressedUnits() {
    return suppressedUnits;
  }

  CompletenessReport report() {
    return report;
  }

  UnitCompleteness overall() {
    return overall;
  }

  /** A report whose overall result is {@link #overall()}, the headline figure. */
  CompletenessReport overallReport() {
    return overallReport;
  }

  @Override
  public String id() {
    return "completeness";
  }

  @Override
  public String title() {
    return "Completeness of ethnicity recording";
  }

  /** Returns what counts as complete under a definition, in a sentence for the report. */
  static String definitionText(CompletenessDefinition definition) {
    return definition == CompletenessDefinition.KNOWN
        ? "A record is complete when its ethnicity is a code that identifies an ethnic group."
            + " \"Not stated\" (Z), \"Not known\" (99), legacy X and 9, blanks and values that are"
            + " not codes count as incomplete (NHS Digital Ethnic Category Coverage)."
        : "A record is complete when its ethnicity is a code that identifies an ethnic group or"
            + " \"Not stated\" (Z): the person was asked (NHS Data Dictionary, CR406). \"Not known\""
            + " (99), legacy X and 9, blanks and values that are not codes count as incomplete.";
  }

  static Optional<Rag> rag(UnitCompleteness unit) {
    switch (unit.meetsTarget()) {
      case NO_TARGET:
        return Optional.empty();
      case MET:
        return Optional.of(Rag.GREEN);
      default:
        return Optional.of(unit.significantlyBelowTarget() ? Rag.RED : Rag.AMBER);
    }
  }

  private static Table.Cell ragCell(Optional<Rag> rag) {
    return rag.map(
            r -> Table.Cell.span("rag rag-" + r.name().toLowerCase(java.util.Locale.ROOT), r.label))
        .orElse(Table.Cell.of("–"));
  }

  @Override
  public void html(StringBuilder out) {
    List<String[]> cards = new ArrayList<>();
    cards.add(
        card(
            "Records with " + settings.completeWords(),
            Format.percent(overall.proportion().value()),
            settings.confidence.label()
                + " interval "
                + Format.interval(overall.proportion().lower(), overall.proportion().upper())));
    cards.add(
        card(
            "Records", Format.count(overall.total()), Format.count(overall.complete()) + " known"));
    if (settings.target.isPresent()) {
      long meeting =
          report.units().stream().filter(u -> u.meetsTarget() == TargetStatus.MET).count();
      cards.add(
          card(
              "Target " + Format.percent(settings.target.get().threshold()),
              meeting + " of " + report.units().size(),
              "units meet it; overall: " + rag(overall).map(r -> r.label).orElse("")));
    }
    Templates.render("cards.jte", cards, out);
    Templates.paragraph("", "", definitionText(settings.definition), out);
    List<List<Table.Cell>> rows = new ArrayList<>();
    int evaluatedIndex = 0;
    List<Charts.Point> points = new ArrayList<>();
    for (int i = 0; i < unitNames.size(); i++) {
      String name = unitNames.get(i);
      if (suppressedUnits.contains(name)) {
        rows.add(cells(name, unitTotals.get(i), unitKnown.get(i), "suppressed", "–", "–", "–"));
        continue;
      }
      UnitCompleteness unit = report.units().get(evaluatedIndex++);
      points.add(
          new Charts.Point(
              name,
              Charts.shortened(name),
              unit.proportion().value(),
              unit.proportion().lower(),
              unit.proportion().upper()));
      rows.add(
          List.of(
              Table.Cell.of(name),
              Table.Cell.of(unitTotals.get(i)),
              Table.Cell.of(unitKnown.get(i)),
              Table.Cell.of(Format.percent(unit.proportion().value())),
              Table.Cell.of(Format.interval(unit.proportion().lower(), unit.proportion().upper())),
              ragCell(rag(unit)),
              Table.Cell.of(unit.funnel().map(f -> f.label()).orElse(""))));
    }
    rows.add(
        List.of(
            Table.Cell.strong("Overall"),
            Table.Cell.of(Format.count(overall.total())),
            Table.Cell.of(Format.count(overall.complete())),
            Table.Cell.of(Format.percent(overall.proportion().value())),
            Table.Cell.of(
                Format.interval(overall.proportion().lower(), overall.proportion().upper())),
            ragCell(rag(overall)),
            Table.Cell.of("")));
    Table.append(
        out,
        "Completeness by unit",
        List.of(
            "Unit",
            "Records",
            "Known",
            "% known",
            settings.confidence.label() + " interval",
            "Against target",
            "Funnel plot"),
        rows,
        Table.numeric("tnnnntt"));
    if (!suppressedUnits.isEmpty()) {
      Templates.paragraph(
          "note",
          "",
          suppressedUnits.size()
              + " unit(s) with small numbers are suppressed and left out of the charts.",
          out);
    }
    OptionalDouble target =
        settings.target.map(t -> OptionalDouble.of(t.threshold())).orElse(OptionalDouble.empty());
    figure(
        out,
        Charts.forest(
            "chart-completeness",
            "Records with " + settings.completeWords() + ", by unit",
            "Records with " + settings.completeWords() + " (%)",
            points,
            target,
            target.isPresent() ? "Target " + Format.percent(target.getAsDouble()) : "",
            true,
            settings.confidence.label(),
            describeUnits(points, target)),
        "Each dot is a unit's proportion of records with "
            + settings.completeWords()
            + "; the line through"
            + " it is its "
            + settings.confidence.label()
            + " confidence interval"
            + (target.isPresent() ? "; the dashed red line is the target." : "."));
    if (report.units().size() >= 2) {
      List<double[]> funnelPoints = new ArrayList<>();
      List<String> funnelNames = new ArrayList<>();
      for (UnitCompleteness unit : report.units()) {
        funnelPoints.add(new double[] {unit.complete(), unit.total()});
        funnelNames.add(unit.unit());
      }
      double[] numerators = funnelPoints.stream().mapToDouble(p -> p[0]).toArray();
      double[] denominators = funnelPoints.stream().mapToDouble(p -> p[1]).toArray();
      ProportionFunnel funnel = ProportionFunnel.of(numerators, denominators);
      figure(
          out,
          Charts.funnel(
              "chart-funnel",
              funnelPoints,
              funnelNames,
              funnel,
              "Records with " + settings.completeWords() + " (%)",
              describeFunnel(funnel)),
          "Units are plotted by their number of records. Dashed lines are the 95% (amber) and 99.8%"
              + " (red) control limits around the pooled proportion (PHE funnel-plot method); a unit"
              + " outside them differs from the others by more than chance would explain.");
    }
    if (!periods.isEmpty()) {
      trajectory(out);
    }
  }

  private void trajectory(StringBuilder out) {
    Templates.heading("trajectory", "Progress over time", out);
    List<List<Table.Cell>> rows = new ArrayList<>();
    List<LocalDate> ends = new ArrayList<>();
    List<Charts.Point> points = new ArrayList<>();
    Double previous = null;
    for (Period period : periods) {
      if (period.result.isEmpty()) {
        rows.add(cells(period.name, period.total, "suppressed", "–", "–", "–"));
        previous = null;
        continue;
      }
      UnitCompleteness unit = period.result.get();
      double value = unit.proportion().value();
      ends.add(ProgressOverTime.periodEnd(period.name));
      points.add(
          new Charts.Point(
              period.name,
              period.name,
              value,
              unit.proportion().lower(),
              unit.proportion().upper()));
      rows.add(
          cells(
              period.name,
              period.total,
              Format.percent(value),
              Format.interval(unit.proportion().lower(), unit.proportion().upper()),
              unit.requiredNow().isPresent()
                  ? Format.percent(unit.requiredNow().getAsDouble())
                  : "–",
              trajectoryLabel(unit)
                  + (previous == null
                      ? ""
                      : " (" + Format.change(100 * (value - previous)) + " points)")));
      previous = value;
    }
    Table.append(
        out,
        "Completeness by period against the milestone in force at the end of each period",
        List.of(
            "Period",
            "Records",
            "% known",
            settings.confidence.label() + " interval",
            "Milestone",
            "Trajectory"),
        rows,
        Table.numeric("tnnnnt"));
    if (!points.isEmpty()) {
      StringBuilder description =
          new StringBuilder(
              "Proportion of records with " + settings.completeWords() + " by period: ");
      for (Charts.Point point : points) {
        description.append(point.name).append(' ').append(Format.percent(point.value)).append("; ");
      }
      settings.target.ifPresent(
          t -> description.append("target ").append(Format.percent(t.threshold())).append('.'));
      figure(
          out,
          Charts.trajectory(
              "chart-trajectory",
              ends,
              points,
              settings.target.orElse(null),
              settings.confidence.label(),
              "Records with " + settings.completeWords() + " (%)",
              description.toString()),
          "The blue line is the proportion known in each period with its "
              + settings.confidence.label()
              + " interval; the red"
              + " dashed steps are the milestones of the target.");
    }
  }

  private static String trajectoryLabel(UnitCompleteness unit) {
    switch (unit.trajectory()) {
      case ON_TRACK:
        return "On track";
      case OFF_TRACK:
        return "Off track";
      case NO_MILESTONE_DUE:
        return "No milestone due";
      default:
        return "No target";
    }
  }

  private String describeUnits(List<Charts.Point> points, OptionalDouble target) {
    StringBuilder text =
        new StringBuilder("Proportion of records with " + settings.completeWords() + ": ");
    for (Charts.Point point : points) {
      text.append(point.name)
          .append(' ')
          .append(Format.percent(point.value))
          .append(" (interval ")
          .append(Format.interval(point.lower, point.upper))
          .append("); ");
    }
    target.ifPresent(t -> text.append("target ").append(Format.percent(t)).append('.'));
    return text.toString();
  }

  private String describeFunnel(ProportionFunnel funnel) {
    StringBuilder text =
        new StringBuilder("Funnel plot around the pooled proportion ")
            .append(Format.percent(funnel.averageProportion()))
            .append(". ");
    for (UnitCompleteness unit : report.units()) {
      text.append(unit.unit())
          .append(": ")
          .append(Format.count(unit.total()))
          .append(" records, ")
          .append(Format.percent(unit.proportion().value()))
          .append(", ")
          .append(unit.funnel().map(f -> f.label()).orElse(""))
          .append("; ");
    }
    return text.toString();
  }

  /** A headline figure for {@code cards.jte}: its label, value and detail. */
  private static String[] card(String label, String value, String detail) {
    return new String[] {label, value, detail};
  }

  /** Appends a figure: a chart's SVG (escaped where {@link Svg} writes it) and its caption. */
  static void figure(StringBuilder out, String svg, String caption) {
    Templates.render("figure.jte", Map.of("svg", svg, "caption", caption), out);
  }

  @Override
  public void json(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("definition", report.definition().id());
    if (settings.target.isPresent()) {
      json.writeNumberField("target", settings.target.get().threshold());
    } else {
      json.writeNullField("target");
    }
    json.writeFieldName("overall");
    unit(json, overall);
    json.writeArrayFieldStart("units");
    for (UnitCompleteness unit : report.units()) {
      unit(json, unit);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("suppressedUnits");
    for (String unit : suppressedUnits) {
      json.writeString(unit);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("periods");
    for (Period period : periods) {
      json.writeStartObject();
      json.writeStringField("period", period.name);
      if (period.result.isPresent()) {
        UnitCompleteness unit = period.result.get();
        json.writeNumberField("total", unit.total());
        json.writeNumberField("proportion", unit.proportion().value());
        json.writeNumberField("lower", unit.proportion().lower());
        json.writeNumberField("upper", unit.proportion().upper());
        json.writeStringField("trajectory", unit.trajectory().name());
      } else {
        json.writeBooleanField("suppressed", true);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void unit(JsonGenerator json, UnitCompleteness unit) throws IOException {
    json.writeStartObject();
    CompletenessReportJson.writeUnitFields(json, unit);
    json.writeStringField("rag", rag(unit).map(Enum::name).orElse(null));
    json.writeEndObject();
  }
}
