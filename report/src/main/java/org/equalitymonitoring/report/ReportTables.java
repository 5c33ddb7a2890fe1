package org.equalitymonitoring.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.OtherCategoryShare;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.disclosure.CountTable;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.LinkedTables;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.disclosure.TableEntry;

/**
 * Every count table of the report's completeness and recording sections, disclosed together ({@link
 * LinkedTables}) so that a figure shared by two tables, such as a unit's total or the records with
 * a known category, is published in both or in neither:
 *
 * <ul>
 *   <li>units: complete and incomplete records by unit;
 *   <li>statuses: the complete records by status and the incomplete records by status, each unit's
 *       row total being its complete or incomplete count;
 *   <li>periods: complete and incomplete records by period, with the units' column totals;
 *   <li>"Any other" categories, with the rest of the known records, totalling the known records.
 * </ul>
 */
final class ReportTables {
  /** How a record's ethnicity was recorded, as the report counts it. */
  enum Status {
    CODED("Coded"),
    HEADING("Coded to a heading"),
    NOT_STATED("Not stated"),
    NOT_KNOWN("Not known"),
    MISSING("Missing"),
    UNRECOGNISED("Unrecognised"),
    AMBIGUOUS("Ambiguous"),
    BROAD_GROUP("Broad group, not an ethnic category");

    final String label;

    Status(String label) {
      this.label = label;
    }

    /** The records of a unit with this recognition status. */
    long count(RecognitionCounts unit) {
      return unit.byStatus().get(RecognitionStatus.valueOf(name()));
    }

    boolean complete(CompletenessDefinition definition) {
      return this == CODED || (this == NOT_STATED && definition == CompletenessDefinition.VALID);
    }
  }

  final List<String> unitNames;
  final Published units;
  final List<Status> statuses = new ArrayList<>();
  private final Map<Status, Published> statusTable = new EnumMap<>(Status.class);
  private final Map<Status, Integer> statusColumn = new EnumMap<>(Status.class);
  final List<String> periodNames;
  final Optional<Published> periods;
  final List<OtherCategoryShare> others;
  final Published otherCounts;

  /**
   * Discloses the tables.
   *
   * @param withheldGroups codes whose counts are withheld elsewhere in the report (representation,
   *     outcomes): their "Any other" counts are withheld too
   */
  ReportTables(ReportSettings settings, ExtractAnalysis analysis, Set<String> withheldGroups) {
    CompletenessDefinition definition = settings.definition;
    Map<String, RecognitionCounts> byUnit = analysis.monitoring.units();
    unitNames = new ArrayList<>(byUnit.keySet());
    RecognitionCounts overall = analysis.monitoring.overall();
    for (Status status : Status.values()) {
      if ((status != Status.HEADING && status != Status.BROAD_GROUP) || status.count(overall) > 0) {
        statuses.add(status);
      }
    }
    List<Status> complete = new ArrayList<>();
    List<Status> incomplete = new ArrayList<>();
    for (Status status : statuses) {
      (status.complete(definition) ? complete : incomplete).add(status);
    }
    LinkedTables linked = LinkedTables.create();
    int unitTable = linked.add(CountTable.of(rows(byUnit, definition)));
    int completeTable = linked.add(CountTable.of(byStatus(byUnit, complete)));
    int incompleteTable = linked.add(CountTable.of(byStatus(byUnit, incomplete)));
    for (int u = 0; u < unitNames.size(); u++) {
      linked.link(unitTable, TableEntry.cell(u, 0), completeTable, TableEntry.rowTotal(u));
      linked.link(unitTable, TableEntry.cell(u, 1), incompleteTable, TableEntry.rowTotal(u));
    }
    linked.link(unitTable, TableEntry.columnTotal(0), completeTable, TableEntry.grandTotal());
    linked.link(unitTable, TableEntry.columnTotal(1), incompleteTable, TableEntry.grandTotal());

    Map<String, RecognitionCounts> byPeriod = analysis.monitoring.periods();
    periodNames = new ArrayList<>(byPeriod.keySet());
    int periodTable = -1;
    if (!byPeriod.isEmpty()) {
      periodTable = linked.add(CountTable.of(rows(byPeriod, definition)));
      linked.link(unitTable, TableEntry.grandTotal(), periodTable, TableEntry.grandTotal());
      for (int c = 0; c < 2; c++) {
        linked.link(unitTable, TableEntry.columnTotal(c), periodTable, TableEntry.columnTotal(c));
      }
    }

    others = OtherCategoryShare.of(overall);
    long known = Status.CODED.count(overall);
    long[] otherRows = new long[others.size() + 1];
    long rest = known;
    for (int i = 0; i < others.size(); i++) {
      otherRows[i] = others.get(i).count();
      rest -= otherRows[i];
    }
    otherRows[others.size()] = rest;
    int otherTable = linked.add(CountTable.oneWay(otherRows));
    for (int i = 0; i < others.size(); i++) {
      if (withheldGroups.contains(others.get(i).category().code())) {
        linked.suppress(otherTable, TableEntry.cell(i, 0));
      }
    }
    linked.link(
        completeTable,
        TableEntry.columnTotal(complete.indexOf(Status.CODED)),
        otherTable,
        TableEntry.grandTotal());

    List<DisclosedTable> published = linked.publish(settings.disclosure);
    units = Published.of(published.get(unitTable));
    Published completeByStatus = Published.of(published.get(completeTable));
    for (int i = 0; i < complete.size(); i++) {
      statusTable.put(complete.get(i), completeByStatus);
      statusColumn.put(complete.get(i), i);
    }
    Published incompleteByStatus = Published.of(published.get(incompleteTable));
    for (int i = 0; i < incomplete.size(); i++) {
      statusTable.put(incomplete.get(i), incompleteByStatus);
      statusColumn.put(incomplete.get(i), i);
    }
    periods =
        periodTable < 0 ? Optional.empty() : Optional.of(Published.of(published.get(periodTable)));
    otherCounts = Published.of(published.get(otherTable));
  }

  private static long[][] rows(
      Map<String, RecognitionCounts> groups, CompletenessDefinition definition) {
    long[][] rows = new long[groups.size()][];
    int i = 0;
    for (RecognitionCounts counts : groups.values()) {
      long complete = counts.complete(definition);
      rows[i++] = new long[] {complete, counts.total() - complete};
    }
    return rows;
  }

  private static long[][] byStatus(Map<String, RecognitionCounts> units, List<Status> columns) {
    long[][] rows = new long[units.size()][columns.size()];
    int u = 0;
    for (RecognitionCounts unit : units.values()) {
      for (int c = 0; c < columns.size(); c++) {
        rows[u][c] = columns.get(c).count(unit);
      }
      u++;
    }
    return rows;
  }

  /** The codes of the "Any other" categories whose counts are suppressed. */
  Set<String> suppressedOtherCategories() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < others.size(); i++) {
      if (otherCounts.cell(i, 0).isSuppressed()) {
        codes.add(others.get(i).category().code());
      }
    }
    return codes;
  }

  /** The published records of a unit with a status. */
  PublishedCell status(int unit, Status status) {
    return statusTable.get(status).cell(unit, statusColumn.get(status));
  }
}
