package org.equalitymonitoring.cli;

import java.util.function.Supplier;

/** Turns the library's argument checks into usage errors (exit code 2). */
final class Arguments {
  private Arguments() {}

  static <T> T parse(Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }
}
