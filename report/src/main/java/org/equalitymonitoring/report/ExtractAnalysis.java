package org.equalitymonitoring.report;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.agreement.AgreementTally;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.WriteInTally;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.monitoring.MonitoringResult;
import org.equalitymonitoring.monitoring.MonitoringTally;
import org.equalitymonitoring.monitoring.Outcome;

/**
 * One streaming pass over a record extract: its columns read into a {@link MonitoringTally}
 * (completeness by unit and by period, outcomes by ethnic group), the free-text write-ins beside
 * "Any other" codes, and the pairs of categories of a second ethnicity column for the same people.
 * Memory grows with the number of distinct units, periods, recognitions, groups and write-ins,
 * never with records.
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
    final Optional<String> secondEthnicity;

    Columns(
        String ethnicity,
        Optional<String> unit,
        Optional<String> period,
        PeriodFormat periodFormat,
        Optional<String> outcome,
        Optional<String> description,
        Optional<String> secondEthnicity) {
      this.ethnicity = requireNonNull(ethnicity);
      this.unit = unit;
      this.period = period;
      this.periodFormat = requireNonNull(periodFormat);
      this.outcome = outcome;
      this.description = description;
      this.secondEthnicity = secondEthnicity;
    }
  }

  /** The counts of the extract: completeness by unit and period, outcomes by group. */
  final MonitoringResult monitoring;

  final WriteInTally writeIns;

  /** Pairs of categories of the ethnicity and the second ethnicity column, if there is one. */
  final Optional<AgreementTally> agreement;

  private ExtractAnalysis(
      MonitoringResult monitoring, WriteInTally writeIns, Optional<AgreementTally> agreement) {
    this.monitoring = monitoring;
    this.writeIns = writeIns;
    this.agreement = agreement;
  }

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
    MonitoringTally tally = MonitoringTally.create(recogniser.scheme());
    WriteInTally writeIns = WriteInTally.create();
    // Periods in ISO form: one entry per distinct value of the column.
    Map<String, Optional<String>> periods = new HashMap<>();
    int ethnicity = csv.column(columns.ethnicity);
    int unit = columns.unit.map(csv::column).orElse(-1);
    int period = columns.period.map(csv::column).orElse(-1);
    int outcome = columns.outcome.map(csv::column).orElse(-1);
    int description = columns.description.map(csv::column).orElse(-1);
    int second = columns.secondEthnicity.map(csv::column).orElse(-1);
    Optional<AgreementTally> agreement =
        second < 0 ? Optional.empty() : Optional.of(AgreementTally.create());
    while (csv.next()) {
      Recognition recognition = recogniser.recognise(csv.get(ethnicity));
      String unitName = unit < 0 ? "" : csv.get(unit).strip();
      Optional<String> periodName =
          period < 0 ? Optional.empty() : period(csv, period, columns, periods);
      boolean known = CompletenessDefinition.KNOWN.isComplete(recognition);
      if (second >= 0 && recognition.category().isPresent()) {
        Optional<Category> other = recogniser.recognise(csv.get(second)).category();
        if (other.isPresent()) {
          agreement.get().add(recognition.category().get().code(), other.get().code());
        } else {
          agreement.get().addFirstOnly(recognition.category().get().code());
        }
      }
      if (description >= 0 && known) {
        writeIns.add(recognition.category().get().code(), csv.get(description));
      }
      if (outcome < 0) {
        tally.add(unitName, periodName, recognition);
      } else {
        Outcome event = Outcome.MISSING;
        if (known) {
          try {
            event = outcome(csv.get(outcome));
          } catch (IllegalArgumentException e) {
            throw new CsvFormatException(csv.source(), csv.line(), e.getMessage());
          }
        }
        tally.add(unitName, periodName, recognition, event);
      }
      progress.run();
    }
    return new ExtractAnalysis(tally.result(), writeIns, agreement);
  }

  /**
   * Returns the outcome a yes/no column's value records: yes, y, true, 1 are events; no, n, false,
   * 0 are not; blank is missing.
   *
   * @throws IllegalArgumentException for any other value, quoting it
   */
  static Outcome outcome(String value) {
    switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "":
        return Outcome.MISSING;
      case "yes":
      case "y":
      case "true":
      case "1":
        return Outcome.EVENT;
      case "no":
      case "n":
      case "false":
      case "0":
        return Outcome.NO_EVENT;
      default:
        throw new IllegalArgumentException(
            "an outcome must be yes/no, y/n, true/false or 1/0, got "
                + CsvFormatException.quote(value));
    }
  }

  /** Returns the current record's period in ISO form. */
  private static Optional<String> period(
      CsvReader csv, int column, Columns columns, Map<String, Optional<String>> periods) {
    String text = csv.get(column);
    Optional<String> iso = periods.get(text);
    if (iso == null) {
      try {
        iso = Optional.of(columns.periodFormat.toIso(text));
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
