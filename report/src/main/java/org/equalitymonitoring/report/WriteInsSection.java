package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.DetailedCategory;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.WriteInClassifier;
import org.equalitymonitoring.coding.WriteInMatch;
import org.equalitymonitoring.completeness.OtherCategoryShare;
import org.equalitymonitoring.disclosure.CountTable;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.disclosure.TableEntry;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.monitoring.MonitoringTables;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.BundledWriteInClassification;
import org.equalitymonitoring.schemes.SchemeId;

/**
 * What the free-text write-ins beside each "Any other" category contain: the records of the
 * category split by the Census 2021 detailed category their description names, with the code that
 * should have been used, plus the descriptions not in the classification and the records without
 * one. Each category's split is one table under the disclosure policy, its total the category's
 * count in the "Any other" table, so a suppressed row cannot be recovered by subtraction; a
 * description not in the classification is shown only if its count is publishable on its own.
 */
final class WriteInsSection implements Section {
  /** Descriptions not in the classification shown by name, at most, per category. */
  private static final int NAMED_UNMATCHED = 8;

  private final List<Split> splits = new ArrayList<>();
  private final Set<String> withheldTotals = new HashSet<>();

  /** One "Any other" category's records, split by what their write-ins name. */
  private static final class Split {
    final String category;
    final PublishedCell total;
    final List<String[]> rows = new ArrayList<>();
    final List<PublishedCell> cells = new ArrayList<>();

    Split(String category, PublishedCell total) {
      this.category = category;
      this.total = total;
    }
  }

  /**
   * Splits each "Any other" category of the tables.
   *
   * @param withheld codes whose counts are withheld elsewhere in the report: their totals here are
   *     withheld too
   */
  WriteInsSection(
      ReportSettings settings,
      ExtractAnalysis analysis,
      MonitoringTables tables,
      Set<String> withheld) {
    Scheme scheme = settings.recogniser.scheme();
    Scheme base = scheme.base().orElse(scheme);
    WriteInClassifier classifier = BundledWriteInClassification.census2021();
    Optional<Crosswalk> toBase =
        base.id().equals(SchemeId.ONS_CENSUS_2021_ENGLAND_WALES.value())
            ? Optional.empty()
            : BundledSchemes.get()
                .crosswalks(SchemeId.ONS_CENSUS_2021_ENGLAND_WALES.value(), base.id())
                .stream()
                .findFirst();
    for (OtherCategoryShare other : tables.others()) {
      Category category = other.category();
      String recordedBase = scheme.rollUpToBase(category).code();
      Map<String, long[]> named = new LinkedHashMap<>();
      Map<String, String[]> rowText = new LinkedHashMap<>();
      List<Map.Entry<String, Long>> unmatched = new ArrayList<>();
      long ambiguous = 0;
      long described = 0;
      for (Map.Entry<String, Long> writeIn :
          analysis.writeIns.largest(category.code(), Integer.MAX_VALUE)) {
        WriteInMatch match = classifier.classify(writeIn.getKey());
        if (match.outcome() == WriteInMatch.Outcome.BLANK) {
          continue;
        }
        described += writeIn.getValue();
        if (match.outcome() == WriteInMatch.Outcome.MATCHED) {
          DetailedCategory detailed = match.suggestion().get();
          String suggested = suggested(detailed, toBase, base);
          named.computeIfAbsent(detailed.code(), c -> new long[1])[0] += writeIn.getValue();
          rowText.putIfAbsent(
              detailed.code(),
              new String[] {
                detailed.label(),
                detailed.heading(),
                suggested.equals(recordedBase) ? "as recorded" : suggested
              });
        } else if (match.outcome() == WriteInMatch.Outcome.AMBIGUOUS) {
          ambiguous += writeIn.getValue();
        } else {
          unmatched.add(writeIn);
        }
      }
      List<Long> counts = new ArrayList<>();
      List<String[]> rows = new ArrayList<>();
      named.forEach(
          (code, count) -> {
            counts.add(count[0]);
            rows.add(rowText.get(code));
          });
      long otherUnmatched = 0;
      int shown = 0;
      for (Map.Entry<String, Long> writeIn : unmatched) {
        // A description is named only if its count is publishable on its own: the text of a
        // description few people share could identify them.
        if (shown < NAMED_UNMATCHED
            && !settings.disclosure.applyToCount(writeIn.getValue()).isSuppressed()) {
          counts.add(writeIn.getValue());
          rows.add(new String[] {writeIn.getKey(), "not in the classification", "–"});
          shown++;
        } else {
          otherUnmatched += writeIn.getValue();
        }
      }
      counts.add(otherUnmatched);
      rows.add(new String[] {"Other descriptions", "not in the classification", "–"});
      counts.add(ambiguous);
      rows.add(new String[] {"Descriptions matching several sections equally", "several", "–"});
      counts.add(other.count() - described);
      rows.add(new String[] {"No description", "–", "–"});
      long[] table = counts.stream().mapToLong(Long::longValue).toArray();
      Set<TableEntry> also =
          withheld.contains(category.code()) ? Set.of(TableEntry.grandTotal()) : Set.of();
      DisclosedTable disclosed = settings.disclosure.applyTo(CountTable.oneWay(table), also);
      Split split = new Split(category.code() + " " + category.label(), disclosed.grandTotal());
      if (split.total.isSuppressed()) {
        withheldTotals.add(category.code());
      }
      for (int r = 0; r < table.length; r++) {
        split.rows.add(rows.get(r));
        split.cells.add(disclosed.cell(r, 0));
      }
      splits.add(split);
    }
  }

  /** The code of the report's base scheme a detailed category suggests, or its Census code. */
  private static String suggested(
      DetailedCategory detailed, Optional<Crosswalk> toBase, Scheme base) {
    if (toBase.isEmpty()) {
      return base.id().equals(SchemeId.ONS_CENSUS_2021_ENGLAND_WALES.value())
          ? detailed.outputCode()
          : "Census 2021 " + detailed.outputCode();
    }
    List<String> targets = toBase.get().translate(detailed.outputCode()).targetCodes();
    return targets.isEmpty() ? "–" : targets.get(0);
  }

  /** The codes of the "Any other" categories whose totals this section withholds. */
  Set<String> withheldTotals() {
    return withheldTotals;
  }

  @Override
  public String id() {
    return "write-ins";
  }

  @Override
  public String title() {
    return "What the \"Any other\" write-ins contain";
  }

  @Override
  public void html(StringBuilder out) {
    List<Map.Entry<String, List<String[]>>> tables = new ArrayList<>();
    for (Split split : splits) {
      List<String[]> rows = new ArrayList<>();
      for (int r = 0; r < split.rows.size(); r++) {
        String[] text = split.rows.get(r);
        rows.add(new String[] {text[0], text[1], text[2], split.cells.get(r).display()});
      }
      rows.add(new String[] {"All records", "", "", split.total.display()});
      tables.add(Map.entry(split.category, rows));
    }
    Templates.render("write-ins.jte", tables, out);
  }

  @Override
  public void json(JsonGenerator json) throws IOException {
    json.writeStartArray();
    for (Split split : splits) {
      json.writeStartObject();
      json.writeStringField("category", split.category);
      Published.write(json, "records", split.total);
      json.writeArrayFieldStart("rows");
      for (int r = 0; r < split.rows.size(); r++) {
        json.writeStartObject();
        json.writeStringField("description", split.rows.get(r)[0]);
        json.writeStringField("section", split.rows.get(r)[1]);
        json.writeStringField("shouldHaveBeen", split.rows.get(r)[2]);
        Published.write(json, "records", split.cells.get(r));
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
