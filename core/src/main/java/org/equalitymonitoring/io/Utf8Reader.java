package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Reads strict UTF-8: bytes that are not UTF-8 raise a {@link MalformedInputException} instead of
 * being replaced. Unlike an {@link java.io.InputStreamReader}, which decodes ahead and drops the
 * characters before the bad bytes when it fails, this reader first returns every character before
 * the bad bytes and fails on the next read, so that a caller that counts lines reports the line of
 * the bad bytes. Not thread-safe.
 */
public final class Utf8Reader extends Reader {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).limit(0);
  private boolean endOfInput;
  private CharacterCodingException pending;

  private Utf8Reader(InputStream in) {
    this.in = in;
  }

  /**
   * Returns a reader of a stream of UTF-8 bytes, which this reader closes.
   *
   * @param in the bytes, not null; read in blocks, so it need not be buffered
   * @return the reader
   */
  public static Utf8Reader of(InputStream in) {
    return new Utf8Reader(requireNonNull(in, "in"));
  }

  /**
   * Reads characters into part of an array.
   *
   * @throws MalformedInputException on the first read after the characters before bytes that are
   *     not UTF-8 (a malformed or truncated sequence) have been returned, and on every read after
   */
  @Override
  public int read(char[] chars, int offset, int length) throws IOException {
    if (pending != null) {
      throw pending;
    }
    if (length == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(chars, offset, length);
    while (true) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      int decoded = out.position() - offset;
      if (result.isError()) {
        pending = new MalformedInputException(result.length());
        if (decoded > 0) {
          return decoded;
        }
        throw pending;
      }
      if (result.isOverflow() || decoded > 0) {
        return decoded;
      }
      if (endOfInput) {
        return -1;
      }
      fill();
    }
  }

  private void fill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
