package org.equalitymonitoring.cli;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.report.PeriodFormat;
import org.equalitymonitoring.resolution.EthnicityRecord;

/**
 * The rows of a record-level extract as {@link EthnicityRecord}s, read one at a time as the
 * resolution asks for them: the person (stripped), the source (stripped, in lower case, so that
 * {@code APC} is {@code apc}), the date (a day; blank or no date column for an undated record) and
 * the recognised code, or, for a source whose codes the policy translates itself (GP journal SNOMED
 * CT concepts in the NHS Digital presets), the code as recorded. A blank person or source is an
 * error at its line; the message never quotes a person. Counts the records and those of sources the
 * policy does not read. Not thread-safe.
 */
final class ResolveInput implements Iterator<EthnicityRecord> {
  private final CsvReader csv;
  private final Progress progress;
  private final CrosswalkRecogniser recogniser;
  private final PeriodFormat dates;
  private final Optional<Set<String>> sourcesRead;
  private final Set<String> translatedSources;
  private final int person;
  private final int source;
  private final int code;
  private final Optional<Integer> date;
  private final String dateColumn;
  private final Map<String, Optional<LocalDate>> days = new HashMap<>();
  private boolean fetched;
  private boolean more;
  private long records;
  private long unread;

  /**
   * Returns the records of an extract.
   *
   * @param csv the extract, before its first record
   * @param columns the person, source, code and (optional) date columns, by name
   * @param sourcesRead the sources the policy reads, or empty when it reads every source
   * @param translatedSources the sources whose codes the policy translates itself, passed on as
   *     recorded
   */
  ResolveInput(
      CsvReader csv,
      Progress progress,
      CrosswalkRecogniser recogniser,
      PeriodFormat dates,
      Optional<Set<String>> sourcesRead,
      Set<String> translatedSources,
      String personColumn,
      String sourceColumn,
      String codeColumn,
      Optional<String> dateColumn) {
    this.csv = csv;
    this.progress = progress;
    this.recogniser = recogniser;
    this.dates = dates;
    this.sourcesRead = sourcesRead;
    this.translatedSources = translatedSources;
    this.person = csv.column(personColumn);
    this.source = csv.column(sourceColumn);
    this.code = csv.column(codeColumn);
    this.date = dateColumn.map(csv::column);
    this.dateColumn = dateColumn.orElse("");
  }

  @Override
  public boolean hasNext() {
    if (!fetched) {
      more = csv.next();
      fetched = true;
    }
    return more;
  }

  @Override
  public EthnicityRecord next() {
    if (!hasNext()) {
      throw new NoSuchElementException("no more records");
    }
    fetched = false;
    records++;
    progress.row();
    String key = csv.get(person).strip();
    if (key.isEmpty()) {
      throw problem("the person column is blank; every record needs a person");
    }
    String from = csv.get(source).strip().toLowerCase(Locale.ROOT);
    if (from.isEmpty()) {
      throw problem("the source column is blank; every record needs a source, such as gp-journal");
    }
    if (sourcesRead.isPresent() && !sourcesRead.get().contains(from)) {
      unread++;
    }
    Optional<LocalDate> day = date.isPresent() ? day(csv.get(date.get())) : Optional.empty();
    if (translatedSources.contains(from)) {
      String recorded = csv.get(code).strip();
      return recorded.isEmpty()
          ? EthnicityRecord.uncoded(key, day, from, RecognitionStatus.MISSING)
          : EthnicityRecord.coded(key, day, from, recorded, CategoryKind.SUBSTANTIVE);
    }
    return EthnicityRecord.recognised(key, day, from, recogniser.recognise(csv.get(code)));
  }

  /** Returns the day written, read once per distinct text; blank is no date. */
  private Optional<LocalDate> day(String text) {
    Optional<LocalDate> day = days.get(text);
    if (day == null) {
      try {
        day = text.isBlank() ? Optional.empty() : Optional.of(dates.toDay(text));
      } catch (IllegalArgumentException e) {
        throw problem("column " + CsvFormatException.quote(dateColumn) + ": " + e.getMessage());
      }
      days.put(text, day);
    }
    return day;
  }

  private CsvFormatException problem(String message) {
    return new CsvFormatException(csv.source(), csv.line(), message);
  }

  /** Returns the number of records read so far. */
  long records() {
    return records;
  }

  /** Returns the number of records read so far whose source the policy does not read. */
  long unread() {
    return unread;
  }
}
