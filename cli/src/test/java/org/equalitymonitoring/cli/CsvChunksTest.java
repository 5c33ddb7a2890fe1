package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.equalitymonitoring.io.CsvFormatException;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.io.Utf8Reader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chunked byte-level reading against the {@link CsvReader}: the same records from every file,
 * split anywhere, or a refusal exactly when the {@code CsvReader} refuses the file.
 */
class CsvChunksTest {
  /** A buffer small enough that records cross its end. */
  private static final int SMALL = 64;

  private static final ExecutorService THREADS = Executors.newFixedThreadPool(3);

  @TempDir Path dir;

  @AfterAll
  static void stopThreads() {
    THREADS.shutdownNow();
  }

  /** Collects every field of every record as a String. */
  static final class Records implements ByteRecords.Sink {
    final List<List<String>> records = new ArrayList<>();

    @Override
    public void record(byte[] bytes, int[] starts, int[] ends) {
      List<String> record = new ArrayList<>();
      for (int f = 0; f < starts.length; f++) {
        record.add(ByteRecords.field(bytes, starts[f], ends[f]));
      }
      records.add(record);
    }
  }

  /** The records the CsvReader reads after the header, or empty if it refuses the file. */
  private static Optional<List<List<String>>> sequential(CsvReader csv) {
    List<List<String>> records = new ArrayList<>();
    try {
      while (csv.next()) {
        List<String> record = new ArrayList<>();
        for (int f = 0; f < csv.header().size(); f++) {
          record.add(csv.get(f));
        }
        records.add(record);
      }
      return Optional.of(records);
    } catch (CsvFormatException e) {
      return Optional.empty();
    }
  }

  private static CsvReader csvReader(byte[] bytes) {
    return csvReader(bytes, ',');
  }

  private static CsvReader csvReader(byte[] bytes, char delimiter) {
    return CsvReader.of(Utf8Reader.of(new ByteArrayInputStream(bytes)), "test", delimiter);
  }

  private Optional<List<List<String>>> chunked(
      FileChannel channel, int fields, long[] splits, int buffer) {
    return chunked(channel, fields, splits, buffer, ',');
  }

