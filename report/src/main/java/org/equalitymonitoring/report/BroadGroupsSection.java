package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.disclosure.CountTable;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.schemes.BroadGroupConvention;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * Records with a known ethnic category by broad group under a named convention ({@link
 * BroadGroupConvention}: where Chinese goes), through the bundled crosswalk from the report's
 * scheme. Under a disclosure policy the table is published only whole: if any broad group would be
 * suppressed, or holds a category withheld elsewhere in the report (whose count a published broad
 * group would give back by subtraction), no count is shown.
 */
final class BroadGroupsSection implements Section {
  private final BroadGroupConvention convention;
  private final Crosswalk crosswalk;
  private final List<String> groups = new ArrayList<>();
  private final List<PublishedCell> cells = new ArrayList<>();
  private final List<String> shares = new ArrayList<>();
  private boolean withheld;

  /**
   * Counts the known records by broad group.
   *
   * @param withheldCategories codes whose counts are withheld elsewhere in the report
   */
  BroadGroupsSection(
      ReportSettings settings,
      ExtractAnalysis analysis,
      BroadGroupConvention convention,
      Set<String> withheldCategories) {
    this.convention = convention;
    Scheme scheme = settings.recogniser.scheme();
    BundledSchemes bundled = BundledSchemes.get();
    this.crosswalk = convention.crosswalkFrom(scheme, bundled);
    Scheme target = bundled.requireScheme(convention.schemeId());
    Map<String, long[]> byGroup = new LinkedHashMap<>();
    for (Category group : target.categories()) {
      byGroup.put(group.code(), new long[1]);
    }
    long none = 0;
    for (Map.Entry<String, Long> known : analysis.monitoring.knownByGroup().entrySet()) {
      List<String> to = crosswalk.translate(known.getKey()).targetCodes();
      if (to.isEmpty()) {
        none += known.getValue();
      } else {
        byGroup.get(to.get(0))[0] += known.getValue();
        withheld |= withheldCategories.contains(known.getKey());
      }
    }
    long[] table = new long[byGroup.size() + 1];
    int i = 0;
    for (Map.Entry<String, long[]> group : byGroup.entrySet()) {
      groups.add(target.requireCategory(group.getKey()).label());
      table[i++] = group.getValue()[0];
    }
    groups.add("No broad group");
    table[i] = none;
    DisclosedTable disclosed = settings.disclosure.applyTo(CountTable.oneWay(table));
    withheld |= !disclosed.suppressedEntries().isEmpty();
    for (int r = 0; r < table.length; r++) {
      cells.add(disclosed.cell(r, 0));
      shares.add(
          withheld
              ? "–"
              : Published.share(disclosed.cell(r, 0), disclosed.grandTotal()).isPresent()
                  ? Format.percent(
                      Published.share(disclosed.cell(r, 0), disclosed.grandTotal()).getAsDouble())
                  : "–");
    }
  }

  /** Returns the convention with the crosswalk that applies it, for the methods note. */
  String convention() {
    return convention.id()
        + " ("
        + crosswalk.info().title()
        + "; crosswalk "
        + crosswalk.id()
        + ", "
        + crosswalk.info().source()
        + ")";
  }

  @Override
  public String id() {
    return "broad-groups";
  }

  @Override
  public String title() {
    return "Records by broad group";
  }

  @Override
  public void html(StringBuilder out) {
    List<String[]> rows = new ArrayList<>();
    for (int r = 0; r < groups.size(); r++) {
      rows.add(
          new String[] {groups.get(r), withheld ? "*" : cells.get(r).display(), shares.get(r)});
    }
    Templates.render(
        "broad-groups.jte",
        Map.of(
            "convention",
            convention.id() + " (crosswalk " + crosswalk.id() + ")",
            "withheld",
            withheld,
            "rows",
            rows),
        out);
  }

  @Override
  public void json(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("convention", convention.id());
    json.writeStringField("crosswalk", crosswalk.id());
    json.writeArrayFieldStart("groups");
    for (int r = 0; r < groups.size(); r++) {
      json.writeStartObject();
      json.writeStringField("group", groups.get(r));
      if (withheld) {
        json.writeNullField("records");
      } else {
        Published.write(json, "records", cells.get(r));
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
