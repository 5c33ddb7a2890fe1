package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void writesAnAccessibleTableAndEscapesEveryText() {
    StringBuilder out = new StringBuilder();
    Table.append(
        out,
        "Units <&>",
        List.of("Unit", "Records"),
        List.of(
            List.of(Table.Cell.of("<script>ward</script>"), Table.Cell.of("1,200")),
            List.of(Table.Cell.strong("Overall"), Table.Cell.span("rag rag-red", "A & B"))),
        Table.numeric("tn"));
    assertThat(out.toString())
        .isEqualTo(
            "<div class='table-wrap'><table><caption>Units &lt;&amp;&gt;</caption><thead><tr>"
                + "<th scope='col'>Unit</th><th scope='col' class='num'>Records</th></tr></thead>"
                + "<tbody><tr><th scope='row'>&lt;script&gt;ward&lt;/script&gt;</th>"
                + "<td class='num'>1,200</td></tr><tr><th scope='row'><strong>Overall</strong></th>"
                + "<td class='num'><span class='rag rag-red'>A &amp; B</span></td></tr></tbody>"
                + "</table></div>");
  }

  @Test
  void aParagraphHasItsClassOnlyWhenGiven() {
    StringBuilder out = new StringBuilder();
    Templates.paragraph("", "", "a < b", out);
    Templates.paragraph("finding", "Evidence:", "M.", out);
    assertThat(out.toString())
        .isEqualTo("<p>a &lt; b</p><p class='finding'><strong>Evidence:</strong> M.</p>");
  }

  @Test
  void svgTextIsEscapedInOnePlace() {
    assertThat(Svg.escape("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }
}
