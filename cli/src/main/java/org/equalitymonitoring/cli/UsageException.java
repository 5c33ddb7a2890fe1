package org.equalitymonitoring.cli;

/** A usage error found after parsing, such as an unknown scheme id; exit code 2. */
final class UsageException extends RuntimeException {
  UsageException(String message) {
    super(message);
  }
}
