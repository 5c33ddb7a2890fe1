package org.equalitymonitoring.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reads the records of part of a UTF-8 CSV file as spans of bytes, without making a String of any
 * field: the grammar of {@link org.equalitymonitoring.io.CsvReader}, byte for byte (a quote opens a
 * quoted field only as the field's first character, {@code ""} within one stands for a quote,
 * quoted fields may hold delimiters and line breaks, white space may follow a closing quote, a CR
 * before a LF or at the end of the file ends the line and any other CR is text, empty lines are
 * skipped). A field's span is its bytes as written, quotes included; {@link #field} decodes it as
 * the {@code CsvReader} would.
 *
 * <p>Reading starts at a position taken to be the start of a line outside quotes and stops at the
 * first line end outside quotes at or after a stopping position, so that a file split at any
 * positions is read as consecutive ranges (see {@link CsvChunks}). Anything that the {@code
 * CsvReader} would reject (a ragged record, text after a closing quote, an unterminated quote,
 * bytes that are not UTF-8) ends the reading with {@link #BROKEN}, and so does what this reader
 * leaves to the {@code CsvReader} although it is valid: a record longer than the buffer ({@value
 * #BUFFER} bytes in the command; records of the {@code CsvReader} may take 4 MiB characters) and a
 * character other than ASCII after a closing quote (white space to the {@code CsvReader} if it is
 * one such as an em space). Not thread-safe.
 */
final class ByteRecords {
  /** The position returned when the range breaks a rule or holds what this reader leaves out. */
  static final long BROKEN = -1;

  /** The size of the buffer, and the most bytes a record may take: 1 MiB. */
  static final int BUFFER = 1 << 20;

  private static final int NEED_MORE = -2;
  private static final int PROBLEM = -1;

  /** Receives the records of a range. */
  interface Sink {
    /**
     * Receives a record: field {@code f} is {@code bytes[starts[f]]} up to {@code ends[f]}
     * (exclusive), quotes included; the arrays are valid only during the call.
     */
    void record(byte[] bytes, int[] starts, int[] ends);
  }

  private final FileChannel channel;
  private final long size;
  private final byte delimiter;
  private final int fields;
  private final int[] starts;
  private final int[] ends;
  private final byte[] buffer;
  private final LongAdder bytesRead;

  /**
   * Which bytes are text in an unquoted field with nothing to check: ASCII but the delimiter, CR
   * and LF.
   */
  private final boolean[] plain = new boolean[256];

  /** The highest of the delimiter, CR and LF: every ASCII byte above it is {@link #plain}. */
  private final byte highestSpecial;

  private long base;
  private int limit;
  private boolean endOfFile;

  /**
   * Returns a reader of a file.
   *
   * @param channel the file, read at positions (so one channel may serve several readers)
   * @param size the size of the file in bytes
   * @param delimiter the character between fields, one of {@code , ; tab |}
   * @param fields the number of fields of every record, as in the header
   * @param buffer the size of the buffer, the most bytes a record may take ({@link #BUFFER})
   * @param bytesRead counts the bytes read, for progress
   */
  ByteRecords(
      FileChannel channel, long size, char delimiter, int fields, int buffer, LongAdder bytesRead) {
    this.channel = channel;
    this.size = size;
    this.delimiter = (byte) delimiter;
    this.fields = fields;
    this.starts = new int[fields];
    this.ends = new int[fields];
    this.buffer = new byte[buffer];
    this.bytesRead = bytesRead;
    this.highestSpecial = (byte) Math.max(delimiter, '\r');
    for (int b = 0; b < 0x80; b++) {
      plain[b] = b != delimiter && b != '\n' && b != '\r';
    }
  }

  /**
   * Reads the header record, the first that is not empty, and returns the position after its line
   * end (the file size if it has none), or {@link #BROKEN}.
   */
  long skipHeader() {
    return read(0, Long.MAX_VALUE, (bytes, starts, ends) -> {}, true);
  }

  /**
   * Reads records from a position at the start of a line outside quotes to the first line end
   * outside quotes at or after a stopping position.
   *
   * @param from the position of the start of a line
   * @param stopAt where to stop: after the first line end outside quotes that is followed by this
   *     position or a later one
   * @param sink receives the records
   * @return the position after the last line end read, which is at least {@code stopAt} unless the
   *     file ends first (then its size), or {@link #BROKEN}
   */
  long read(long from, long stopAt, Sink sink) {
    return read(from, stopAt, sink, false);
  }

  private long read(long from, long stopAt, Sink sink, boolean oneRecord) {
    if (from >= stopAt) {
      return from;
    }
    base = from;
    limit = 0;
    fill();
    int p = 0;
    while (true) {
      while (true) {
        if (p == limit) {
          if (endOfFile) {
            return size;
          }
          p = refill(p);
          continue;
        }
        byte b = buffer[p];
        if (b == '\n') {
          p++;
          if (base + p >= stopAt) {
            return base + p;
          }
        } else if (b == '\r') {
          p++;
        } else {
          break;
        }
      }
      int end = record(p);
      if (end == NEED_MORE) {
        if (p == 0 && limit == buffer.length) {
          return BROKEN;
        }
        p = refill(p);
        continue;
      }
      if (end == PROBLEM) {
        return BROKEN;
      }
      sink.record(buffer, starts, ends);
      if (end == limit) {
        return size;
      }
      p = end + 1;
      if (oneRecord || base + p >= stopAt) {
        return base + p;
      }
    }
  }

  /**
   * Reads the record that starts at {@code p}, setting the spans of its fields: returns the index
   * of the LF that ends it, {@code limit} if the file ends it, {@link #NEED_MORE} if the buffer
   * ends first or {@link #PROBLEM}.
   */
  private int record(int p) {
    int field = 0;
    int i = p;
    while (true) {
      if (field == fields) {
        return PROBLEM;
      }
      starts[field] = i;
      boolean afterQuote = i < limit && buffer[i] == '"';
      if (afterQuote) {
        i = closingQuote(i + 1);
        if (i < 0) {
          return i;
        }
      }
      while (true) {
        if (!afterQuote) {
          // bytes above the highest of the delimiter, CR and LF (and ASCII) are plain: one
          // comparison each, for most of the bytes of most extracts
          while (i < limit && (buffer[i] > highestSpecial || plain[buffer[i] & 0xFF])) {
            i++;
          }
        }
        if (i >= limit) {
          if (!endOfFile) {
            return NEED_MORE;
          }
          ends[field] = i;
          return field + 1 == fields ? limit : PROBLEM;
        }
        byte b = buffer[i];
        if (b == delimiter) {
          ends[field++] = i++;
          break;
        } else if (b == '\n') {
          ends[field] = i;
          return field + 1 == fields ? i : PROBLEM;
        } else if (b == '\r') {
          if (i + 1 >= limit) {
            if (!endOfFile) {
              return NEED_MORE;
            }
            ends[field] = i;
            return field + 1 == fields ? limit : PROBLEM;
          }
          if (buffer[i + 1] == '\n') {
            ends[field] = i;
            return field + 1 == fields ? i + 1 : PROBLEM;
          }
          i++;
        } else if (b >= 0) {
          if (afterQuote && !Character.isWhitespace(b)) {
            return PROBLEM;
          }
          i++;
        } else {
          if (afterQuote) {
            return PROBLEM;
          }
          int n = utf8(i);
          if (n <= 0) {
            return n;
          }
          i += n;
        }
      }
    }
  }

  /**
   * Returns the index after the quote that closes a quoted field whose text starts at {@code i},
   * {@link #NEED_MORE} or {@link #PROBLEM}.
   */
  private int closingQuote(int i) {
    while (true) {
      while (i < limit && buffer[i] >= 0 && buffer[i] != '"') {
        i++;
      }
      if (i >= limit) {
        return endOfFile ? PROBLEM : NEED_MORE;
      }
      byte b = buffer[i];
      if (b == '"') {
        if (i + 1 >= limit) {
          return endOfFile ? i + 1 : NEED_MORE;
        }
        if (buffer[i + 1] != '"') {
          return i + 1;
        }
        i += 2;
      } else if (b >= 0) {
        i++;
      } else {
        int n = utf8(i);
        if (n <= 0) {
          return n;
        }
        i += n;
      }
    }
  }

  /**
   * Returns the length of the UTF-8 sequence at {@code i} (2 to 4 bytes), {@link #NEED_MORE} if the
   * buffer ends within it before the file does, or {@link #PROBLEM} if it is not valid: the
   * sequences Java's strict UTF-8 decoder accepts (no overlong forms, no surrogates, at most
   * U+10FFFF).
   */
  private int utf8(int i) {
    int lead = buffer[i] & 0xFF;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      if (lead == 0xE0) {
        low = 0xA0;
      } else if (lead == 0xED) {
        high = 0x9F;
      }
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      if (lead == 0xF0) {
        low = 0x90;
      } else if (lead == 0xF4) {
        high = 0x8F;
      }
    } else {
      return PROBLEM;
    }
    for (int k = 1; k < length; k++) {
      if (i + k >= limit) {
        return endOfFile ? PROBLEM : NEED_MORE;
      }
      int next = buffer[i + k] & 0xFF;
      if (next < low || next > high) {
        return PROBLEM;
      }
      low = 0x80;
      high = 0xBF;
    }
    return length;
  }

  /**
   * Returns the position after the first LF at or after {@code position - 1}, which is where a line
   * starts unless that LF is inside quotes: the position itself if it is 0 or follows a LF, the
   * file's size if there is none.
   */
  long nextLine(long position) {
    if (position == 0) {
      return 0;
    }
    base = position - 1;
    limit = 0;
    fill();
    while (true) {
      for (int i = 0; i < limit; i++) {
        if (buffer[i] == '\n') {
          return base + i + 1;
        }
      }
      if (endOfFile) {
        return size;
      }
      base += limit;
      limit = 0;
      fill();
    }
  }

  /** Moves the bytes from {@code p} to the start of the buffer, fills the rest and returns 0. */
  private int refill(int p) {
    System.arraycopy(buffer, p, buffer, 0, limit - p);
    base += p;
    limit -= p;
    fill();
    return 0;
  }

  private void fill() {
    ByteBuffer into = ByteBuffer.wrap(buffer, limit, buffer.length - limit);
    try {
      while (into.hasRemaining() && base + into.position() < size) {
        if (channel.read(into, base + into.position()) < 0) {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    bytesRead.add(into.position() - limit);
    limit = into.position();
    endOfFile = base + limit >= size;
  }

  /**
   * Returns a field as the {@code CsvReader} returns it: a span that starts with a quote without
   * its quotes, {@code ""} within them read as one quote, followed by any white space after the
   * closing quote; any other span as it is.
   *
   * @param bytes the record's bytes, valid UTF-8
   * @param start where the field starts
   * @param end where it ends (exclusive)
   */
  static String field(byte[] bytes, int start, int end) {
    if (start == end || bytes[start] != '"') {
      return new String(bytes, start, end - start, StandardCharsets.UTF_8);
    }
    byte[] text = new byte[end - start];
    int length = 0;
    int i = start + 1;
    while (i < end) {
      if (bytes[i] == '"') {
        if (i + 1 < end && bytes[i + 1] == '"') {
          text[length++] = '"';
          i += 2;
        } else {
          i++;
          break;
        }
      } else {
        text[length++] = bytes[i++];
      }
    }
    System.arraycopy(bytes, i, text, length, end - i);
    return new String(text, 0, length + end - i, StandardCharsets.UTF_8);
  }
}
