package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.UnmappableCharacterException;

/**
 * Reads text in a character set strictly: bytes that are not valid in it raise a {@link
 * MalformedInputException} (or an {@link UnmappableCharacterException} for a byte the set leaves
 * undefined, such as 0x81 in windows-1252) instead of being replaced. Unlike an {@link
 * java.io.InputStreamReader}, which decodes ahead and drops the characters before the bad bytes
 * when it fails, this reader first returns every character before the bad bytes and fails on the
 * next read, so that a caller that counts lines reports the line of the bad bytes. Not thread-safe.
 */
public final class StrictReader extends Reader {
  private static final int BUFFER = 1 << 16;

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).limit(0);
  private boolean endOfInput;
  private CharacterCodingException pending;

  private StrictReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Returns a reader of a stream of bytes in a character set, which this reader closes.
   *
   * @param in the bytes, not null; read in blocks, so it need not be buffered
   * @param charset the character set, not null
   * @return the reader
   */
  public static StrictReader of(InputStream in, Charset charset) {
    return new StrictReader(requireNonNull(in, "in"), requireNonNull(charset, "charset"));
  }

  /** Returns the character set this reader decodes. */
  public Charset charset() {
    return charset;
  }

  /**
   * Reads characters into part of an array.
   *
   * @throws CharacterCodingException on the first read after the characters before bytes that are
   *     not valid in the character set (a malformed or truncated sequence, or an unmappable byte)
   *     have been returned, and on every read after
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
        pending =
            result.isMalformed()
                ? new MalformedInputException(result.length())
                : new UnmappableCharacterException(result.length());
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
