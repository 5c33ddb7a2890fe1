package org.equalitymonitoring.cli;

/** Output formats of the commands. */
enum Format {
  text,
  json,
  csv
}
