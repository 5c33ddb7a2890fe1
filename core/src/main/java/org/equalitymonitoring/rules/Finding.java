package org.equalitymonitoring.rules;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * One breach of a {@link Rule} by one unit (or by the overall result): the rule's id, a severity,
 * the unit, the figures and a message a person can act on, such as {@code "Ward 7: 81.2% of 1,234
 * records have a known ethnic category (95% CI 79.0% to 83.3%); target 95%"}.
 *
 * <p>The figures are the observed value (a fraction such as a share, or a p-value), the threshold
 * it was compared with, the number of records the observed value counts and the number of records
 * it is a share of. A finding never holds raw recorded values or person identifiers. Immutable.
 */
public final class Finding {
  private final String ruleId;
  private final Severity severity;
  private final String unit;
  private final Optional<String> subject;
  private final double observed;
  private final double threshold;
  private final long count;
  private final long total;
  private final String message;

  private Finding(
      String ruleId,
      Severity severity,
      String unit,
      Optional<String> subject,
      double observed,
      double threshold,
      long count,
      long total,
      String message) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.unit = unit;
    this.subject = subject;
    this.observed = observed;
    this.threshold = threshold;
    this.count = count;
    this.total = total;
    this.message = message;
  }

  /**
   * Returns a finding about a unit as a whole.
   *
   * @param ruleId the id of the rule, not blank
   * @param severity the severity
   * @param unit the unit, {@code ""} for the overall result
   * @param observed the observed value, finite
   * @param threshold the value it was compared with, finite
   * @param count the records the observed value counts, at least 0
   * @param total the records it is a share of, at least {@code count}
   * @param message what is wrong, for a person, not blank
   * @return the finding
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if ruleId or message is blank, a figure is not finite, count
   *     is negative or total is below count
   */
  public static Finding of(
      String ruleId,
      Severity severity,
      String unit,
      double observed,
      double threshold,
      long count,
      long total,
      String message) {
    requireNotBlank(ruleId, "ruleId");
    requireNonNull(severity, "severity");
    requireNonNull(unit, "unit");
    requireNotBlank(message, "message");
    if (!Double.isFinite(observed) || !Double.isFinite(threshold)) {
      throw new IllegalArgumentException(
          "finding of rule '"
              + ruleId
              + "': observed and threshold must be finite, got "
              + observed
              + " and "
              + threshold);
    }
    if (count < 0 || total < count) {
      throw new IllegalArgumentException(
          "finding of rule '"
              + ruleId
              + "': counts must satisfy 0 <= count <= total, got count="
              + count
              + ", total="
              + total);
    }
    return new Finding(
        ruleId, severity, unit, Optional.empty(), observed, threshold, count, total, message);
  }

  /**
   * Returns a copy of this finding about one code or group of the unit, such as the code that
   * dominates it or the group whose share differs from the reference.
   *
   * @param subject the code or group, not blank
   * @return the finding with that subject
   * @throws IllegalArgumentException if subject is blank
   */
  public Finding withSubject(String subject) {
    requireNotBlank(subject, "subject");
    return new Finding(
        ruleId, severity, unit, Optional.of(subject), observed, threshold, count, total, message);
  }

  private static void requireNotBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
    }
  }

  /** Returns the id of the rule that made the finding. */
  public String ruleId() {
    return ruleId;
  }

  /** Returns how serious the finding is. */
  public Severity severity() {
    return severity;
  }

  /** Returns the unit, {@code ""} for the overall result. */
  public String unit() {
    return unit;
  }

  /** Returns whether the finding is about the overall result rather than one unit. */
  public boolean isOverall() {
    return unit.isEmpty();
  }

  /** Returns the code or group the finding is about, if it is about one. */
  public Optional<String> subject() {
    return subject;
  }

  /** Returns the observed value, such as the proportion complete or a share, as a fraction. */
  public double observed() {
    return observed;
  }

  /** Returns the value the observed value was compared with, such as a target or a maximum. */
  public double threshold() {
    return threshold;
  }

  /** Returns the number of records the observed value counts. */
  public long count() {
    return count;
  }

  /** Returns the number of records the observed value is a share of. */
  public long total() {
    return total;
  }

  /** Returns what is wrong, with the unit and figures, for a person to act on. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Finding)) {
      return false;
    }
    Finding that = (Finding) other;
    return ruleId.equals(that.ruleId)
        && severity == that.severity
        && unit.equals(that.unit)
        && subject.equals(that.subject)
        && Double.compare(observed, that.observed) == 0
        && Double.compare(threshold, that.threshold) == 0
        && count == that.count
        && total == that.total
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        ruleId, severity, unit, subject, observed, threshold, count, total, message);
  }

  /** Returns the severity, rule id and message, such as {@code "ERROR completeness: Ward 7: …"}. */
  @Override
  public String toString() {
    return severity + " " + ruleId + ": " + message;
  }
}
