package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.equalitymonitoring.rules.RuleReport;
import org.junit.jupiter.api.Test;

class FindingsSectionTest {
  private static String html(int withheldUnits) {
    StringBuilder out = new StringBuilder();
    new FindingsSection(
            RuleReport.of(List.of()),
            List.of("completeness at least 95.0%"),
            true,
            withheldUnits,
            "nhs-digital")
        .html(out);
    return out.toString();
  }

  @Test
  void unitsWhoseFiguresAreWithheldAreCountedInOneLine() {
    String html = html(51);
    assertThat(html)
        .contains(
            "51 units with small numbers (shown as suppressed above) are not checked against the"
                + " target: their figures are withheld under the disclosure policy nhs-digital.");
    assertThat(html.split("withheld", -1)).hasSize(2);
    assertThat(html(1))
        .contains("1 unit with small numbers")
        .contains(" is not checked")
        .contains("its figures");
  }

  @Test
  void noLineWhenNothingIsWithheld() {
    assertThat(html(0)).doesNotContain("withheld");
  }
}
