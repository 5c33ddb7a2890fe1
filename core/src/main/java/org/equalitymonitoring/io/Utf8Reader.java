package org.equalitymonitoring.io;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Opens strict UTF-8 readers: a {@link StrictReader} of {@link StandardCharsets#UTF_8}. */
public final class Utf8Reader {
  private Utf8Reader() {}

  /**
   * Returns a reader of a stream of UTF-8 bytes, which this reader closes; bytes that are not UTF-8
   * raise a {@link java.nio.charset.MalformedInputException} once the characters before them have
   * been read.
   *
   * @param in the bytes, not null; read in blocks, so it need not be buffered
   * @return the reader
   */
  public static StrictReader of(InputStream in) {
    return StrictReader.of(in, StandardCharsets.UTF_8);
  }
}
