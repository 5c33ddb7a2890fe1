package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The extract options through the completeness command. Under the default definition (known) A, H
 * and C are complete, Z (Not stated) and 99 are not.
 */
class ExtractOptionsTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  @TempDir Path dir;

  private static CommandRun completeness(String stdin, Path input, String... more) {
    String[] args =
        new String[] {
          "completeness",
          "--input",
          input.toString(),
          "--column",
          "ethnicity",
          "--by",
          "unit",
          "--format",
          "csv"
        };
    String[] all = new String[args.length + more.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return CommandRun.run(stdin, all);
  }

  /** Returns the output lines up to the complete count: unit, total, complete. */
  private static List<String> counts(CommandRun run) {
    assertThat(run.exitCode).as(run.err).isZero();
    return run.out.lines().skip(1).map(line -> line.substring(0, nthComma(line, 3))).toList();
  }

  private static int nthComma(String line, int n) {
    int at = line.lastIndexOf('"') + 1;
    for (int i = 0; i < n; i++) {
      at = line.indexOf(',', at) + 1;
    }
    return at - 1;
  }

  @Test
  void detectsSemicolonTabAndPipeAndKeepsQuotedDelimitersAndLineBreaks() throws IOException {
    for (String d : List.of(";", "\t", "|", ",")) {
      Path file =
          Files.writeString(
              dir.resolve("extract.csv"),
              String.join(
                  "\n",
                  "ethnicity" + d + "unit" + d + "note",
                  "A" + d + "\"Ward" + d + " 1\"" + d + "\"two\nlines\"",
                  "Z" + d + "\"Ward" + d + " 1\"" + d,
                  "99" + d + "Ward 2" + d,
                  "H" + d + "Ward 2" + d,
                  "C" + d + "Ward 2" + d,
                  ""));
      // Ward 1: A known, Z not: 2 records, 1 complete. Ward 2: 99 not, H and C known: 3, 2.
      String ward1 = d.equals(",") ? "\"Ward, 1\"" : "Ward" + d + " 1";
      assertThat(counts(completeness("", file)))
          .as("delimiter %s", d)
          .containsExactlyInAnyOrder(ward1 + ",2,1", "Ward 2,3,2", "OVERALL,5,3");
    }
  }

  @Test
  void readsSemicolonsFromAPipeOnStandardInput() {
    CommandRun run = completeness("ethnicity;unit\nA;W1\nZ;W1\nH;W2\n", Path.of("-"));
    assertThat(counts(run)).containsExactly("W1,2,1", "W2,1,1", "OVERALL,3,2");
  }

  @Test
  void aGivenDelimiterWinsOverTheOneTheHeaderUsesMost() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("extract.tsv"), "unit\tethnicity, as recorded, by staff\nW1\tA\nW1\t99\n");
    // The header has two commas and one tab: detection takes commas and finds no such column.
    CommandRun detected =
        CommandRun.run(
            "",
            "completeness",
            "--input",
            file.toString(),
            "--column",
            "ethnicity, as recorded, by staff");
    assertThat(detected.exitCode).isEqualTo(1);
    assertThat(detected.err)
        .contains(
            "no column 'ethnicity, as recorded, by staff'; the columns are 'unit\\u0009ethnicity'");
    for (String tab : List.of("tab", "\\t", "\t")) {
      CommandRun run =
          CommandRun.run(
              "",
              "completeness",
              "--input",
              file.toString(),
              "--column",
              "ethnicity, as recorded, by staff",
              "--by",
              "unit",
              "--delimiter",
              tab,
              "--format",
              "csv");
      assertThat(counts(run)).containsExactly("W1,2,1", "OVERALL,2,1");
    }
    CommandRun bad = completeness("", file, "--delimiter", ":");
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.err).isEqualTo("error: --delimiter must be , ; tab or |, got ':'\n");
  }

  @Test
  void readsWindows1252WhenToldAndReportsTheLineOfTheFirstBadByteOtherwise() throws IOException {
    String text =
        "ethnicity,unit\n"
            + "A,North\n"
            + "C,Any other White background \u2013 Polish\n"
            + "Z,Any other White background \u2013 Polish\n";
    byte[] bytes = text.getBytes(WINDOWS_1252);
    // Code page 1252 writes the en dash U+2013 as the one byte 0x96, which UTF-8 never starts a
    // character with.
    assertThat(bytes).contains((byte) 0x96);
    Path file = Files.write(dir.resolve("extract.csv"), bytes);
    for (String name : List.of("windows-1252", "cp1252", "WINDOWS-1252")) {
      assertThat(counts(completeness("", file, "--encoding", name)))
          .containsExactly(
              "Any other White background \u2013 Polish,2,1", "North,1,1", "OVERALL,3,2");
    }
    CommandRun utf8 = completeness("", file);
    assertThat(utf8.exitCode).isEqualTo(1);
    assertThat(utf8.err).isEqualTo("error: " + file + ": line 3: the file is not valid UTF-8\n");
    CommandRun unknown = completeness("", file, "--encoding", "klingon-1");
    assertThat(unknown.exitCode).isEqualTo(2);
    assertThat(unknown.err)
        .isEqualTo(
            "error: --encoding: unknown character set 'klingon-1'; use a Java name such as"
                + " UTF-8, windows-1252 or ISO-8859-1\n");
  }

  @Test
  void aUtf8ByteOrderMarkIsStillDroppedWithDetection() throws IOException {
    Path file =
        Files.write(
            dir.resolve("extract.csv"),
            "\uFEFFethnicity;unit\nA;W1\n".getBytes(StandardCharsets.UTF_8));
    assertThat(counts(completeness("", file))).containsExactly("W1,1,1", "OVERALL,1,1");
  }

  @Test
  void aWorkbookGivesTheSameResultAsTheSameDataInCsv() throws IOException {
    Path xlsx = dir.resolve("extract.xlsx");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet sheet = workbook.createSheet("Extract");
      String[][] rows = {
        {"ethnicity", "unit"}, {"A", "W1"}, {"Z", "W1"}, {"99", "W2"}, {"H", "W2"}, {"", "W2"}
      };
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(rows[r][0]);
        row.createCell(1).setCellValue(rows[r][1]);
      }
      // 99 as a number, as a spreadsheet keeps a code typed in: it must read as 99, not 99.0.
      sheet.getRow(3).getCell(0).setCellValue(99.0);
      try (OutputStream out = Files.newOutputStream(xlsx)) {
        workbook.write(out);
      }
    }
    Path csv =
        Files.writeString(
            dir.resolve("extract.csv"), "ethnicity,unit\nA,W1\nZ,W1\n99,W2\nH,W2\n,W2\n");
    CommandRun fromWorkbook = completeness("", xlsx);
    CommandRun fromCsv = completeness("", csv);
    // W1: A known, Z not stated: 2, 1. W2: 99 not known, H known, empty missing: 3, 1.
    assertThat(counts(fromWorkbook)).containsExactly("W1,2,1", "W2,3,1", "OVERALL,5,2");
    assertThat(fromWorkbook.out).isEqualTo(fromCsv.out);
    assertThat(fromWorkbook.err).isEqualTo(fromCsv.err);
    assertThat(completeness("", xlsx, "--sheet", "Extract").out).isEqualTo(fromCsv.out);

    CommandRun delimiter = completeness("", xlsx, "--delimiter", ";");
    assertThat(delimiter.exitCode).isEqualTo(2);
    assertThat(delimiter.err)
        .isEqualTo("error: --delimiter and --encoding apply to CSV extracts, not .xlsx\n");
    CommandRun sheet = completeness("", csv, "--sheet", "Extract");
    assertThat(sheet.exitCode).isEqualTo(2);
    assertThat(sheet.err)
        .isEqualTo("error: --sheet applies to .xlsx workbooks, not CSV extracts\n");
  }

  @Test
  void preAggregatedCountsAreReadTheSameWay() throws IOException {
    Path counts =
        Files.write(
            dir.resolve("counts.csv"),
            "unit;complete;total\nWard \u2013 North;95;100\n".getBytes(WINDOWS_1252));
    CommandRun run =
        CommandRun.run(
            "",
            "completeness",
            "--counts",
            counts.toString(),
            "--encoding",
            "windows-1252",
            "--format",
            "csv");
    assertThat(counts(run)).containsExactly("Ward \u2013 North,100,95", "OVERALL,100,95");
  }
}
