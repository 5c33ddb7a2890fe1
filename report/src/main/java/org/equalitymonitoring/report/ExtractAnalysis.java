package org.equalitymonitoring.report;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import org.equalitymonitoring.agreement.AgreementTally;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
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

    /**
     * Returns the columns read: the ethnicity, then those of the unit, period, outcome, description
     * and second ethnicity that are given, in that order.
     */
    List<String> read() {
      List<String> read = new ArrayList<>();
      read.add(ethnicity);
      unit.ifPresent(read::add);
      period.ifPresent(read::add);
      outcome.ifPresent(read::add);
      description.ifPresent(read::add);
      secondEthnicity.ifPresent(read::add);
      return read;
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
    Counts counts = new Counts(columns, recogniser.scheme(), recogniser::recognise, csv::column);
    Counts.Fields fields = csv::get;
    while (csv.next()) {
      Counts.Record record;
      try {
        record = counts.parse(fields);
      } catch (IllegalArgumentException e) {
        throw new CsvFormatException(csv.source(), csv.line(), e.getMessage());
      }
      counts.add(record);
      progress.run();
    }
    return counts.analysis();
  }

  /**
   * Counts the distinct records of an extract, each given once with how many times it occurs: the
   * same analysis as {@link #read} makes of the records one by one.
   *
   * @param records for each distinct record, the values of its {@link Columns#read} columns (as the
   *     {@code CsvReader} returns them, in that order) and how many records have them, at least 1
   * @param columns the columns
   * @param recogniser recognises the ethnicity column (in the primary scheme)
   * @throws IllegalArgumentException for a bad outcome value or a period that is not a date in the
   *     columns' period format, or a count below 1
   */
  static ExtractAnalysis ofDistinct(
      Map<List<String>, Long> records, Columns columns, CrosswalkRecogniser recogniser) {
    List<String> read = columns.read();
    Map<String, Recognition> recognitions = new HashMap<>();
    Function<String, Recognition> recognise =
        raw -> recognitions.computeIfAbsent(raw, recogniser::recognise);
    Counts counts = new Counts(columns, recogniser.scheme(), recognise, read::indexOf);
    for (Map.Entry<List<String>, Long> entry : records.entrySet()) {
      long count = entry.getValue();
      if (count < 1) {
        throw new IllegalArgumentException("a distinct record counts at least 1, got " + count);
      }
      List<String> values = entry.getKey();
      counts.add(counts.parse(values::get), count);
    }
    return counts.analysis();
  }

  /** The tallies of an extract's records. */
  private static final class Counts {
    /** A record's fields by column number. */
    interface Fields {
      String get(int column);
    }

    /** What one record adds to the tallies. */
    private static final class Record {
      final Recognition recognition;
      final String unit;
      final Optional<String> period;
      final Outcome outcome;
      final Optional<String> writeIn;
      final Optional<String> otherCategory;

      Record(
          Recognition recognition,
          String unit,
          Optional<String> period,
          Outcome outcome,
          Optional<String> writeIn,
          Optional<String> otherCategory) {
        this.recognition = recognition;
        this.unit = unit;
        this.period = period;
        this.outcome = outcome;
        this.writeIn = writeIn;
        this.otherCategory = otherCategory;
      }
    }

    private final Columns columns;
    private final Function<String, Recognition> recognise;
    private final MonitoringTally tally;
    private final WriteInTally writeIns = WriteInTally.create();
    private final Optional<AgreementTally> agreement;
    private final int ethnicity;
    private final int unit;
    private final int period;
    private final int outcome;
    private final int description;
    private final int second;

    /** Periods in ISO form: one entry per distinct value of the column. */
    private final Map<String, Optional<String>> periods = new HashMap<>();

    /**
     * Returns empty tallies.
     *
     * @param columns the columns read
     * @param scheme the scheme of the recognitions
     * @param recognise recognises a raw value
     * @param column the number of a column in the records' fields
     */
    Counts(
        Columns columns,
        Scheme scheme,
        Function<String, Recognition> recognise,
        ToIntFunction<String> column) {
      this.columns = columns;
      this.recognise = recognise;
      this.tally = MonitoringTally.create(scheme);
      this.ethnicity = column.applyAsInt(columns.ethnicity);
      this.unit = columns.unit.map(column::applyAsInt).orElse(-1);
      this.period = columns.period.map(column::applyAsInt).orElse(-1);
      this.outcome = columns.outcome.map(column::applyAsInt).orElse(-1);
      this.description = columns.description.map(column::applyAsInt).orElse(-1);
      this.second = columns.secondEthnicity.map(column::applyAsInt).orElse(-1);
      this.agreement = second < 0 ? Optional.empty() : Optional.of(AgreementTally.create());
    }

    /**
     * Reads a record.
     *
     * @throws IllegalArgumentException for a bad outcome value or a period not in the period format
     */
    Record parse(Fields fields) {
      Recognition recognition = recognise.apply(fields.get(ethnicity));
      boolean known = CompletenessDefinition.KNOWN.isComplete(recognition);
      Optional<String> otherCategory = Optional.empty();
      if (second >= 0 && recognition.category().isPresent()) {
        otherCategory = recognise.apply(fields.get(second)).category().map(Category::code);
      }
      Optional<String> writeIn =
          description >= 0 && known ? Optional.of(fields.get(description)) : Optional.empty();
      Outcome event = null;
      if (outcome >= 0) {
        event = known ? outcome(fields.get(outcome)) : Outcome.MISSING;
      }
      return new Record(
          recognition,
          unit < 0 ? "" : fields.get(unit).strip(),
          period < 0 ? Optional.empty() : period(fields.get(period)),
          event,
          writeIn,
          otherCategory);
    }

    /** Counts a record. */
    void add(Record record) {
      add(record, 1);
    }

    /** Counts records that are the same. */
    void add(Record record, long count) {
      if (second >= 0 && record.recognition.category().isPresent()) {
        String first = record.recognition.category().get().code();
        if (record.otherCategory.isPresent()) {
          agreement.get().add(first, record.otherCategory.get(), count);
        } else {
          agreement.get().addFirstOnly(first, count);
        }
      }
      if (record.writeIn.isPresent()) {
        writeIns.add(record.recognition.category().get().code(), record.writeIn.get(), count);
      }
      if (record.outcome == null) {
        tally.add(record.unit, record.period, record.recognition, count);
      } else {
        tally.add(record.unit, record.period, record.recognition, record.outcome, count);
      }
    }

    ExtractAnalysis analysis() {
      return new ExtractAnalysis(tally.result(), writeIns, agreement);
    }

    /** Returns a period in ISO form. */
    private Optional<String> period(String text) {
      Optional<String> iso = periods.get(text);
      if (iso == null) {
        try {
          iso = Optional.of(columns.periodFormat.toIso(text));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(
              "column " + CsvFormatException.quote(columns.period.get()) + ": " + e.getMessage());
        }
        periods.put(text, iso);
      }
      return iso;
    }
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
}
