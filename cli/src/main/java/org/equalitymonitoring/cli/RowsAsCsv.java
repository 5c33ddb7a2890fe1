package org.equalitymonitoring.cli;

import java.io.Reader;

/**
 * Rows of another format (a workbook's sheet, FHIR resources) read one at a time and presented as
 * CSV text, so that {@code CsvReader} reads them as it reads a file: memory holds one row's text.
 */
abstract class RowsAsCsv extends Reader {
  /**
   * The text not yet read: a subclass appends rows to it, fields written with {@link Csv#field}.
   */
  protected final StringBuilder text = new StringBuilder();

  private int position;
  private boolean finished;

  /**
   * Appends the next row to {@link #text}, ending with a line break.
   *
   * @return false at the end of the rows
   */
  protected abstract boolean appendRow();

  @Override
  public final int read(char[] chars, int offset, int length) {
    if (length == 0) {
      return 0;
    }
    while (position == text.length()) {
      text.setLength(0);
      position = 0;
      if (finished || !appendRow()) {
        finished = true;
        return -1;
      }
    }
    int n = Math.min(length, text.length() - position);
    text.getChars(position, position + n, chars, offset);
    position += n;
    return n;
  }
}
