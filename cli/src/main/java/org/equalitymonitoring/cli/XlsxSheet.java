package org.equalitymonitoring.cli;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.equalitymonitoring.io.CsvFormatException;
import org.xml.sax.SAXException;

/**
 * Reads one sheet of an Excel {@code .xlsx} workbook as comma-separated text, one line per sheet
 * row, so that a workbook goes through the same {@link org.equalitymonitoring.io.CsvReader} as a
 * CSV extract and a line number in a message is the sheet's row number (unless a cell above holds a
 * line break). The first non-empty row is the header; a row is padded with empty fields to the
 * header's width, and empty rows are empty lines, which the CSV reader skips.
 *
 * <p>Cells are read as text: a text cell as written; a number as Excel shows it in General format
 * (15 significant digits, no trailing ".0", no exponent), so that a SNOMED CT code stored as a
 * number keeps all its digits; a number formatted as a date as an ISO date ({@code 2026-04-01}, or
 * {@code 2026-04-01T09:30} with a time of day); a boolean as TRUE or FALSE; a formula as its cached
 * result. The sheet's XML is read as a stream (StAX over POI's {@link XSSFReader}), so memory holds
 * one row, the styles and the workbook's shared strings (one copy of each distinct text), never the
 * whole sheet. Not thread-safe.
 */
final class XlsxSheet extends RowsAsCsv {
  private static final MathContext GENERAL = new MathContext(15);

  private final OPCPackage workbook;
  private final InputStream sheetData;
  private final XMLStreamReader xml;
  private final ReadOnlySharedStringsTable strings;
  private final StylesTable styles;
  private final boolean date1904;
  private final String source;
  private final Map<Integer, Boolean> dateStyles = new HashMap<>();
  private final List<String> cells = new ArrayList<>();
  private int nextRow = 1;
  private int width = -1;

