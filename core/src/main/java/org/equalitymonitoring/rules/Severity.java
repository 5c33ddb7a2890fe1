package org.equalitymonitoring.rules;

/** How serious a {@link Finding} is. A {@link RuleReport} passes when it has no ERROR finding. */
public enum Severity {
  /** The data breaks the rule: a test or pipeline should fail. */
  ERROR,
  /** The data needs attention but should not fail a test or pipeline. */
  WARNING,
  /** For information only. */
  INFO;

  /** Returns the next less serious severity: ERROR → WARNING, WARNING and INFO → INFO. */
  Severity milder() {
    return this == ERROR ? WARNING : INFO;
  }
}
