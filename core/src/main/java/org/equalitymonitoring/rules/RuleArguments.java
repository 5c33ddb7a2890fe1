package org.equalitymonitoring.rules;

import static java.util.Objects.requireNonNull;

/** Checks the configuration of rules, quoting the rule and the value in every message. */
final class RuleArguments {
  private RuleArguments() {}

  /**
   * Returns a fraction in [0, 1].
   *
   * @throws IllegalArgumentException quoting the rule, the parameter and the value
   */
  static double fraction(String ruleId, String name, double value) {
    return fraction(ruleId, name, value, "write 95% as 0.95");
  }

  /**
   * Returns a fraction in [0, 1].
   *
   * @throws IllegalArgumentException quoting the rule, the parameter, the value and the hint
   */
  static double fraction(String ruleId, String name, double value, String hint) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(
          ruleId + ": " + name + " must be a fraction in [0, 1], got " + value + " (" + hint + ")");
    }
    return value;
  }

  /**
   * Returns a count of at least 0.
   *
   * @throws IllegalArgumentException quoting the rule, the parameter and the value
   */
  static long nonNegative(String ruleId, String name, long value) {
    if (value < 0) {
      throw new IllegalArgumentException(
          ruleId + ": " + name + " must be at least 0, got " + value);
    }
    return value;
  }

  /** Returns the severity after checking it is not null. */
  static Severity severity(Severity severity) {
    return requireNonNull(severity, "severity");
  }
}
