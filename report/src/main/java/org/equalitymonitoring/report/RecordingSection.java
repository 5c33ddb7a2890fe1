package org.equalitymonitoring.report;

import static org.equalitymonitoring.report.Table.cells;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.equalitymonitoring.completeness.OtherCategoryShare;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.disclosure.Shares;
import org.equalitymonitoring.monitoring.MonitoringTables;
import org.equalitymonitoring.monitoring.RecordingStatus;

/**
 * How ethnicity was recorded: the share of each recognition status by unit (coded, not stated, not
 * known, missing, unrecognised, ambiguous) and the share in each "Any other" category; what the
 * free-text write-ins beside them contain is {@link WriteInsSection}.
 */
final class RecordingSection implements Section {
  private final List<String> units = new ArrayList<>();
  private final MonitoringTables tables;

  RecordingSection(MonitoringTables tables) {
    this.tables = tables;
    for (String unit : tables.unitNames()) {
      units.add(unit.isEmpty() ? "All records" : unit);
    }
  }

  @Override
  public String id() {
    return "recording";
  }

  @Override
  public String title() {
    return "How ethnicity was recorded";
  }

  @Override
  public void html(StringBuilder out) {
    List<String> headers = new ArrayList<>();
    headers.add("Unit");
    List<RecordingStatus> statuses = tables.statuses();
    statuses.forEach(status -> headers.add(status.label()));
    headers.add("Records");
    List<List<Table.Cell>> rows = new ArrayList<>();
    double[][] shares = new double[units.size()][statuses.size()];
    List<String> chartUnits = new ArrayList<>();
    List<double[]> chartShares = new ArrayList<>();
    for (int u = 0; u < units.size(); u++) {
      List<String> row = new ArrayList<>();
      row.add(units.get(u));
      boolean complete = true;
      for (int s = 0; s < statuses.size(); s++) {
        PublishedCell cell = tables.status(u, statuses.get(s));
        OptionalDouble share = Shares.of(cell, tables.units().rowTotal(u)).fraction();
        row.add(
            cell.display()
                + (share.isPresent() ? " (" + Format.percent(share.getAsDouble()) + ")" : ""));
        complete &= share.isPresent();
        shares[u][s] = share.orElse(0);
      }
      row.add(tables.units().rowTotal(u).display());
      rows.add(cells(row.toArray(new String[0])));
      if (complete) {
        chartUnits.add(units.get(u));
        chartShares.add(shares[u]);
      }
    }
    Table.append(
        out,
        "Records by recognition status and unit",
        headers,
        rows,
        Table.numeric("t" + "n".repeat(statuses.size() + 1)));
    Templates.paragraph(
        "",
        "",
        "Not stated (Z): the person was asked and declined. Not known (99, X, 9): not asked or"
            + " not known. Coded to a heading: a heading such as Mixed, which cannot be chosen."
            + " Broad group: a term such as BAME or BME that spans several categories and names"
            + " none. Unrecognised: a value that is not a code, label, synonym or broad-group term"
            + " of the scheme.",
        out);
    if (!chartUnits.isEmpty()) {
      List<String> labels = new ArrayList<>();
      statuses.forEach(status -> labels.add(status.label()));
      StringBuilder description = new StringBuilder("Share of records by status: ");
      for (int u = 0; u < chartUnits.size(); u++) {
        description.append(chartUnits.get(u)).append(": ");
        for (int s = 0; s < labels.size(); s++) {
          description
              .append(labels.get(s))
              .append(' ')
              .append(Format.percent(chartShares.get(u)[s]))
              .append(", ");
        }
        description.append("; ");
      }
      CompletenessSection.figure(
          out,
          Charts.statuses(
              "chart-statuses",
              chartUnits,
              labels,
              chartShares.toArray(new double[0][]),
              description.toString()),
          "Each bar splits a unit's records by how their ethnicity was recorded."
              + (chartUnits.size() < units.size()
                  ? " Units with a suppressed count are not charted."
                  : ""));
    }
    Templates.heading("any-other", "\"Any other\" categories", out);
    List<OtherCategoryShare> others = tables.others();
    if (others.isEmpty()) {
      Templates.paragraph("", "", "No record was coded to an \"Any other\" category.", out);
      return;
    }
    List<List<Table.Cell>> otherRows = new ArrayList<>();
    for (int i = 0; i < others.size(); i++) {
      OtherCategoryShare other = others.get(i);
      otherRows.add(
          cells(
              other.category().code() + " " + other.category().label(),
              tables.otherCounts().cell(i, 0).display(),
              otherShare(i).isPresent() ? Format.percent(otherShare(i).getAsDouble()) : "–"));
    }
    Table.append(
        out,
        "Records in \"Any other\" categories, as a share of records with a known ethnic category",
        List.of("Category", "Records", "Share of known"),
        otherRows,
        Table.numeric("tnn"));
    Templates.paragraph(
        "",
        "",
        "Many records in an \"Any other\" category can hide a community that a local"
            + " sub-classification should name; with a description column, the next section shows"
            + " what their free-text descriptions contain.",
        out);
  }

  @Override
  public void json(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("units");
    for (int u = 0; u < units.size(); u++) {
      json.writeStartObject();
      json.writeStringField("unit", units.get(u));
      json.writeObjectFieldStart("statuses");
      for (RecordingStatus status : tables.statuses()) {
        var cell = tables.status(u, status);
        if (cell.value().isPresent()) {
          json.writeNumberField(status.name(), cell.value().getAsLong());
        } else {
          json.writeNullField(status.name());
        }
      }
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("otherCategories");
    for (int i = 0; i < tables.others().size(); i++) {
      json.writeStartObject();
      json.writeStringField("code", tables.others().get(i).category().code());
      json.writeStringField("label", tables.others().get(i).category().label());
      var cell = tables.otherCounts().cell(i, 0);
      if (cell.value().isPresent()) {
        json.writeNumberField("records", cell.value().getAsLong());
        OptionalDouble share = otherShare(i);
        if (share.isPresent()) {
          json.writeNumberField("shareOfKnown", share.getAsDouble());
        } else {
          json.writeNullField("shareOfKnown");
        }
      } else {
        json.writeBooleanField("suppressed", true);
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  /** An "Any other" category's published records over the published known records. */
  private OptionalDouble otherShare(int i) {
    return Shares.of(tables.otherCounts().cell(i, 0), tables.otherCounts().grandTotal()).fraction();
  }
}
