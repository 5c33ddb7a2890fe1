package org.equalitymonitoring.cli;

/** An input file that cannot be read or is malformed; exit code 1. */
final class InputException extends RuntimeException {
  InputException(String message) {
    super(message);
  }

  InputException(String message, Throwable cause) {
    super(message, cause);
  }
}
