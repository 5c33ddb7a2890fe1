package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MethodsSectionTest {
  @Test
  void rendersItemsThroughTheTemplateWithTheirTextEscaped() {
    MethodsSection methods =
        new MethodsSection().add("Extract", "a&b.csv: column 'ethnicity'").add("<i>", "x > y");
    StringBuilder html = new StringBuilder();

    methods.html(html);

    // Element text escapes &, < and >; quotes are text there and stay as they are.
    assertThat(html)
        .hasToString(
            "<dl class='methods'><dt>Extract</dt><dd>a&amp;b.csv: column 'ethnicity'</dd>"
                + "<dt>&lt;i&gt;</dt><dd>x &gt; y</dd></dl>");
  }

  @Test
  void writesNoListItemsWhenEmpty() {
    StringBuilder html = new StringBuilder();

    new MethodsSection().html(html);

    assertThat(html).hasToString("<dl class='methods'></dl>");
  }
}
