package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Keys numbered by their bytes, against a map of byte sequences: spans of every length from 0 to
 * past 16 bytes, anywhere in an array, the end of the array included (where eight bytes cannot be
 * read at once).
 */
class ByteKeysTest {
  @Test
  void theHeadOfASpanIsItsFirstEightBytesLittleEndianPaddedWithZeros() {
    byte[] bytes = "xxABCDEFGHIJ".getBytes(StandardCharsets.US_ASCII);
    // 'A' = 0x41 ... 'H' = 0x48, the first byte lowest
    assertThat(ByteKeys.head(bytes, 2, 10)).isEqualTo(0x4847464544434241L);
    assertThat(ByteKeys.head(bytes, 2, 4)).isEqualTo(0x4241L);
    assertThat(ByteKeys.head(bytes, 2, 2)).isZero();
    // at the end of the array, read byte by byte
    assertThat(ByteKeys.head(bytes, 9, 12)).isEqualTo(0x4A4948L);
    assertThat(ByteKeys.head(bytes, 2, 12)).isEqualTo(0x4847464544434241L);
  }

  @Test
  void keysAreNumberedInTheOrderFirstAddedAndFoundByTheirBytesAlone() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              // few distinct bytes, so that many spans are equal or share their first eight bytes
              byte[] bytes = new byte[40 + random.nextInt(200)];
              for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) (random.nextBoolean() ? 'a' : random.nextInt(256));
              }
              ByteKeys keys = new ByteKeys();
              Map<ByteBuffer, Integer> model = new HashMap<>();
              for (int n = 0; n < 400; n++) {
                int length = random.nextInt(20);
                int from =
                    random.nextInt(4) == 0
                        ? bytes.length - length
                        : random.nextInt(bytes.length - length + 1);
                ByteBuffer span = ByteBuffer.wrap(bytes, from, length).slice();
                Integer expected = model.get(span);
                assertThat(keys.find(bytes, from, from + length))
                    .isEqualTo(expected == null ? -1 : expected);
                int number = keys.intern(bytes, from, from + length);
                if (expected == null) {
                  expected = model.size();
                  model.put(span, expected);
                }
                assertThat(number).isEqualTo(expected);
                assertThat(keys.length(number)).isEqualTo(length);
                assertThat(ByteBuffer.wrap(keys.array(), keys.offset(number), length).slice())
                    .isEqualTo(span);
              }
              assertThat(keys.size()).isEqualTo(model.size());
            });
  }
}
