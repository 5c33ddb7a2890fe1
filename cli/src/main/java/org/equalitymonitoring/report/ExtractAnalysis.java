package org.equalitymonitoring.report;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.completeness.WriteInTally;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;

/**
 * One streaming pass over a record extract: completeness by unit and by period, the free-text
 * write-ins beside "Any other" codes, and outcomes by ethnic group. Memory grows with the number of
 * distinct units, periods, recognitions, groups and write-ins, never with records. Not thread-safe.
 */
final class ExtractAnalysis {
  /** Column names of the extract. */
  static final class Columns {
    final String ethnicity;
    final Optional<String> unit;
    final Optional<String> period;
    final PeriodFormat periodFormat;
    final Optional<String> outcome;
    final Optional<String> description;

    Columns(
        String ethnicity,
        Optional<String> unit,
        Optional<String> period,
        PeriodFormat periodFormat,
        Optional<String> outcome,
        Optional<String> description) {
      this.ethnicity = requireNonNull(ethnicity);
      this.unit = unit;
      this.period = period;
      this.periodFormat = requireNonNull(periodFormat);
      this.outcome = outcome;
      this.description = description;
    }
  }

  final CompletenessTally byUnit = CompletenessTally.create();
  final CompletenessTally byPeriod = CompletenessTally.create();
  final WriteInTally writeIns = WriteInTally.create();

  /** Periods as written to periods in ISO form: one entry per distinct value of the column. */
  private final Map<String, String> periods = new HashMap<>();

  /** Per group code of the base scheme: {events, records with an outcome}. */
  final Map<String, long[]> outcomes = new TreeMap<>();

  long rows;
  long outcomesMissing;

  private ExtractAnalysis() {}

  /**
   * Reads every record of an extract.
   *
   * @param csv the extract, positioned before its first record; not closed
   * @param columns the columns to read
   * @param recogniser recognises the ethnicity column (in the primary scheme)
   * @param progress counts rows
   * @throws CsvFormatException for a missing column, a ragged row, a bad outcome value or a period
   *     that is not a date in the columns' period format
   */
  static ExtractAnalysis read(
      CsvReader csv, Columns columns, CrosswalkRecogniser recogniser, Runnable progress) {
    ExtractAnalysis analysis = new ExtractAnalysis();
    Scheme scheme = recogniser.scheme();
    int ethnicity = csv.column(columns.ethnicity);
    int unit = columns.unit.map(csv::column).orElse(-1);
    int period = columns.period.map(csv::column).orElse(-1);
    int outcome = columns.outcome.map(csv::column).orElse(-1);
    int description = columns.description.map(csv::column).orElse(-1);
    while (csv.next()) {
      analysis.rows++;
      Recognition recognition = recogniser.recognise(csv.get(ethnicity));
      analysis.byUnit.add(unit < 0 ? "" : csv.get(unit).strip(), recognition);
      if (period >= 0) {
        analysis.byPeriod.add(analysis.period(csv, period, columns), recognition);
      }
      boolean known = CompletenessDefinition.KNOWN.isComplete(recognition);
      if (description >= 0 && known) {
        analysis.writeIns.add(recognition.category().get().code(), csv.get(description));
      }
      if (outcome >= 0 && known) {
        Outcome event;
        try {
          event = Outcome.parse(csv.get(outcome));
        } catch (IllegalArgumentException e) {
          throw new CsvFormatException(csv.source(), csv.line(), e.getMessage());
        }
        if (event == Outcome.MISSING) {
          analysis.outcomesMissing++;
        } else {
          Category group = scheme.rollUpToBase(recognition.category().get());
          long[] counts = analysis.outcomes.computeIfAbsent(group.code(), g -> new long[2]);
          counts[0] += event == Outcome.EVENT ? 1 : 0;
          counts[1]++;
        }
      }
      progress.run();
    }
    return analysis;
  }

  /** Returns the current record's period in ISO form. */
  private String period(CsvReader csv, int column, Columns columns) {
    String text = csv.get(column);
    String iso = periods.get(text);
    if (iso == null) {
      try {
        iso = columns.periodFormat.toIso(text);
      } catch (IllegalArgumentException e) {
        throw new CsvFormatException(
            csv.source(),
            csv.line(),
            "column " + CsvFormatException.quote(columns.period.get()) + ": " + e.getMessage());
      }
      periods.put(text, iso);
    }
    return iso;
  }
}
