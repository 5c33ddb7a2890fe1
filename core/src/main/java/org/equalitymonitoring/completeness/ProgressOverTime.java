package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * Completeness per period, in period order, with the change between consecutive periods and each
 * period's standing against the milestone in force at its end.
 */
public final class ProgressOverTime {
  private ProgressOverTime() {}

  /**
   * Evaluates a tally whose units are periods written as {@code yyyy-MM-dd}, {@code yyyy-MM} or
   * {@code yyyy} (ISO forms sort in time order).
   *
   * @param byPeriod records by period
   * @param definition what counts as complete
   * @param target the target, if any; each period is checked against the milestone in force on its
   *     last day
   * @param confidence the confidence level of the intervals
   * @return one result per period, in period order
   * @throws IllegalArgumentException if the tally is empty or a period is not in one of the forms
   */
  public static List<PeriodCompleteness> of(
      CompletenessTally byPeriod,
      CompletenessDefinition definition,
      Optional<Target> target,
      ConfidenceLevel confidence) {
    requireNonNull(byPeriod, "byPeriod");
    requireNonNull(definition, "definition");
    if (byPeriod.units().isEmpty()) {
      throw new IllegalArgumentException("there are no records to evaluate");
    }
    List<PeriodCompleteness> result = new ArrayList<>();
    OptionalDouble previous = OptionalDouble.empty();
    for (Map.Entry<String, RecognitionCounts> period : byPeriod.units().entrySet()) {
      RecognitionCounts counts = period.getValue();
      UnitCompleteness evaluated =
          CompletenessReport.evaluateOne(
              period.getKey(),
              counts.complete(definition),
              counts.total(),
              Optional.of(counts),
              target,
              periodEnd(period.getKey()),
              confidence);
      double value = evaluated.proportion().value();
      result.add(
          new PeriodCompleteness(
              period.getKey(),
              evaluated,
              previous.isPresent()
                  ? OptionalDouble.of(value - previous.getAsDouble())
                  : OptionalDouble.empty()));
      previous = OptionalDouble.of(value);
    }
    return result;
  }

  /**
   * Returns the last day of a period written as {@code yyyy-MM-dd}, {@code yyyy-MM} or {@code
   * yyyy}.
   *
   * @param period the period
   * @return its last day
   * @throws IllegalArgumentException if the period is in none of the forms, quoting it
   */
  public static LocalDate periodEnd(String period) {
    requireNonNull(period, "period");
    String text = period.strip();
    try {
      switch (text.length()) {
        case 10:
          return LocalDate.parse(text);
        case 7:
          return YearMonth.parse(text).atEndOfMonth();
        case 4:
          return LocalDate.of(Integer.parseInt(text), 12, 31);
        default:
          break;
      }
    } catch (DateTimeParseException | NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        "a period must be written yyyy-MM-dd, yyyy-MM or yyyy, got '" + period + "'");
  }
}
