package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

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
        .hasMessage("x.csv: line 1: no column 'c'; the columns are [a, b]");
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
}
