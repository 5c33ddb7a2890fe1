package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.report.EqualityReport;
import org.equalitymonitoring.report.PeriodFormat;
import org.equalitymonitoring.report.ReportBuilder;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a file read in chunks from bytes, by its distinct records, against the report of
 * the same extract read record by record (from standard input, which is never read in chunks): the
 * same HTML and JSON, and the same error for a fault.
 */
class DistinctRecordsTest {
  @TempDir Path dir;

  private static final String HEADER = "\uFEFFid,unit,date,ethnicity,outcome,note,gp_ethnicity\r\n";

  private static final String[] DATES = {
    "2026-04-01",
    "01/05/2026",
    " 2026-06 ",
    "\"2026-07-15\"",
    "2027",
    "15/08/2026",
    "\"02/01/2027\" "
  };

  private static final String[] OUTCOMES = {
    "yes", "no", "Y", "n", "TRUE", "0", "1", "", "\" yes \"", "No"
  };

  private static final String[] NOTES = {
    "",
    "",
    "Filipino",
    " filipino ",
    "\"Sri Lankan\r\nTamil\"",
    "Polish",
    "\"Kurdish, Iraqi\"",
    "Ünïcode  write-in",
    "\"said \"\"Arab\"\"\""
  };

  private static final String[] OPTIONS = {
    "report",
    "--ethnicity-column",
    "ethnicity",
    "--unit-column",
    "unit",
    "--period-column",
    "date",
    "--date-format",
    "dd/MM/yyyy",
    "--outcome-column",
    "outcome",
    "--description-column",
    "note",
    "--second-ethnicity-column",
    "gp_ethnicity",
    "--broad-groups",
    "census-2021",
    "--target",
    "90",
    "--as-of",
    "2027-03-31",
    "--disclosure",
    "none"
  };

  /**
   * An extract of random rows in the forms real ones take: a byte-order mark, CRLF line ends,
   * units, dates, values, outcomes and write-ins quoted or not, with white space, commas, quotes,
   * line breaks and text other than ASCII inside, dates in ISO and UK form, an empty line now and
   * then.
   */
  private static String messyExtract(int rows, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    StringBuilder csv = new StringBuilder(HEADER);
    for (int row = 0; row < rows; row++) {
      csv.append(row)
          .append(',')
          .append(pick(random, ChunkedCompletenessTest.UNITS))
          .append(',')
          .append(pick(random, DATES))
          .append(',')
          .append(pick(random, ChunkedCompletenessTest.VALUES))
          .append(',')
          .append(pick(random, OUTCOMES))
          .append(',')
          .append(pick(random, NOTES))
          .append(',')
          .append(pick(random, ChunkedCompletenessTest.VALUES))
          .append(random.nextInt(50) == 0 ? "\r\n\r\n" : "\r\n");
    }
    return csv.toString();
  }

  private static String pick(SplittableRandom random, String[] choices) {
    return choices[random.nextInt(choices.length)];
  }

  /** Runs the report on the file and on standard input, returning {HTML, JSON} of each. */
  private String[][] reportsFromFileAndStandardInput(String csv, String... options)
      throws IOException {
    Path file = Files.writeString(dir.resolve("extract.csv"), csv);
    CommandRun fromFile =
        CommandRun.run(
            "",
            concat(
                options,
                "--input",
                file.toString(),
                "--output",
                dir.resolve("file.html").toString(),
                "--json",
                dir.resolve("file.json").toString()));
    CommandRun fromInput =
        CommandRun.run(
            csv,
            concat(
                options,
                "--input",
                "-",
                "--output",
                dir.resolve("input.html").toString(),
                "--json",
                dir.resolve("input.json").toString()));
    assertThat(fromFile.exitCode).as(fromFile.err).isZero();
    assertThat(fromInput.exitCode).as(fromInput.err).isZero();
    // the reports name their input: the file by its name, standard input as such
    return new String[][] {
      {
        Files.readString(dir.resolve("file.html")).replace("extract.csv", "standard input"),
        Files.readString(dir.resolve("file.json")).replace("extract.csv", "standard input")
      },
      {Files.readString(dir.resolve("input.html")), Files.readString(dir.resolve("input.json"))}
    };
  }

  private static String[] concat(String[] arguments, String... more) {
    String[] all = new String[arguments.length + more.length];
    System.arraycopy(arguments, 0, all, 0, arguments.length);
    System.arraycopy(more, 0, all, arguments.length, more.length);
    return all;
  }

