package org.equalitymonitoring.report;

import java.util.List;

/** Writes accessible HTML tables: a caption, column headers with scope, row headers. */
final class Table {
  private Table() {}

  /**
   * Appends a table.
   *
   * @param caption what the table shows
   * @param headers column headings; the first labels the row-header column
   * @param rows rows of cells already escaped as HTML; the first cell is the row header
   * @param numeric which columns hold numbers (right-aligned)
   */
  static void append(
      StringBuilder out,
      String caption,
      List<String> headers,
      List<List<String>> rows,
      boolean[] numeric) {
    out.append("<div class='table-wrap'><table><caption>")
        .append(Html.escape(caption))
        .append("</caption><thead><tr>");
    for (int i = 0; i < headers.size(); i++) {
      out.append("<th scope='col'")
          .append(numeric[i] ? " class='num'" : "")
          .append('>')
          .append(Html.escape(headers.get(i)))
          .append("</th>");
    }
    out.append("</tr></thead><tbody>");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        if (i == 0) {
          out.append("<th scope='row'>").append(row.get(i)).append("</th>");
        } else {
          out.append("<td")
              .append(numeric[i] ? " class='num'" : "")
              .append('>')
              .append(row.get(i))
              .append("</td>");
        }
      }
      out.append("</tr>");
    }
    out.append("</tbody></table></div>");
  }

  static boolean[] numeric(String pattern) {
    boolean[] result = new boolean[pattern.length()];
    for (int i = 0; i < pattern.length(); i++) {
      result[i] = pattern.charAt(i) == 'n';
    }
    return result;
  }
}
