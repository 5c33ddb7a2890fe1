package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
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
        .hasMessage("x.csv: line 5: expected 2 fields as in the header, found 3");
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
}
