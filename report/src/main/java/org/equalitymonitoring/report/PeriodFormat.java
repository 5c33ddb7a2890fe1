package org.equalitymonitoring.report;

import static java.util.Objects.requireNonNull;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;
import org.equalitymonitoring.completeness.ProgressOverTime;
import org.equalitymonitoring.io.CsvFormatException;

/**
 * Reads the period of a record, a day, month or year, and writes it in ISO form ({@code
 * yyyy-MM-dd}, {@code yyyy-MM} or {@code yyyy}), the form in which periods sort in time order and
 * {@link ProgressOverTime#periodEnd} finds their last day. ISO forms are always read; a {@link
 * #ofPattern pattern} adds another, such as {@code dd/MM/yyyy} for dates as written in the UK.
 * Dates with slashes are never guessed: 01/04/2026 is the 1st of April in the UK and the 4th of
 * January in the US. Immutable and thread-safe.
 */
public final class PeriodFormat {
  private static final String ISO = "yyyy-MM-dd, yyyy-MM or yyyy";

  private final Optional<String> pattern;
  private final Optional<DateTimeFormatter> formatter;

  private PeriodFormat(Optional<String> pattern, Optional<DateTimeFormatter> formatter) {
    this.pattern = pattern;
    this.formatter = formatter;
  }

  /** Returns the format that reads ISO periods only: yyyy-MM-dd, yyyy-MM or yyyy. */
  public static PeriodFormat iso() {
    return new PeriodFormat(Optional.empty(), Optional.empty());
  }

  /**
   * Returns the format that reads a java.time pattern, such as {@code dd/MM/yyyy} or {@code
   * MM/yyyy}, and ISO periods. Values are read strictly: 31/02/2026 is refused, not moved to the
   * end of February.
   *
   * @param pattern a {@link DateTimeFormatter} pattern with a year ({@code y} or {@code u})
   * @return the format
   * @throws IllegalArgumentException if the pattern is not a java.time pattern or has no year
   */
  public static PeriodFormat ofPattern(String pattern) {
    requireNonNull(pattern, "pattern");
    if (pattern.indexOf('y') < 0 && pattern.indexOf('u') < 0) {
      throw new IllegalArgumentException(
          "the date format "
              + CsvFormatException.quote(pattern)
              + " has no year (y); write it as a java.time pattern such as dd/MM/yyyy");
    }
    try {
      DateTimeFormatter formatter =
          new DateTimeFormatterBuilder()
              .parseCaseInsensitive()
              .appendPattern(pattern)
              .parseDefaulting(ChronoField.ERA, 1)
              .toFormatter(Locale.UK)
              .withResolverStyle(ResolverStyle.STRICT);
      return new PeriodFormat(Optional.of(pattern), Optional.of(formatter));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "the date format "
              + CsvFormatException.quote(pattern)
              + " is not a java.time pattern such as dd/MM/yyyy ("
              + e.getMessage()
              + ")");
    }
  }

  /**
   * Returns a period in ISO form.
   *
   * @param text the period as written, with any surrounding white space
   * @return the day, month or year in ISO form
   * @throws IllegalArgumentException if the text is in none of the forms, quoting at most 80
   *     characters of it; without a pattern, the message suggests {@code --date-format dd/MM/yyyy}
   */
  public String toIso(String text) {
    String period = requireNonNull(text, "text").strip();
    if (formatter.isPresent()) {
      try {
        String iso = iso(formatter.get().parse(period));
        ProgressOverTime.periodEnd(iso);
        return iso;
      } catch (DateTimeException | IllegalArgumentException e) {
        // may still be ISO, below
      }
    }
    try {
      ProgressOverTime.periodEnd(period);
      return period;
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        CsvFormatException.quote(period)
            + (pattern.isPresent()
                ? " is not a date written " + pattern.get() + " or " + ISO
                : " is not a date written "
                    + ISO
                    + "; for dates written day/month/year give --date-format dd/MM/yyyy"));
  }

  /**
   * Returns a day, for a column that must hold one, such as the date of a recorded ethnicity: read
   * as {@link #toIso} reads it, then refused if it is a month or a year.
   *
   * @param text the date as written, with any surrounding white space
   * @return the day
   * @throws IllegalArgumentException if {@link #toIso} refuses the text, or if it is a month or a
   *     year; the message quotes at most 80 characters of it
   */
  public LocalDate toDay(String text) {
    String iso = toIso(text);
    if (iso.indexOf('-') == iso.lastIndexOf('-')) {
      throw new IllegalArgumentException(
          CsvFormatException.quote(text.strip())
              + " is a "
              + (iso.indexOf('-') < 0 ? "year" : "month")
              + ", not a day: write the day, as yyyy-MM-dd"
              + pattern.map(p -> " or " + p).orElse(""));
    }
    return LocalDate.parse(iso);
  }

  private static String iso(TemporalAccessor parsed) {
    if (parsed.isSupported(ChronoField.EPOCH_DAY)) {
      return LocalDate.from(parsed).toString();
    }
    if (parsed.isSupported(ChronoField.MONTH_OF_YEAR)) {
      return YearMonth.from(parsed).toString();
    }
    return Year.from(parsed).toString();
  }
}
