package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {
  private static String readAll(Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] chars = new char[1000];
    int n;
    while ((n = reader.read(chars, 0, chars.length)) >= 0) {
      text.append(chars, 0, n);
    }
    return text.toString();
  }

  @Test
  void decodesCharactersWhoseBytesAreSplitBetweenBlocks() throws IOException {
    // The reader takes 65,536 bytes at a time; one ASCII byte first puts every 3-byte euro sign
    // (E2 82 AC) and 4-byte emoji across some block boundary.
    String text = "a" + "\u20AC\uD83D\uDE00".repeat(30_000);
    try (Reader reader =
        Utf8Reader.of(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))) {
      assertThat(readAll(reader)).isEqualTo(text);
    }
  }

  @Test
  void returnsTheCharactersBeforeBadBytesThenFailsOnEveryRead() throws IOException {
    byte[] bytes = {'o', 'k', '\n', (byte) 0xFF, 'x'};
    try (Reader reader = Utf8Reader.of(new ByteArrayInputStream(bytes))) {
      char[] chars = new char[10];
      assertThat(reader.read(chars, 0, 10)).isEqualTo(3);
      assertThat(new String(chars, 0, 3)).isEqualTo("ok\n");
      assertThatThrownBy(() -> reader.read(chars, 0, 10))
          .isInstanceOf(MalformedInputException.class);
      assertThatThrownBy(() -> reader.read(chars, 0, 10))
          .isInstanceOf(MalformedInputException.class);
    }
  }

  @Test
  void readsIntoPartOfAnArray() throws IOException {
    try (Reader reader =
        Utf8Reader.of(new ByteArrayInputStream("h\u00e9!".getBytes(StandardCharsets.UTF_8)))) {
      char[] chars = "..........".toCharArray();
      assertThat(reader.read(chars, 5, 4)).isEqualTo(3);
      assertThat(new String(chars)).isEqualTo(".....h\u00e9!..");
    }
  }

  @Test
  void aSequenceCutShortByTheEndOfTheInputIsMalformed() throws IOException {
    byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};
    try (Reader reader = Utf8Reader.of(new ByteArrayInputStream(bytes))) {
      assertThat(reader.read()).isEqualTo('a');
      assertThatThrownBy(reader::read).isInstanceOf(MalformedInputException.class);
    }
  }

  @Test
  void anEmptyStreamEndsAtOnceAndClosingClosesTheStream() throws IOException {
    boolean[] closed = {false};
    InputStream in =
        new ByteArrayInputStream(new byte[0]) {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    Reader reader = Utf8Reader.of(in);
    assertThat(reader.read(new char[4], 0, 0)).isZero();
    assertThat(reader.read()).isEqualTo(-1);
    reader.close();
    assertThat(closed[0]).isTrue();
  }
}
