package org.equalitymonitoring.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.OtherCategoryShare;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.disclosure.CountTable;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.disclosure.LinkedTables;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.disclosure.TableEntry;

/**
 * The count tables of a monitoring result's completeness and recording figures, disclosed together
 * ({@link LinkedTables}) so that a figure shared by two tables, such as a unit's total or the
 * records with a known category, is published in both or in neither:
 *
 * <ul>
 *   <li>units: complete and incomplete records by unit;
 *   <li>statuses: the complete records by status and the incomplete records by status, each unit's
 *       row total being its complete or incomplete count;
 *   <li>periods: complete and incomplete records by period, with the units' column totals;
 *   <li>"Any other" categories, with the rest of the known records, totalling the known records.
 * </ul>
 *
 * <p>Immutable.
 */
public final class MonitoringTables {
  private final List<String> unitNames;
  private final DisclosedTable units;
  private final List<RecordingStatus> statuses = new ArrayList<>();
  private final Map<RecordingStatus, DisclosedTable> statusTable =
      new EnumMap<>(RecordingStatus.class);
  private final Map<RecordingStatus, Integer> statusColumn = new EnumMap<>(RecordingStatus.class);
  private final List<String> periodNames;
  private final Optional<DisclosedTable> periods;
  private final List<OtherCategoryShare> others;
  private final DisclosedTable otherCounts;

  private MonitoringTables(
      MonitoringResult result,
      CompletenessDefinition definition,
      DisclosurePolicy policy,
      Set<String> withheldGroups) {
    Map<String, RecognitionCounts> byUnit = result.units();
    unitNames = List.copyOf(byUnit.keySet());
    RecognitionCounts overall = result.overall();
    for (RecordingStatus status : RecordingStatus.values()) {
      if ((status != RecordingStatus.HEADING && status != RecordingStatus.BROAD_GROUP)
          || status.count(overall) > 0) {
        statuses.add(status);
      }
    }
    List<RecordingStatus> complete = new ArrayList<>();
    List<RecordingStatus> incomplete = new ArrayList<>();
    for (RecordingStatus status : statuses) {
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

    Map<String, RecognitionCounts> byPeriod = result.periods();
    periodNames = List.copyOf(byPeriod.keySet());
    int periodTable = -1;
    if (!byPeriod.isEmpty()) {
      periodTable = linked.add(CountTable.of(rows(byPeriod, definition)));
      linked.link(unitTable, TableEntry.grandTotal(), periodTable, TableEntry.grandTotal());
      for (int c = 0; c < 2; c++) {
        linked.link(unitTable, TableEntry.columnTotal(c), periodTable, TableEntry.columnTotal(c));
      }
    }

    others = OtherCategoryShare.of(overall);
    long known = RecordingStatus.CODED.count(overall);
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
        TableEntry.columnTotal(complete.indexOf(RecordingStatus.CODED)),
        otherTable,
        TableEntry.grandTotal());

    List<DisclosedTable> published = linked.publish(policy);
    units = published.get(unitTable);
    DisclosedTable completeByStatus = published.get(completeTable);
    for (int i = 0; i < complete.size(); i++) {
      statusTable.put(complete.get(i), completeByStatus);
      statusColumn.put(complete.get(i), i);
    }
    DisclosedTable incompleteByStatus = published.get(incompleteTable);
    for (int i = 0; i < incomplete.size(); i++) {
      statusTable.put(incomplete.get(i), incompleteByStatus);
      statusColumn.put(incomplete.get(i), i);
    }
    periods = periodTable < 0 ? Optional.empty() : Optional.of(published.get(periodTable));
    otherCounts = published.get(otherTable);
  }

  /**
   * Discloses the tables of a monitoring result.
   *
   * @param result the counts, not null
   * @param definition what counts as complete, not null
   * @param policy the disclosure policy, not null
   * @param withheldGroups codes of the base scheme whose counts are withheld elsewhere (such as in
   *     a representation or an outcome table): their "Any other" counts are withheld too; not null
   * @return the published tables
   */
  public static MonitoringTables of(
      MonitoringResult result,
      CompletenessDefinition definition,
      DisclosurePolicy policy,
      Set<String> withheldGroups) {
    requireNonNull(result, "result");
    requireNonNull(definition, "definition");
    requireNonNull(policy, "policy");
    requireNonNull(withheldGroups, "withheldGroups");
    return new MonitoringTables(result, definition, policy, withheldGroups);
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

  private static long[][] byStatus(
      Map<String, RecognitionCounts> units, List<RecordingStatus> columns) {
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

  /** Returns the units in the result's order (sorted); the rows of {@link #units()}. */
  public List<String> unitNames() {
    return unitNames;
  }

  /** Returns complete (column 0) and incomplete (column 1) records by unit, as published. */
  public DisclosedTable units() {
    return units;
  }

  /**
   * Returns the statuses the tables count: every status, less {@link RecordingStatus#HEADING} and
   * {@link RecordingStatus#BROAD_GROUP} when no record has them.
   */
  public List<RecordingStatus> statuses() {
    return Collections.unmodifiableList(statuses);
  }

  /**
   * Returns the published records of a unit with a status.
   *
   * @param unit the unit's row in {@link #unitNames()}
   * @param status one of {@link #statuses()}
   * @return the published cell
   * @throws IndexOutOfBoundsException if there is no such unit
   * @throws NullPointerException if the status is not one of {@link #statuses()}
   */
  public PublishedCell status(int unit, RecordingStatus status) {
    return statusTable.get(status).cell(unit, statusColumn.get(status));
  }

  /** Returns the periods in the result's order (sorted); the rows of {@link #periods()}. */
  public List<String> periodNames() {
    return periodNames;
  }

  /**
   * Returns complete (column 0) and incomplete (column 1) records by period, as published; empty
   * when the result has no periods.
   */
  public Optional<DisclosedTable> periods() {
    return periods;
  }

  /** Returns the "Any other" categories with records, in the rows of {@link #otherCounts()}. */
  public List<OtherCategoryShare> others() {
    return others;
  }

  /**
   * Returns the records of each "Any other" category, then of every other known category, as a
   * one-way published table whose grand total is the known records.
   */
  public DisclosedTable otherCounts() {
    return otherCounts;
  }

  /** Returns the codes of the "Any other" categories whose counts are suppressed. */
  public Set<String> suppressedOtherCategories() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < others.size(); i++) {
      if (otherCounts.cell(i, 0).isSuppressed()) {
        codes.add(others.get(i).category().code());
      }
    }
    return codes;
  }
}
