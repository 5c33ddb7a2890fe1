package org.equalitymonitoring.rules;

import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * The largest share of a result's records a rule allows, with the rule's id and the severity of a
 * breach, and the finding for a share above it. A finding reads {@code "<unit>: <statement>;
 * <limit>"}: the rule states what the share is, and the limit reads {@code "at most 10% allowed"}
 * for a maximum, {@code "none tolerated"} or {@code "at most 1% tolerated"} for a tolerance. Its
 * observed value is the share, its threshold the limit, its count the records the share counts and
 * its total the records it is a share of. Immutable.
 */
final class ShareLimit {
  private final String ruleId;
  private final Severity severity;
  private final double limit;
  private final boolean tolerance;
  private final String verb;

  private ShareLimit(
      String ruleId, Severity severity, double limit, boolean tolerance, String verb) {
    this.ruleId = ruleId;
    this.severity = severity;
    this.limit = limit;
    this.tolerance = tolerance;
    this.verb = verb;
  }

  /**
   * Returns a maximum, worded such as {@code "at most 10% allowed"} with the verb "allowed" or
   * {@code "at most 90% expected"} with "expected".
   */
  static ShareLimit maximum(String ruleId, Severity severity, double maximum, String verb) {
    return new ShareLimit(ruleId, severity, maximum, false, verb);
  }

  /**
   * Returns a tolerance, worded {@code "none tolerated"} or such as {@code "at most 1% tolerated"}.
   */
  static ShareLimit tolerated(String ruleId, Severity severity, double tolerated) {
    return new ShareLimit(ruleId, severity, tolerated, true, "tolerated");
  }

  /**
   * Returns the finding when count of total records is a share above the limit.
   *
   * @param unit the unit, {@code ""} for the overall result
   * @param count the records the share counts
   * @param total the records it is a share of
   * @param statement what the share is, given the share, such as {@code "12.0% of 100 records are
   *     'Not stated' (12 records)"}; called only for a share above the limit
   * @return the finding, or empty when the share is at most the limit or there are no records
   */
  Optional<Finding> check(String unit, long count, long total, DoubleFunction<String> statement) {
    double share = (double) count / total;
    if (!(share > limit)) {
      return Optional.empty();
    }
    return Optional.of(
        Finding.of(
            ruleId,
            severity,
            unit,
            share,
            limit,
            count,
            total,
            Figures.unit(unit) + ": " + statement.apply(share) + "; " + wording()));
  }

  private String wording() {
    return (tolerance ? Figures.noneOrAtMost(limit) : Figures.atMost(limit)) + " " + verb;
  }
}
