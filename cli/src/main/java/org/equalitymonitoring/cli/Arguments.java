package org.equalitymonitoring.cli;

import java.math.BigDecimal;
import java.util.function.Supplier;

/** Turns the library's argument checks into usage errors (exit code 2). */
final class Arguments {
  private Arguments() {}

  /**
   * Returns a percentage option as a fraction; a value outside 1 to 100 is a usage error, so that
   * 0.95 is not silently read as 95% or as 0.95%.
   */
  static double percentage(String option, double percent) {
    if (!(percent >= 1 && percent <= 100)) {
      throw new UsageException(
          option
              + " is a percentage from 1 to 100, such as 95 for 95%; got "
              + BigDecimal.valueOf(percent).toPlainString());
    }
    return percent / 100;
  }

  static <T> T parse(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
