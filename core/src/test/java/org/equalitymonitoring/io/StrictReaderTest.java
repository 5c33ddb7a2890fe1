package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnmappableCharacterException;
import org.junit.jupiter.api.Test;

class StrictReaderTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @Test
  void decodesWindows1252IncludingTheEnDashThatIsNotInIso88591() throws IOException {
    // "White – Polish é": 0x96 is the en dash U+2013 in windows-1252 (a C1 control in ISO-8859-1),
    // 0xE9 is é in both.
    byte[] bytes = {
      'W', 'h', 'i', 't', 'e', ' ', (byte) 0x96, ' ', 'P', 'o', 'l', 'i', 's', 'h', ' ', (byte) 0xE9
    };
    try (StrictReader reader = StrictReader.of(new ByteArrayInputStream(bytes), WINDOWS_1252)) {
      char[] chars = new char[32];
      int n = reader.read(chars, 0, chars.length);
      assertThat(new String(chars, 0, n)).isEqualTo("White \u2013 Polish \u00e9");
      assertThat(reader.charset()).isEqualTo(WINDOWS_1252);
    }
    try (Reader reader =
        StrictReader.of(new ByteArrayInputStream(bytes), StandardCharsets.ISO_8859_1)) {
      char[] chars = new char[32];
      int n = reader.read(chars, 0, chars.length);
      assertThat(new String(chars, 0, n)).isEqualTo("White \u0096 Polish \u00e9");
    }
  }

  @Test
  void aByteUndefinedInTheSetIsUnmappableAfterTheCharactersBeforeIt() throws IOException {
    byte[] bytes = {'o', 'k', (byte) 0x81, 'x'};
    try (Reader reader = StrictReader.of(new ByteArrayInputStream(bytes), WINDOWS_1252)) {
      char[] chars = new char[10];
      assertThat(reader.read(chars, 0, 10)).isEqualTo(2);
      assertThatThrownBy(() -> reader.read(chars, 0, 10))
          .isInstanceOf(UnmappableCharacterException.class);
    }
  }

  @Test
  void refusesNulls() {
    assertThatThrownBy(() -> StrictReader.of(null, WINDOWS_1252))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("in");
    assertThatThrownBy(() -> StrictReader.of(new ByteArrayInputStream(new byte[0]), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("charset");
  }
}
