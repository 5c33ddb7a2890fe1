package org.equalitymonitoring.cli;

/** Writes CSV fields, quoting those that hold a comma, quote, or line break (RFC 4180). */
final class Csv {
  private Csv() {}

  static StringBuilder append(StringBuilder line, String field) {
    boolean quote = false;
    for (int i = 0; i < field.length() && !quote; i++) {
      char c = field.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      return line.append(field);
    }
    line.append('"');
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      if (c == '"') {
        line.append('"');
      }
      line.append(c);
    }
    return line.append('"');
  }
}
