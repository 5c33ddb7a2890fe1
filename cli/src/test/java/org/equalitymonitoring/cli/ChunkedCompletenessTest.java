package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The completeness tally of distinct records read in chunks from bytes against the record-by-record
 * reading of the same extract: the same report, since standard input is still read record by
 * record.
 */
class ChunkedCompletenessTest {
  @TempDir Path dir;

  static final String[] UNITS = {
    "RX1",
    " RX1",
    "RX1 ",
    "\"RX1\"",
    "\"R, X2\"",
    "rx3",
    "\"Line\nbreak\"",
    "Ünïcode Trust",
    "",
    "\"\"\"Quoted\"\" trust\""
  };

  static final String[] VALUES = {
    "A",
    "a",
    " A ",
    "\"b\"",
    "C",
    "d ",
    "H",
    "J",
    "n",
    "S",
    "White - British",
    "\"White - Irish\"",
    "\"Asian or Asian British, Indian\"",
    "Z",
    "z",
    "99",
    "X",
    "9",
    "",
    "Martian",
    "mixed",
    "92711000000100",
    "494131000000105",
    "\"said \"\"British\"\"\"",
    "é",
    "\"line\nbreak\"",
    "\"White\" ",
    "Black British"
  };

  /**
   * An extract of random rows in the forms real ones take: a byte-order mark, CRLF line ends, units
   * and values quoted or not, with white space, commas, quotes, line breaks and text other than
   * ASCII inside, codes in either case, labels, SNOMED CT concepts, not-stated and unknown forms,
   * an empty line now and then.
   */
  private static String messyExtract(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder csv = new StringBuilder("\uFEFFid,provider,ethnicity,note\r\n");
    for (int row = 0; row < rows; row++) {
      csv.append(row)
          .append(',')
          .append(UNITS[random.nextInt(UNITS.length)])
          .append(',')
          .append(VALUES[random.nextInt(VALUES.length)])
          .append(',')
          .append(random.nextInt(5) == 0 ? "\"a note, with a\r\nline break\"" : "none")
          .append(random.nextInt(50) == 0 ? "\r\n\r\n" : "\r\n");
    }
    return csv.toString();
  }

  /** The same JSON report from the file, read in chunks, and from standard input. */
  private void assertSameReportFromFileAndStandardInput(String csv, String by) throws IOException {
    Path file = dir.resolve("extract.csv");
    Files.writeString(file, csv);
    String[] arguments = {
      "completeness", "--column", "ethnicity", "--by", by, "--target", "90", "--format", "json"
    };
    CommandRun fromFile = CommandRun.run("", concat(arguments, "--input", file.toString()));
    CommandRun fromInput = CommandRun.run(csv, concat(arguments, "--input", "-"));
    assertThat(fromFile.exitCode).as(fromFile.err).isZero();
    assertThat(fromFile.out).isEqualTo(fromInput.out);
  }

  private static String[] concat(String[] arguments, String... more) {
    String[] all = new String[arguments.length + more.length];
    System.arraycopy(arguments, 0, all, 0, arguments.length);
    System.arraycopy(more, 0, all, arguments.length, more.length);
    return all;
  }

  @Test
  void theCommandReportsMessyQuotedDataAsItDoesRecordByRecord() throws IOException {
    // About 2.6 MB: two chunks of at least CsvChunks.MIN_CHUNK on a machine of two processors.
    String csv = messyExtract(80_000, 12);
    assertThat(csv.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2 * 1 << 20);
    assertSameReportFromFileAndStandardInput(csv, "provider");
  }

  @Test
  void theCommandReportsTheDemoExtractAsItDoesRecordByRecord() throws IOException {
    StringWriter demo = new StringWriter();
    DemoExtract.write(demo, 50_000, 2026);
    assertSameReportFromFileAndStandardInput(demo.toString(), "provider,ward");
  }

  @Test
  void anExtractWithTooManyDistinctRecordsToRememberIsReadRecordByRecord() throws IOException {
    // More distinct records than DistinctRecords remembers in a chunk, even if split in two: the
    // chunked reading gives up and the record-by-record reading gives the report, in bounded
    // memory.
    int rows = 2 * DistinctRecords.REMEMBERED + 10;
    StringBuilder csv = new StringBuilder("provider,ethnicity\n");
    for (int row = 0; row < rows; row++) {
      csv.append("P")
          .append(row % 7)
          .append(',')
          .append(row % 3 == 0 ? "A" : "w" + row)
          .append('\n');
    }
    Path file = Files.writeString(dir.resolve("distinct.csv"), csv);
    CommandRun run =
        CommandRun.run(
            "",
            "completeness",
            "--input",
            file.toString(),
            "--column",
            "ethnicity",
            "--by",
            "provider",
            "--format",
            "csv");
    assertThat(run.exitCode).as(run.err).isZero();
    // rows 0, 3, 6... are A; the rest are unrecognised write-ins
    long complete = (rows + 2) / 3;
    assertThat(run.out).contains("OVERALL," + rows + "," + complete + ",");
  }

  /** Tallies record by record, naming units as the command does. */
  private static CompletenessTally recordByRecord(
      Path file, CrosswalkRecogniser recogniser, List<String> by) {
    CompletenessTally tally = CompletenessTally.create();
    try (CsvReader csv = CsvReader.open(file)) {
      int ethnicity = csv.column("ethnicity");
      while (csv.next()) {
        StringBuilder unit = new StringBuilder();
        for (String column : by) {
          unit.append(unit.length() == 0 ? "" : " / ").append(csv.get(csv.column(column)).strip());
        }
        tally.add(unit.toString(), recogniser.recognise(csv.get(ethnicity)));
      }
    }
    return tally;
  }

  @Test
  void manyChunksOnSeveralThreadsAddUpToTheRecordByRecordTally() throws IOException {
    Path file = Files.writeString(dir.resolve("messy.csv"), messyExtract(5_000, 7));
    CrosswalkRecogniser recogniser =
        BundledRecognition.defaults(BundledSchemes.get().requireScheme("nhs-ethnic-category-2001"))
            .recogniser();
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      long[] splits = new long[12];
      for (int k = 0; k < splits.length; k++) {
        splits[k] = size * (k + 1) / (splits.length + 1);
      }
      LongAdder bytesRead = new LongAdder();
      List<DistinctRecords> chunks =
          CsvChunks.read(
                  channel,
                  ',',
                  4,
                  splits,
                  DistinctRecords.of(new int[] {1, 2}),
                  threads,
                  ByteRecords.BUFFER,
                  bytesRead)
              .orElseThrow();
      CompletenessTally chunked =
          CompletenessCommand.tallyOf(DistinctRecords.records(chunks), recogniser::recognise);
      CompletenessTally expected = recordByRecord(file, recogniser, List.of("provider"));
      assertThat(chunked.units()).isEqualTo(expected.units());
      assertThat(chunked.units()).containsKey("R, X2").containsKey("\"Quoted\" trust");
      assertThat(chunked.overall().total()).isEqualTo(5_000);
      // every byte at least once: the header twice, and more where a buffer or guess is read again
      assertThat(bytesRead.sum()).isGreaterThanOrEqualTo(size);
    } finally {
      threads.shutdownNow();
    }
  }
}