  private XlsxSheet(
      OPCPackage workbook,
      InputStream sheetData,
      ReadOnlySharedStringsTable strings,
      StylesTable styles,
      boolean date1904,
      String source)
      throws XMLStreamException {
    this.workbook = workbook;
    this.sheetData = sheetData;
    this.xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetData);
    this.strings = strings;
    this.styles = styles;
    this.date1904 = date1904;
    this.source = source;
  }

  /** Tells whether a file is an .xlsx workbook, by its name. */
  static boolean isWorkbook(Path file) {
    return file.toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /**
   * Opens a sheet of a workbook.
   *
   * @param file the workbook
   * @param sheet the sheet's name, or empty for the first sheet
   * @throws InputException if the file is not an .xlsx workbook or has no such sheet
   */
  static XlsxSheet open(Path file, Optional<String> sheet) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": file not found");
    }
    OPCPackage workbook;
    try {
      workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
    } catch (InvalidFormatException | UnsupportedFileFormatException e) {
      throw new InputException(file + ": not an Excel .xlsx workbook");
    }
    try {
      XSSFReader reader = new XSSFReader(workbook);
      XSSFReader.SheetIterator sheets = reader.getSheetIterator();
      List<String> names = new ArrayList<>();
      while (sheets.hasNext()) {
        InputStream data = sheets.next();
        String name = sheets.getSheetName();
        if (sheet.isEmpty() || sheet.get().equals(name)) {
          return new XlsxSheet(
              workbook,
              data,
              new ReadOnlySharedStringsTable(workbook),
              reader.getStylesTable(),
              isDate1904(reader),
              file.toString());
        }
        data.close();
        names.add(CsvFormatException.quote(name));
      }
      throw new InputException(
          file
              + ": "
              + (sheet.isEmpty()
                  ? "the workbook has no sheet"
                  : "no sheet "
                      + CsvFormatException.quote(sheet.get())
                      + "; the sheets are "
                      + String.join(", ", names)));
    } catch (IOException | OpenXML4JException | SAXException | XMLStreamException e) {
      workbook.revert();
      throw new InputException(file + ": the workbook cannot be read (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      workbook.revert();
      throw e;
    }
  }

  /** Tells whether the workbook counts dates from 1904 (old Mac Excel) instead of 1900. */
  private static boolean isDate1904(XSSFReader reader)
      throws IOException, OpenXML4JException, XMLStreamException {
    try (InputStream data = reader.getWorkbookData()) {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(data);
      try {
        while (xml.hasNext()) {
          if (xml.next() == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (name.equals("workbookPr")) {
              String value = xml.getAttributeValue(null, "date1904");
              return "1".equals(value) || "true".equals(value);
            }
            if (name.equals("sheets")) {
              return false;
            }
          }
        }
        return false;
      } finally {
        xml.close();
      }
    }
  }

  /** Appends the next row to the text; false at the end of the sheet. */
  @Override
  protected boolean appendRow() {
    try {
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("row")) {
          row();
          return true;
        }
      }
      return false;
    } catch (XMLStreamException e) {
      throw new InputException(
          source + ": row " + nextRow + ": the sheet cannot be read (" + e.getMessage() + ")", e);
    }
  }

  private void row() throws XMLStreamException {
    String reference = xml.getAttributeValue(null, "r");
    int number = reference == null ? nextRow : Integer.parseInt(reference);
    for (; nextRow < number; nextRow++) {
      text.append('\n');
    }
    nextRow = number + 1;
    cells.clear();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("c")) {
        String cell = xml.getAttributeValue(null, "r");
        int column = cell == null ? cells.size() : column(cell);
        while (cells.size() < column) {
          cells.add("");
        }
        cells.add(cell());
      } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        break;
      }
    }
    int used = cells.size();
    while (used > 0 && cells.get(used - 1).isEmpty()) {
      used--;
    }
    if (used > 0) {
      if (width < 0) {
        width = used;
      }
      int count = Math.max(width, used);
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          text.append(',');
        }
        Csv.field(text, i < cells.size() ? cells.get(i) : "");
      }
    }
    text.append('\n');
  }

  /** Returns the column index, from 0, of a cell reference such as {@code AB12}. */
  private static int column(String reference) {
    int column = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c < 'A' || c > 'Z') {
        break;
      }
      column = column * 26 + (c - 'A' + 1);
    }
    return column - 1;
  }

  /** Reads a cell, positioned at its start, to its end; returns its text. */
  private String cell() throws XMLStreamException {
    String type = xml.getAttributeValue(null, "t");
    String style = xml.getAttributeValue(null, "s");
    String value = null;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("v")) {
          value = xml.getElementText();
        } else if (name.equals("is")) {
          value = inlineString();
        } else if (name.equals("f")) {
          xml.getElementText();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("c")) {
        break;
      }
    }
    if (value == null) {
      return "";
    }
    if (type == null || type.equals("n")) {
      return number(value, style);
    }
    switch (type) {
      case "s":
        return sharedString(value);
      case "b":
        return value.equals("1") ? "TRUE" : "FALSE";
      default:
        return value;
    }
  }

  /** Reads the text runs of an inline string, leaving out phonetic guides. */
  private String inlineString() throws XMLStreamException {
    StringBuilder inline = new StringBuilder();
    boolean phonetic = false;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("rPh")) {
          phonetic = true;
        } else if (name.equals("t") && !phonetic) {
          inline.append(xml.getElementText());
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String name = xml.getLocalName();
        if (name.equals("rPh")) {
          phonetic = false;
        } else if (name.equals("is")) {
          return inline.toString();
        }
      }
    }
  }

  private String sharedString(String index) {
    try {
      return strings.getItemAt(Integer.parseInt(index.strip())).getString();
    } catch (RuntimeException e) {
      throw new InputException(
          source + ": row " + (nextRow - 1) + ": a cell refers to a missing shared string");
    }
  }

  private String number(String value, String style) {
    try {
      if (style != null && isDate(Integer.parseInt(style))) {
        double serial = Double.parseDouble(value);
        if (DateUtil.isValidExcelDate(serial)) {
          LocalDateTime time = DateUtil.getLocalDateTime(serial, date1904);
          return time.toLocalTime().equals(LocalTime.MIDNIGHT)
              ? time.toLocalDate().toString()
              : time.toString();
        }
      }
      return new BigDecimal(value.strip()).round(GENERAL).stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** Tells whether a cell style formats numbers as dates; remembered per style. */
  private boolean isDate(int style) {
    Boolean date = dateStyles.get(style);
    if (date == null) {
      date = false;
      if (style >= 0 && style < styles.getNumCellStyles()) {
        XSSFCellStyle cellStyle = styles.getStyleAt(style);
        date = DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
      }
      dateStyles.put(style, date);
    }
    return date;
  }

  @Override
  public void close() throws IOException {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    } finally {
      sheetData.close();
      workbook.revert();
    }
  }
}