  @Test
  void theReportOfMessyQuotedDataIsTheSameAsRecordByRecord() throws IOException {
    // About 3.6 MB: two chunks of at least CsvChunks.MIN_CHUNK on a machine of two processors.
    String csv = messyExtract(60_000, 12);
    assertThat(csv.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(2 * 1 << 20);
    String[][] reports = reportsFromFileAndStandardInput(csv, OPTIONS);
    assertThat(reports[0][0]).isEqualTo(reports[1][0]);
    assertThat(reports[0][1]).isEqualTo(reports[1][1]);
    // the sections the columns add are there
    assertThat(reports[1][1]).contains("\"agreement\"").contains("\"Filipino\"");
  }

  @Test
  void theReportOfTheDemoExtractIsTheSameAsRecordByRecord() throws IOException {
    StringWriter demo = new StringWriter();
    DemoExtract.write(demo, 50_000, 2026);
    String[][] reports =
        reportsFromFileAndStandardInput(
            demo.toString(),
            "report",
            "--ethnicity-column",
            "ethnicity",
            "--unit-column",
            "ward",
            "--period-column",
            "month",
            "--description-column",
            "ethnicity_description",
            "--outcome-column",
            "outcome",
            "--target",
            "95",
            "--due",
            "2027-04-01",
            "--milestone",
            "2026-10-01:80",
            "--as-of",
            "2027-03-31",
            "--population",
            "census-2021:London",
            "--disclosure",
            "nhs-digital");
    assertThat(reports[0][0]).isEqualTo(reports[1][0]);
    assertThat(reports[0][1]).isEqualTo(reports[1][1]);
  }

  /** Runs the report on a file and on standard input, expecting both to fail. */
  private void assertSameFault(String csv, String fault) throws IOException {
    Path file = Files.writeString(dir.resolve("extract.csv"), csv);
    String[] output = {"--output", dir.resolve("r.html").toString()};
    CommandRun fromFile =
        CommandRun.run("", concat(concat(OPTIONS, output), "--input", file.toString()));
    CommandRun fromInput = CommandRun.run(csv, concat(concat(OPTIONS, output), "--input", "-"));
    assertThat(fromFile.exitCode).isEqualTo(fromInput.exitCode).isNotZero();
    assertThat(fromFile.err).contains(fault);
    assertThat(fromFile.err.replace(file.toString(), "standard input")).isEqualTo(fromInput.err);
    assertThat(dir.resolve("r.html")).doesNotExist();
  }

  @Test
  void aBlankDateFailsAtItsLineAsRecordByRecord() throws IOException {
    // line 1 the header, line 3 the record with the blank date
    assertSameFault(
        messyExtract(0, 1) + "1,RX1,2026-04-01,A,no,,A\r\n2,RX1,,A,no,,A\r\n", "line 3");
  }

  @Test
  void anInvalidDateFailsAtItsLineAsRecordByRecord() throws IOException {
    // 31 April does not exist; a line break inside the quoted note of line 2 makes it line 4
    assertSameFault(
        messyExtract(0, 1) + "1,RX1,2026-04-01,A,no,\"a\r\nb\",A\r\n2,RX1,31/04/2026,A,no,,A\r\n",
        "line 4");
  }

  @Test
  void aBadOutcomeOfAKnownRecordFailsAtItsLineAsRecordByRecord() throws IOException {
    // "maybe" beside an unknown value (Z) is not read; beside a known one (A) it is refused
    assertSameFault(
        messyExtract(0, 1) + "1,RX1,2026-04-01,Z,maybe,,A\r\n2,RX1,2026-04-01,A,maybe,,A\r\n",
        "line 3");
  }

  private static String json(EqualityReport report) {
    StringWriter json = new StringWriter();
    report.writeJson(json);
    return json.toString();
  }

  @Test
  void distinctRecordsCountedInAnyChunksGiveTheRecordByRecordReport() throws IOException {
    Path file = dir.resolve("small.csv");
    ReportBuilder builder =
        ReportBuilder.of(
                BundledSchemes.get().requireScheme("nhs-ethnic-category-2001"), "ethnicity")
            .unitColumn("unit")
            .periodColumn("date")
            .periodFormat(PeriodFormat.ofPattern("dd/MM/yyyy"))
            .outcomeColumn("outcome", org.equalitymonitoring.impact.OutcomeKind.ADVERSE_OUTCOME)
            .descriptionColumn("note")
            .secondEthnicityColumn("gp_ethnicity");
    ExecutorService threads = Executors.newFixedThreadPool(3);
    try {
      qt().withFixedSeed(12)
          .withExamples(30)
          .withTestingTime(10, TimeUnit.SECONDS)
          .withShrinkCycles(5)
          .forAll(
              integers().between(1, 300),
              integers().allPositive(),
              lists().of(integers().between(1, 99)).ofSizeBetween(0, 8))
          .checkAssert(
              (rows, seed, cuts) -> {
                try {
                  Files.writeString(file, messyExtract(rows, seed));
                  String expected;
                  try (CsvReader csv = CsvReader.open(file)) {
                    expected = json(builder.build(csv, "small.csv", () -> {}));
                  }
                  try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
                    // chunks that start at the given percentages of the file, in order
                    long size = channel.size();
                    long[] splits =
                        cuts.stream()
                            .distinct()
                            .sorted()
                            .mapToLong(cut -> size * cut / 100)
                            .toArray();
                    int[] columns;
                    try (CsvReader csv = CsvReader.open(file)) {
                      columns = builder.columnsRead().stream().mapToInt(csv::column).toArray();
                    }
                    Map<List<String>, Long> records =
                        DistinctRecords.records(
                            CsvChunks.read(
                                    channel,
                                    ',',
                                    7,
                                    splits,
                                    DistinctRecords.of(columns),
                                    threads,
                                    ByteRecords.BUFFER,
                                    new LongAdder())
                                .orElseThrow());
                    assertThat(records.values().stream().mapToLong(Long::longValue).sum())
                        .isEqualTo(rows.longValue());
                    assertThat(json(builder.build(records, "small.csv"))).isEqualTo(expected);
                  }
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
    } finally {
      threads.shutdownNow();
    }
  }
}
