package org.equalitymonitoring.cli;

import org.equalitymonitoring.stats.ConfidenceLevel;
import picocli.CommandLine.Option;

/** The {@code --confidence} option shared by the commands that compute intervals. */
final class ConfidenceOption {
  @Option(
      names = "--confidence",
      defaultValue = "0.95",
      description = "confidence level of the intervals, in [0.9, 1) (default: ${DEFAULT-VALUE})")
  double confidence;

  /** Returns the level; a value outside [0.9, 1) is a usage error. */
  ConfidenceLevel level() {
    return Arguments.parse(() -> ConfidenceLevel.of(confidence));
  }
}
