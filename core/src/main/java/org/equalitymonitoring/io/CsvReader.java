package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Reads a CSV record extract one record at a time (RFC 4180): a header row, fields separated by
 * commas (or another delimiter, given or {@linkplain #detecting detected} from the header line),
 * fields in double quotes that may hold delimiters, quotes ({@code ""}) and line breaks, CRLF or LF
 * line ends, an optional UTF-8 byte-order mark. Empty lines are skipped. Memory holds one record,
 * whatever the size of the file, and a record is bounded: by default a field may hold at most
 * {@value #MAX_FIELD} characters (1 MiB) and a record {@value #MAX_RECORD} (4 MiB), counting its
 * commas, quotes and line end, so that a stray quote in a large file is reported instead of reading
 * the rest of the file into one field.
 *
 * <p>A record with a different number of fields from the header, text other than white space
 * between a closing quote and the end of its field, an unterminated quote, a field or record longer
 * than its limit or bytes that are not valid in the file's character set raise a {@link
 * CsvFormatException} naming the file and line (the line where the record starts; for bad bytes
 * read through {@link #open} or a {@link StrictReader}, the line of the bytes). After a ragged
 * record or text after a closing quote the whole record has been read, so a caller that wants every
 * problem of a file may catch the exception and call {@link #next} again; the other problems end
 * the file, and {@link #next} then returns false. Not thread-safe.
 */
public final class CsvReader implements Closeable {
  /** The default limit on the length of a field, in characters: 1 MiB. */
  public static final int MAX_FIELD = 1 << 20;

  /** The default limit on the length of a record, in characters: 4 MiB. */
  public static final int MAX_RECORD = 1 << 22;

  private static final int BUFFER = 1 << 16;

  /** The number of column names a message lists. */
  private static final int LISTED = 20;

  /** The delimiters {@link #detecting} recognises, in the order that breaks a tie. */
  private static final String DELIMITERS = ",;\t|";

  /** Stands for a delimiter to be detected from the header line. */
  private static final char DETECT = 0;

  private final Reader reader;
  private final String source;
  private final int maxField;
  private final int maxRecord;
  private final char delimiter;
  private final char[] buffer = new char[BUFFER];
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;
  private long consumed;
  private boolean ended;
  private final List<String> header;
  private final String[] fields;
  private final StringBuilder field = new StringBuilder();
  private final List<String> scratch = new ArrayList<>();

  private CsvReader(Reader reader, String source, int maxField, int maxRecord, char delimiter) {
    this.reader = reader;
    this.source = source;
    this.maxField = maxField;
    this.maxRecord = maxRecord;
    this.delimiter = delimiter == DETECT ? detect() : delimiter;
    if (!readRecord()) {
      throw new CsvFormatException(source, 0, "the file is empty; expected a header row");
    }
    if (!scratch.isEmpty() && scratch.get(0).startsWith("\uFEFF")) {
      scratch.set(0, scratch.get(0).substring(1));
    }
    List<String> names = new ArrayList<>();
    for (String name : scratch) {
      names.add(name.strip());
    }
    this.header = Collections.unmodifiableList(names);
    this.fields = new String[header.size()];
  }

  /**
   * Opens a UTF-8 CSV file and reads its header.
   *
   * @param file the file
   * @return the reader, positioned before the first record
   * @throws CsvFormatException if the file does not exist or is empty, or its header breaks a rule
   * @throws UncheckedIOException if it cannot be read
   */
  public static CsvReader open(Path file) {
    requireNonNull(file, "file");
    try {
      return new CsvReader(
          Utf8Reader.of(Files.newInputStream(file)), file.toString(), MAX_FIELD, MAX_RECORD, ',');
    } catch (NoSuchFileException e) {
      throw new CsvFormatException(file.toString(), 0, "file not found");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Reads CSV from a reader, which this reader closes.
   *
   * @param reader the characters
   * @param source the name of the file, for messages
   * @return the reader, positioned before the first record
   * @throws CsvFormatException if there is no header row, or it breaks a rule
   */
  public static CsvReader of(Reader reader, String source) {
    return of(reader, source, MAX_FIELD, MAX_RECORD);
  }

  /**
   * Reads delimited text from a reader, which this reader closes, with fields separated by a given
   * character.
   *
   * @param reader the characters
   * @param source the name of the file, for messages
   * @param delimiter the character between fields: not a quote, a line break or the NUL character
   * @return the reader, positioned before the first record
   * @throws IllegalArgumentException if the delimiter is a quote, a line break or NUL
   * @throws CsvFormatException if there is no header row, or it breaks a rule
   */
  public static CsvReader of(Reader reader, String source, char delimiter) {
    requireNonNull(reader, "reader");
    requireNonNull(source, "source");
    if (delimiter == '"' || delimiter == '\n' || delimiter == '\r' || delimiter == DETECT) {
      throw new IllegalArgumentException(
          "the delimiter cannot be a quote, a line break or NUL, got "
              + CsvFormatException.quote(String.valueOf(delimiter)));
    }
    return new CsvReader(reader, source, MAX_FIELD, MAX_RECORD, delimiter);
  }

  /**
   * Reads delimited text from a reader, which this reader closes, taking as the delimiter the one
   * of comma, semicolon, tab and pipe that occurs most often outside quotes in the header line (the
   * first non-empty line); a tie goes to the first in that order, and a header with none of them
   * (one column) is read with commas. The header is examined in the reader's own buffer, so the
   * input is read once and may be a pipe; a header line longer than 65,536 characters is judged by
   * its first 65,536.
   *
   * @param reader the characters
   * @param source the name of the file, for messages
   * @return the reader, positioned before the first record; {@link #delimiter} tells which was
   *     found
   * @throws CsvFormatException if there is no header row, or it breaks a rule
   */
  public static CsvReader detecting(Reader reader, String source) {
    requireNonNull(reader, "reader");
    requireNonNull(source, "source");
    return new CsvReader(reader, source, MAX_FIELD, MAX_RECORD, DETECT);
  }

  /**
   * Reads CSV from a reader, which this reader closes, with limits on the length of a field and a
   * record.
   *
   * @param reader the characters
   * @param source the name of the file, for messages
   * @param maxField the most characters a field may hold, at least 1
   * @param maxRecord the most characters a record may hold with its commas, quotes and line end, at
   *     least {@code maxField}
   * @return the reader, positioned before the first record
   * @throws IllegalArgumentException if a limit is out of range
   * @throws CsvFormatException if there is no header row, or it breaks a rule
   */
  public static CsvReader of(Reader reader, String source, int maxField, int maxRecord) {
    requireNonNull(reader, "reader");
    requireNonNull(source, "source");
    if (maxField < 1 || maxRecord < maxField) {
      throw new IllegalArgumentException(
          "the limits must be 1 <= maxField <= maxRecord, got maxField "
              + maxField
              + " and maxRecord "
              + maxRecord);
    }
    return new CsvReader(reader, source, maxField, maxRecord, ',');
  }

  /** Returns the column names of the header row, stripped of surrounding white space. */
  public List<String> header() {
    return header;
  }

  /** Returns the name of the file, for messages. */
  public String source() {
    return source;
  }

  /** Returns the character between fields: given, detected, or a comma. */
  public char delimiter() {
    return delimiter;
  }

  /**
   * Returns the index of a column.
   *
   * @param name the column name, compared exactly after stripping white space
   * @return its index
   * @throws CsvFormatException if there is no such column; the message lists the first 20 columns
   */
  public int column(String name) {
    int index = header.indexOf(requireNonNull(name, "name").strip());
    if (index < 0) {
      throw new CsvFormatException(
          source,
          1,
          "no column " + CsvFormatException.quote(name) + "; the columns are " + columns());
    }
    return index;
  }

  /** Returns the first {@value #LISTED} column names, quoted, for a message. */
  private String columns() {
    StringBuilder columns = new StringBuilder();
    for (String column : header.subList(0, Math.min(LISTED, header.size()))) {
      columns.append(columns.length() == 0 ? "" : ", ").append(CsvFormatException.quote(column));
    }
    if (header.size() > LISTED) {
      columns.append(" and ").append(header.size() - LISTED).append(" more");
    }
    return columns.toString();
  }

  /**
   * Advances to the next record.
   *
   * @return false at the end of the file, or after a problem that ends it
   * @throws CsvFormatException for a ragged record, text after a closing quote, an unterminated
   *     quote, a field or record longer than its limit or bytes that are not UTF-8
   */
  public boolean next() {
    if (ended || !readRecord()) {
      return false;
    }
    if (scratch.size() != fields.length) {
      throw new CsvFormatException(
          source,
          recordLine,
          "expected " + fields.length + " fields as in the header, found " + scratch.size());
    }
    scratch.toArray(fields);
    return true;
  }

  /**
   * Returns a field of the current record.
   *
   * @param column a column index from {@link #column}
   * @return the field as written, without its quotes
   */
  public String get(int column) {
    return fields[column];
  }

  /** Returns the line at which the current record starts, from 1. */
  public long line() {
    return recordLine;
  }

  @Override
  public void close() {
    try {
      reader.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private boolean readRecord() {
    scratch.clear();
    field.setLength(0);
    int c = read();
    while (c == '\n' || c == '\r') {
      if (c == '\n') {
        line++;
      }
      c = read();
    }
    if (c < 0) {
      return false;
    }
    recordLine = line;
    long start = consumed - 1;
    boolean quoted = false;
    boolean wasQuoted = false;
    boolean textAfterQuote = false;
    while (true) {
      if (consumed - start > maxRecord) {
        throw tooLong("record", maxRecord);
      }
      if (quoted) {
        if (c < 0) {
          ended = true;
          throw new CsvFormatException(source, recordLine, "a quoted field is not closed");
        }
        if (c == '"') {
          int next = read();
          if (next == '"') {
            append('"');
          } else {
            quoted = false;
            c = next;
            continue;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          append((char) c);
        }
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == delimiter) {
        scratch.add(field.toString());
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\r') {
        int next = read();
        if (next != '\n' && next >= 0) {
          append('\r');
        }
        c = next;
        continue;
      } else if (c == '\n' || c < 0) {
        if (c == '\n') {
          line++;
        }
        if (textAfterQuote) {
          throw new CsvFormatException(
              source, recordLine, "text after the closing quote of a field");
        }
        scratch.add(field.toString());
        return true;
      } else {
        textAfterQuote |= wasQuoted && !Character.isWhitespace(c);
        append((char) c);
      }
      c = read();
    }
  }

  private void append(char c) {
    if (field.length() == maxField) {
      throw tooLong("field", maxField);
    }
    field.append(c);
  }

  private CsvFormatException tooLong(String what, int limit) {
    ended = true;
    return new CsvFormatException(
        source,
        recordLine,
        String.format(
            Locale.ROOT,
            "a %s is longer than %,d characters; is a quote unbalanced?",
            what,
            limit));
  }

  /**
   * Fills the buffer until it holds the end of the first non-empty line outside quotes, the input
   * ends or the buffer is full, and returns the delimiter that occurs most often outside quotes in
   * what it holds. Bytes that are not valid stop the filling; the next {@link #read} reports them.
   */
  private char detect() {
    int[] counts = new int[DELIMITERS.length()];
    boolean quoted = false;
    boolean content = false;
    int i = 0;
    while (true) {
      if (i == limit) {
        if (limit == BUFFER || !fill()) {
          break;
        }
      }
      char c = buffer[i++];
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        if (content) {
          break;
        }
      } else if (!quoted) {
        content = true;
        int index = DELIMITERS.indexOf(c);
        if (index >= 0) {
          counts[index]++;
        }
      }
    }
    int best = 0;
    for (int d = 1; d < counts.length; d++) {
      if (counts[d] > counts[best]) {
        best = d;
      }
    }
    return DELIMITERS.charAt(best);
  }

  /** Appends what the reader has to the buffer; false at the end of the input or bad bytes. */
  private boolean fill() {
    try {
      int n = reader.read(buffer, limit, BUFFER - limit);
      if (n <= 0) {
        return false;
      }
      limit += n;
      return true;
    } catch (CharacterCodingException e) {
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private int read() {
    if (position == limit) {
      try {
        limit = reader.read(buffer, 0, BUFFER);
      } catch (CharacterCodingException e) {
        ended = true;
        throw new CsvFormatException(source, line, "the file is not valid " + encoding());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + source, e);
      }
      position = 0;
      if (limit <= 0) {
        limit = 0;
        return -1;
      }
    }
    consumed++;
    return buffer[position++];
  }

  /** Returns the name of the character set being read, for a message. */
  private String encoding() {
    return reader instanceof StrictReader ? ((StrictReader) reader).charset().name() : "UTF-8";
  }
}