  private Optional<List<List<String>>> chunked(
      FileChannel channel, int fields, long[] splits, int buffer, char delimiter) {
    try {
      return CsvChunks.read(
              channel, delimiter, fields, splits, Records::new, THREADS, buffer, new LongAdder())
          .map(
              chunks -> {
                List<List<String>> all = new ArrayList<>();
                chunks.forEach(chunk -> all.addAll(chunk.records));
                return all;
              });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<List<List<String>>> chunked(byte[] bytes, int fields, long[] splits)
      throws IOException {
    return chunked(bytes, fields, splits, ByteRecords.BUFFER);
  }

  private Optional<List<List<String>>> chunked(byte[] bytes, int fields, long[] splits, int buffer)
      throws IOException {
    Path file = Files.write(dir.resolve("chunks.csv"), bytes);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      return chunked(channel, fields, splits, buffer);
    }
  }

  /**
   * A random CSV file of three columns in the forms extracts take: a byte-order mark or not, CRLF
   * or LF line ends, empty lines, quoted fields holding commas, line breaks (LF and CRLF), doubled
   * quotes, UTF-8 text and white space after the closing quote, unquoted fields with a quote or a
   * lone CR inside, a final line end or not; and now and then a fault (a stray quote, comma or line
   * break, a byte that is not UTF-8, a truncated UTF-8 sequence).
   */
  static byte[] randomCsv(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (random.nextBoolean()) {
      out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    String lineEnd = random.nextBoolean() ? "\n" : "\r\n";
    int records = random.nextInt(1, 12);
    for (int r = 0; r < records; r++) {
      for (int f = 0; f < 3; f++) {
        if (f > 0) {
          out.write(',');
        }
        write(out, field(random));
      }
      if (r + 1 < records || random.nextBoolean()) {
        write(out, random.nextInt(6) == 0 ? lineEnd + lineEnd : lineEnd);
      }
    }
    byte[] bytes = out.toByteArray();
    if (random.nextInt(4) == 0 && bytes.length > 0) {
      byte[][] faults = {
        {'"'}, {','}, {'\n'}, {(byte) 0xFF}, {(byte) 0xC3}, {(byte) 0xED, -96, -128}
      };
      byte[] fault = faults[random.nextInt(faults.length)];
      int at = random.nextInt(bytes.length + 1);
      ByteArrayOutputStream faulty = new ByteArrayOutputStream();
      faulty.write(bytes, 0, at);
      faulty.writeBytes(fault);
      faulty.write(bytes, at, bytes.length - at);
      bytes = faulty.toByteArray();
    }
    return bytes;
  }

  private static String field(SplittableRandom random) {
    StringBuilder field = new StringBuilder();
    int length = random.nextInt(5);
    if (random.nextInt(3) == 0) {
      String[] quoted = {"a", "é", ",", "\n", "\r\n", "\"\"", " ", "\r", "€"};
      field.append('"');
      for (int i = 0; i < length; i++) {
        field.append(quoted[random.nextInt(quoted.length)]);
      }
      field.append('"');
      if (random.nextInt(4) == 0) {
        field.append(random.nextBoolean() ? " " : "\t");
      }
    } else {
      String[] unquoted = {"a", "B", "é", " ", "\"", "\rx", "1", "~", "|", ";", "-"};
      for (int i = 0; i < length; i++) {
        field.append(unquoted[random.nextInt(unquoted.length)]);
      }
    }
    return field.toString();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsWhatTheCsvReaderReadsOrRefusesWhatItRefuses() {
    qt().withExamples(1000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] bytes = randomCsv(seed);
              CsvReader csv;
              try {
                csv = csvReader(bytes);
              } catch (CsvFormatException e) {
                return; // the header is refused before the chunks are read
              }
              try {
                assertThat(chunked(bytes, csv.header().size(), new long[0]))
                    .isEqualTo(sequential(csv));
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void readsWhatTheCsvReaderReadsWithEachDelimiter() {
    // the random file with its commas (between fields, in quotes, as faults) turned into another
    // delimiter: ';' and '|' lie among the plain bytes of the comma's files, tab among its spaces
    char[] delimiters = {';', '|', '\t'};
    qt().withExamples(600)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              char delimiter = delimiters[(int) Math.floorMod(seed, (long) delimiters.length)];
              byte[] bytes = randomCsv(seed);
              for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == ',') {
                  bytes[i] = (byte) delimiter;
                }
              }
              CsvReader csv;
              try {
                csv = csvReader(bytes, delimiter);
              } catch (CsvFormatException e) {
                return;
              }
              try {
                Path file = Files.write(dir.resolve("delimited.csv"), bytes);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                  assertThat(
                          chunked(
                              channel,
                              csv.header().size(),
                              new long[] {bytes.length / 2},
                              ByteRecords.BUFFER,
                              delimiter))
                      .isEqualTo(sequential(csv));
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void readsTheSameRecordsSplitAtEveryPositionAndWithRecordsAcrossTheBuffer() {
    qt().withExamples(150)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              byte[] bytes = randomCsv(seed);
              int fields;
              try {
                fields = csvReader(bytes).header().size();
              } catch (CsvFormatException e) {
                return;
              }
              try {
                Path file = Files.write(dir.resolve("split.csv"), bytes);
                try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                  Optional<List<List<String>>> whole =
                      chunked(channel, fields, new long[0], ByteRecords.BUFFER);
                  Optional<List<List<String>>> small = chunked(channel, fields, new long[0], SMALL);
                  if (small.isPresent()) {
                    assertThat(small).isEqualTo(whole);
                  }
                  SplittableRandom random = new SplittableRandom(seed);
                  for (int at = 0; at <= bytes.length; at++) {
                    assertThat(chunked(channel, fields, new long[] {at}, ByteRecords.BUFFER))
                        .as("split at %d", at)
                        .isEqualTo(whole);
                    assertThat(chunked(channel, fields, new long[] {at}, SMALL))
                        .as("split at %d, small buffer", at)
                        .isEqualTo(small);
                    int second = random.nextInt(at, bytes.length + 1);
                    int third = random.nextInt(second, bytes.length + 1);
                    assertThat(chunked(channel, fields, new long[] {at, second, third}, SMALL))
                        .as("split at %d, %d and %d", at, second, third)
                        .isEqualTo(small);
                  }
                }
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  @Test
  void aQuotedLineBreakRightAfterABoundaryIsReadAgainFromTheTrueRecordStart() throws IOException {
    // The boundary at 10 falls on the line break inside the quoted "x\nxy". The second chunk
    // guesses that a record starts after it, at 11, and reads xy",3 as a record of two fields;
    // the first chunk reads the quoted field whole and ends at 17, after the line of "x\nxy",3,
    // so the second chunk is read again from 17.
    byte[] bytes = "a,b\n1,2\n\"x\nxy\",3\n4,5\n".getBytes(StandardCharsets.UTF_8);
    assertThat(chunked(bytes, 2, new long[] {10}))
        .contains(List.of(List.of("1", "2"), List.of("x\nxy", "3"), List.of("4", "5")));
  }

  @Test
  void refusesWhatItLeavesToTheCsvReader() throws IOException {
    // An em space (U+2003) after a closing quote is white space to the CsvReader, which keeps it.
    byte[] emSpace = "a,b\n\"x\"\u2003,1\n".getBytes(StandardCharsets.UTF_8);
    assertThat(sequential(csvReader(emSpace))).contains(List.of(List.of("x\u2003", "1")));
    assertThat(chunked(emSpace, 2, new long[0])).isEmpty();
    // A record longer than the buffer.
    byte[] longRecord =
        ("a,b\n" + "x".repeat(ByteRecords.BUFFER) + ",1\n").getBytes(StandardCharsets.UTF_8);
    assertThat(chunked(longRecord, 2, new long[0])).isEmpty();
  }

  @Test
  void acceptsTheUtf8ThatJavaAcceptsAndNothingElse() {
    qt().withExamples(5000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              byte[] text = new byte[random.nextInt(1, 5)];
              for (int i = 0; i < text.length; i++) {
                text[i] = (byte) (random.nextBoolean() ? 0x80 + random.nextInt(0x80) : 'a');
              }
              byte[] bytes = new byte[text.length + 4];
              System.arraycopy("a\n".getBytes(StandardCharsets.UTF_8), 0, bytes, 0, 2);
              System.arraycopy(text, 0, bytes, 2, text.length);
              bytes[bytes.length - 2] = '\n';
              bytes[bytes.length - 1] = 'z';
              boolean valid;
              try {
                StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(text));
                valid = true;
              } catch (java.nio.charset.CharacterCodingException e) {
                valid = false;
              }
              try {
                assertThat(chunked(bytes, 1, new long[0], SMALL).isPresent())
                    .as("%s", java.util.HexFormat.of().formatHex(text))
                    .isEqualTo(valid);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
