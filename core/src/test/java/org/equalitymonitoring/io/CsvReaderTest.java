package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReaderTest {
  private static List<List<String>> records(String text) {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader csv = CsvReader.of(new StringReader(text), "x.csv")) {
      while (csv.next()) {
        List<String> record = new ArrayList<>();
        for (int i = 0; i < csv.header().size(); i++) {
          record.add(csv.get(i));
        }
        records.add(record);
      }
    }
    return records;
  }

  @Test
  void readsQuotedFieldsCrlfAndAByteOrderMark() {
    String text =
        "\uFEFFunit, ethnicity \r\n"
            + "\"Ward, 1\",\"A \"\"quoted\"\" value\"\r\n"
            + "\r\n"
            + "Ward 2,\"two\nlines\"\r\n"
            + "Ward 3,\"\"\n"
            + "Ward 4,\"x\"\r\n";
    try (CsvReader csv = CsvReader.of(new StringReader(text), "x.csv")) {
      assertThat(csv.header()).containsExactly("unit", "ethnicity");
      assertThat(csv.column("ethnicity")).isEqualTo(1);
    }
    assertThat(records(text))
        .containsExactly(
            List.of("Ward, 1", "A \"quoted\" value"),
            List.of("Ward 2", "two\nlines"),
            List.of("Ward 3", ""),
            List.of("Ward 4", "x"));
  }

  @Test
  void reportsTheLineOfARaggedRecord() {
    assertThatThrownBy(() -> records("a,b\n1,2\n\"x\ny\",2\n1,2,3\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("x.csv: line 5: expected 2 fields as in the header, found 3")
        .isInstanceOfSatisfying(
            CsvFormatException.class,
            e -> {
              assertThat(e.source()).isEqualTo("x.csv");
              assertThat(e.line()).isEqualTo(5);
              assertThat(e.problem()).isEqualTo("expected 2 fields as in the header, found 3");
            });
  }

  @Test
  void reportsAnUnclosedQuoteAndAMissingColumn() {
    assertThatThrownBy(() -> records("a,b\n1,\"2\n"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("x.csv: line 2: a quoted field is not closed");
    assertThatThrownBy(() -> CsvReader.of(new StringReader("a,b\n"), "x.csv").column("c"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("x.csv: line 1: no column 'c'; the columns are 'a', 'b'");
    assertThatThrownBy(() -> CsvReader.of(new StringReader(""), "x.csv"))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("x.csv: the file is empty; expected a header row");
    assertThatThrownBy(() -> CsvReader.open(Path.of("/no/such.csv")))
        .isInstanceOf(CsvFormatException.class)
        .hasMessage("/no/such.csv: file not found");
  }

  @Test
  void reportsTextAfterAClosingQuoteAndGoesOnWithTheNextRecord() {
    try (CsvReader csv =
        CsvReader.of(new StringReader("a,b\n\"x\" ,1\n\"y\"z,2\n3,4,5\n6,7\n"), "x.csv")) {
      assertThat(csv.next()).isTrue();
      assertThat(csv.get(0)).isEqualTo("x ");
      assertThatThrownBy(csv::next)
          .isInstanceOf(CsvFormatException.class)
          .hasMessage("x.csv: line 3: text after the closing quote of a field");
      assertThatThrownBy(csv::next)
          .isInstanceOf(CsvFormatException.class)
          .hasMessage("x.csv: line 4: expected 2 fields as in the header, found 3");
      assertThat(csv.next()).isTrue();
      assertThat(csv.line()).isEqualTo(5);
      assertThat(csv.get(1)).isEqualTo("7");
      assertThat(csv.next()).isFalse();
    }
  }

  @Test
  void anUnclosedQuoteOrBytesThatAreNotUtf8EndTheFile() {
    try (CsvReader csv = CsvReader.of(new StringReader("a,b\n1,\"2\n3,4\n"), "x.csv")) {
      assertThatThrownBy(csv::next).hasMessage("x.csv: line 2: a quoted field is not closed");
      assertThat(csv.next()).isFalse();
    }
    Reader failing =
        new Reader() {
          private boolean first = true;

          @Override
          public int read(char[] buffer, int offset, int length) throws IOException {
            if (!first) {
              throw new MalformedInputException(1);
            }
            first = false;
            "a,b\n1,2\n".getChars(0, 8, buffer, offset);
            return 8;
          }

          @Override
          public void close() {}
        };
    try (CsvReader csv = CsvReader.of(failing, "x.csv")) {
      assertThat(csv.next()).isTrue();
      assertThatThrownBy(csv::next).hasMessage("x.csv: line 3: the file is not valid UTF-8");
      assertThat(csv.next()).isFalse();
    }
  }

  /** A reader of {@code head} and then {@code text} repeated without end, held in no buffer. */
  private static Reader endless(String head, String text) {
    return new Reader() {
      private long position = 0;

      @Override
      public int read(char[] buffer, int offset, int length) {
        for (int i = 0; i < length; i++, position++) {
          buffer[offset + i] =
              position < head.length()
                  ? head.charAt((int) position)
                  : text.charAt((int) ((position - head.length()) % text.length()));
        }
        return length;
      }

      @Override
      public void close() {}
    };
  }

  @Test
  void aStrayQuoteBeforeEndlessDataIsAFieldTooLongNotAnOutOfMemoryError() {
    try (CsvReader csv = CsvReader.of(endless("a,b\n1,\"", "x,y\n"), "big.csv")) {
      assertThatThrownBy(csv::next)
          .isInstanceOf(CsvFormatException.class)
          .hasMessage(
              "big.csv: line 2: a field is longer than 1,048,576 characters;"
                  + " is a quote unbalanced?");
      assertThat(csv.next()).isFalse();
    }
  }

  @Test
  void endlessShortFieldsAreARecordTooLong() {
    try (CsvReader csv = CsvReader.of(endless("a\n", "1,"), "wide.csv")) {
      assertThatThrownBy(csv::next)
          .hasMessage(
              "wide.csv: line 2: a record is longer than 4,194,304 characters;"
                  + " is a quote unbalanced?");
      assertThat(csv.next()).isFalse();
    }
  }

  @Test
  void aFieldMayHoldExactlyItsLimitAndARecordExactlyItsLimitWithItsLineEnd() {
    // Limits of 3 characters a field and 8 a record: "abc,abc\n" is 8 characters.
    try (CsvReader csv =
        CsvReader.of(new StringReader("a,b\nabc,abc\n\"ab\",c\n"), "x.csv", 3, 8)) {
      assertThat(csv.next()).isTrue();
      assertThat(csv.get(1)).isEqualTo("abc");
      assertThat(csv.next()).isTrue();
      assertThat(csv.get(0)).isEqualTo("ab");
    }
    assertThatThrownBy(() -> CsvReader.of(new StringReader("a,b\nabcd,1\n"), "x.csv", 3, 8).next())
        .hasMessage("x.csv: line 2: a field is longer than 3 characters; is a quote unbalanced?");
    assertThatThrownBy(
            () -> CsvReader.of(new StringReader("a,b,c\nab,ab,ab\n"), "x.csv", 3, 8).next())
        .hasMessage("x.csv: line 2: a record is longer than 8 characters; is a quote unbalanced?");
    assertThatThrownBy(() -> CsvReader.of(new StringReader("abcd\n"), "x.csv", 3, 8))
        .hasMessage("x.csv: line 1: a field is longer than 3 characters; is a quote unbalanced?");
  }

  @Test
  void limitsMustBeAtLeastOneAndTheRecordLimitAtLeastTheFieldLimit() {
    assertThatThrownBy(() -> CsvReader.of(new StringReader("a\n"), "x.csv", 0, 8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the limits must be 1 <= maxField <= maxRecord, got maxField 0 and maxRecord 8");
    assertThatThrownBy(() -> CsvReader.of(new StringReader("a\n"), "x.csv", 4, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the limits must be 1 <= maxField <= maxRecord, got maxField 4 and maxRecord 3");
    // A one-character field and its line end.
    try (CsvReader csv = CsvReader.of(new StringReader("a\nb\n"), "x.csv", 1, 2)) {
      assertThat(csv.next()).isTrue();
      assertThat(csv.get(0)).isEqualTo("b");
    }
  }

  @Test
  void bytesThatAreNotUtf8AreReportedAtTheirLineFarIntoAFile(@TempDir Path dir) throws IOException {
    // 4,998 records of 32 characters after the header: about 160 KB, more than one buffer.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("unit,ethnicity\n".getBytes(StandardCharsets.UTF_8));
    for (int i = 2; i < 5000; i++) {
      bytes.writeBytes(
          String.format(Locale.ROOT, "ward %020d,A\n", i).getBytes(StandardCharsets.UTF_8));
    }
    bytes.writeBytes(new byte[] {'w', ',', (byte) 0xC3, '(', '\n', 'x', ',', 'A', '\n'});
    Path file = dir.resolve("bad.csv");
    Files.write(file, bytes.toByteArray());

    try (CsvReader csv = CsvReader.open(file)) {
      for (int i = 2; i < 5000; i++) {
        assertThat(csv.next()).isTrue();
      }
      assertThatThrownBy(csv::next)
          .isInstanceOf(CsvFormatException.class)
          .hasMessage(file + ": line 5000: the file is not valid UTF-8");
      assertThat(csv.next()).isFalse();
    }
  }

  @Test
  void aMissingColumnListsTheFirstTwentyColumns() {
    StringBuilder header = new StringBuilder("c1");
    StringBuilder listed = new StringBuilder("'c1'");
    for (int i = 2; i <= 25; i++) {
      header.append(",c").append(i);
      if (i <= 20) {
        listed.append(", 'c").append(i).append('\'');
      }
    }
    assertThatThrownBy(() -> CsvReader.of(new StringReader(header + "\n"), "x.csv").column("unit"))
        .hasMessage("x.csv: line 1: no column 'unit'; the columns are " + listed + " and 5 more");
  }

  @Test
  void aMessageQuotesAtMostEightyCharactersOfAColumnName() {
    String name = "n".repeat(200);
    assertThatThrownBy(() -> CsvReader.of(new StringReader("a\n"), "x.csv").column(name))
        .hasMessage("x.csv: line 1: no column '" + "n".repeat(80) + "\u2026'; the columns are 'a'");
  }

  @Test
  void blankLinesAreSkippedButCountedAndALoneCarriageReturnIsData() {
    try (CsvReader csv =
        CsvReader.of(new StringReader("a\n\n\n\nx\ry\n\u0000\n\"\u0000\"\nz\r"), "x.csv")) {
      assertThat(csv.next()).isTrue();
      assertThat(csv.line()).isEqualTo(5);
      assertThat(csv.get(0)).isEqualTo("x\ry");
      assertThat(csv.next()).isTrue();
      assertThat(csv.get(0)).isEqualTo("\u0000");
      assertThat(csv.next()).isTrue();
      assertThat(csv.get(0)).isEqualTo("\u0000");
      assertThat(csv.next()).isTrue();
      assertThat(csv.line()).isEqualTo(8);
      assertThat(csv.get(0)).isEqualTo("z");
      assertThat(csv.next()).isFalse();
    }
  }

  @Test
  void findsTheFirstColumnAndNamesItsSource() {
    try (CsvReader csv = CsvReader.of(new StringReader(" unit ,b\n"), "extract.csv")) {
      assertThat(csv.column("unit")).isZero();
      assertThat(csv.column(" b ")).isEqualTo(1);
      assertThat(csv.source()).isEqualTo("extract.csv");
    }
  }

  @Test
  void aMissingColumnListsTwentyColumnsInFull() {
    StringBuilder header = new StringBuilder("c1");
    StringBuilder listed = new StringBuilder("'c1'");
    for (int i = 2; i <= 20; i++) {
      header.append(",c").append(i);
      listed.append(", 'c").append(i).append('\'');
    }
    assertThatThrownBy(() -> CsvReader.of(new StringReader(header + "\n"), "x.csv").column("unit"))
        .hasMessage("x.csv: line 1: no column 'unit'; the columns are " + listed);
  }

  @Test
  void closingTheReaderClosesItsSource() {
    boolean[] closed = {false};
    Reader source =
        new StringReader("a\n") {
          @Override
          public void close() {
            closed[0] = true;
          }
        };
    CsvReader.of(source, "x.csv").close();
    assertThat(closed[0]).isTrue();
  }

  private static List<List<String>> detected(Reader reader, char expected) {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader csv = CsvReader.detecting(reader, "x.csv")) {
      assertThat(csv.delimiter()).isEqualTo(expected);
      records.add(csv.header());
      while (csv.next()) {
        List<String> record = new ArrayList<>();
        for (int i = 0; i < csv.header().size(); i++) {
          record.add(csv.get(i));
        }
        records.add(record);
      }
    }
    return records;
  }

  @Test
  void detectsEachDelimiterFromTheHeaderLineAndReadsQuotedDelimitersAndLineBreaks() {
    for (char d : new char[] {',', ';', '\t', '|'}) {
      String text =
          "\n\nunit"
              + d
              + "ethnicity"
              + d
              + "\"no"
              + d
              + "\nte\"\n"
              + "\"Ward"
              + d
              + " 1\""
              + d
              + "A"
              + d
              + "\"two\nlines\"\n";
      assertThat(detected(new StringReader(text), d))
          .as("delimiter %s", (int) d)
          .containsExactly(
              List.of("unit", "ethnicity", "no" + d + "\nte"),
              List.of("Ward" + d + " 1", "A", "two\nlines"));
    }
  }

  @Test
  void detectionCountsOnlyTheHeaderLineOutsideQuotesAndBreaksTiesInTheOrderCommaSemicolonTabPipe() {
    // Header: two semicolons outside quotes; the commas are inside quotes or on later lines.
    assertThat(detected(new StringReader("\"a,b,c\";d;e\n1,2;3;4,5\n"), ';'))
        .containsExactly(List.of("a,b,c", "d", "e"), List.of("1,2", "3", "4,5"));
    // One comma and one semicolon: the comma wins.
    assertThat(detected(new StringReader("a,b;c\n1,2;3\n"), ','))
        .containsExactly(List.of("a", "b;c"), List.of("1", "2;3"));
    // One column: read with commas.
    assertThat(detected(new StringReader("ethnicity\nA\n"), ','))
        .containsExactly(List.of("ethnicity"), List.of("A"));
  }

  @Test
  void detectionWorksOnAReaderThatGivesOneCharacterAtATime() {
    String text = "unit\tethnicity\nW1\tA\nW2\tB\n";
    Reader trickle =
        new Reader() {
          private int position;

          @Override
          public int read(char[] buffer, int offset, int length) {
            if (position == text.length()) {
              return -1;
            }
            buffer[offset] = text.charAt(position++);
            return 1;
          }

          @Override
          public void close() {}
        };
    assertThat(detected(trickle, '\t'))
        .containsExactly(List.of("unit", "ethnicity"), List.of("W1", "A"), List.of("W2", "B"));
  }

  @Test
  void badBytesInTheHeaderLineAreReportedAtLineOneAfterDetection() {
    byte[] bytes = {'a', ';', 'b', (byte) 0xFF, '\n', '1', ';', '2', '\n'};
    assertThatThrownBy(
            () ->
                CsvReader.detecting(
                    Utf8Reader.of(new java.io.ByteArrayInputStream(bytes)), "x.csv"))
        .hasMessage("x.csv: line 1: the file is not valid UTF-8");
  }

  @Test
  void aGivenDelimiterIsUsedAndAQuoteOrLineBreakIsRefused() {
    try (CsvReader csv = CsvReader.of(new StringReader("a;b,c\n1;2,3\n"), "x.csv", ';')) {
      assertThat(csv.header()).containsExactly("a", "b,c");
      assertThat(csv.next()).isTrue();
      assertThat(csv.get(1)).isEqualTo("2,3");
    }
    for (char bad : new char[] {'"', '\n', '\r', 0}) {
      assertThatThrownBy(() -> CsvReader.of(new StringReader("a\n"), "x.csv", bad))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("the delimiter cannot be a quote, a line break or NUL, got '");
    }
  }

  @Test
  void bytesNotValidInAnotherCharacterSetNameThatSet() {
    // 0x81 is undefined in windows-1252; it is on line 3.
    byte[] bytes = {'a', '\n', 'x', '\n', 'y', (byte) 0x81, '\n'};
    try (CsvReader csv =
        CsvReader.of(
            StrictReader.of(
                new java.io.ByteArrayInputStream(bytes),
                java.nio.charset.Charset.forName("windows-1252")),
            "x.csv")) {
      assertThat(csv.next()).isTrue();
      assertThatThrownBy(csv::next).hasMessage("x.csv: line 3: the file is not valid windows-1252");
    }
  }
}
