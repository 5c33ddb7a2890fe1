package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.equalitymonitoring.io.CsvReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Workbooks are written here with POI's own workbook writer (XSSFWorkbook), independent of the
 * streaming reader under test.
 */
class XlsxSheetTest {
  @TempDir Path dir;

  /** A cell value: a String, Double, Boolean, LocalDate or LocalDateTime; null leaves no cell. */
  private Path workbook(String name, String sheetName, Object[][] rows) throws IOException {
    Path file = dir.resolve(name);
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Notes").createRow(0).createCell(0).setCellValue("not this sheet");
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      CellStyle dateTime = workbook.createCellStyle();
      dateTime.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
      Sheet sheet = workbook.createSheet(sheetName);
      for (int r = 0; r < rows.length; r++) {
        if (rows[r] == null) {
          continue;
        }
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          Object value = rows[r][c];
          if (value instanceof String) {
            row.createCell(c).setCellValue((String) value);
          } else if (value instanceof Double) {
            row.createCell(c).setCellValue((Double) value);
          } else if (value instanceof Boolean) {
            row.createCell(c).setCellValue((Boolean) value);
          } else if (value instanceof LocalDate) {
            row.createCell(c).setCellValue((LocalDate) value);
            row.getCell(c).setCellStyle(date);
          } else if (value instanceof LocalDateTime) {
            row.createCell(c).setCellValue((LocalDateTime) value);
            row.getCell(c).setCellStyle(dateTime);
          }
        }
      }
      // The extract is the second sheet; the tests that read "the first sheet" move it first.
      workbook.setSheetOrder(sheetName, 0);
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
    }
    return file;
  }

  private static List<List<String>> records(Path file, Optional<String> sheet) {
    List<List<String>> records = new ArrayList<>();
    try (CsvReader csv = CsvReader.of(XlsxSheet.open(file, sheet), file.toString(), ',')) {
      records.add(csv.header());
      while (csv.next()) {
        List<String> record = new ArrayList<>();
        for (int i = 0; i < csv.header().size(); i++) {
          record.add(csv.get(i));
        }
        record.add("line " + csv.line());
        records.add(record);
      }
    }
    return records;
  }

  @Test
  void readsCellsAsTextTheWayExcelShowsThem() throws IOException {
    Path file =
        workbook(
            "extract.xlsx",
            "Extract",
            new Object[][] {
              {"ethnicity", "unit", "count", "admitted", "snomed", "seen"},
              {"A", "Ward, \"1\"", 3.0, true, 976631000000101.0, LocalDate.of(2026, 4, 1)},
              {"z", "two\nlines", 2.5, false, 0.1 + 0.2, LocalDateTime.of(2026, 4, 1, 9, 30)},
              null,
              {null, "RX2"},
            });
    assertThat(records(file, Optional.empty()))
        .containsExactly(
            List.of("ethnicity", "unit", "count", "admitted", "snomed", "seen"),
            List.of("A", "Ward, \"1\"", "3", "TRUE", "976631000000101", "2026-04-01", "line 2"),
            // 0.1 + 0.2 is 0.30000000000000004 as a double; Excel shows 15 digits: 0.3.
            List.of("z", "two\nlines", "2.5", "FALSE", "0.3", "2026-04-01T09:30", "line 3"),
            // Row 4 is missing; row 5 has no first cell and no cells after the second. Its line is
            // 6 because the line break in row 3's cell counts as a line, as in a CSV file.
            List.of("", "RX2", "", "", "", "", "line 6"));
  }

  @Test
  void readsANamedSheetAndNamesTheSheetsWhenOneIsMissing() throws IOException {
    Path file = workbook("extract.xlsx", "Extract", new Object[][] {{"eth"}, {"A"}});
    assertThat(records(file, Optional.of("Notes"))).containsExactly(List.of("not this sheet"));
    assertThat(records(file, Optional.of("Extract")))
        .containsExactly(List.of("eth"), List.of("A", "line 2"));
    assertThatThrownBy(() -> XlsxSheet.open(file, Optional.of("Data")))
        .isInstanceOf(InputException.class)
        .hasMessage(file + ": no sheet 'Data'; the sheets are 'Extract', 'Notes'");
  }

  @Test
  void aFileThatIsNotAWorkbookOrDoesNotExistIsAnInputError() throws IOException {
    Path csv = Files.writeString(dir.resolve("extract.xlsx"), "eth\nA\n");
    assertThatThrownBy(() -> XlsxSheet.open(csv, Optional.empty()))
        .isInstanceOf(InputException.class)
        .hasMessage(csv + ": not an Excel .xlsx workbook");
    Path missing = dir.resolve("missing.xlsx");
    assertThatThrownBy(() -> XlsxSheet.open(missing, Optional.empty()))
        .isInstanceOf(InputException.class)
        .hasMessage(missing + ": file not found");
  }
}
