package org.equalitymonitoring.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ChartsTest {
  private static final Pattern TEXT = Pattern.compile("<text[^>]*>([^<]*)</text>");
  private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?%?");

  /** Returns the tick labels of a chart: its texts that are numbers, in the order drawn. */
  static List<String> numbers(String svg) {
    List<String> numbers = new ArrayList<>();
    Matcher text = TEXT.matcher(svg);
    while (text.find()) {
      if (NUMBER.matcher(text.group(1)).matches()) {
        numbers.add(text.group(1));
      }
    }
    return numbers;
  }

  /** Asserts that no two consecutive tick labels of any axis read the same. */
  static void assertDistinctTicks(String svg) {
    List<String> numbers = numbers(svg);
    for (int i = 1; i < numbers.size(); i++) {
      assertThat(numbers.get(i)).as("tick labels %s", numbers).isNotEqualTo(numbers.get(i - 1));
    }
  }

  @Test
  void aNarrowRangeOfPercentagesHasDistinctTickLabels() {
    // Units between 82.10% and 82.45%: ticks a fraction of a point apart, which "0%" printed as
    // 82% 82% 82%.
    List<Charts.Point> points =
        List.of(
            new Charts.Point("Unit A", "A", 0.8210, 0.8200, 0.8220),
            new Charts.Point("Unit B", "B", 0.8230, 0.8220, 0.8240),
            new Charts.Point("Unit C", "C", 0.8245, 0.8240, 0.8250));
    String svg =
        Charts.forest(
            "chart-test",
            "Test",
            "Share (%)",
            points,
            OptionalDouble.empty(),
            "",
            true,
            "95%",
            "three units");
    List<String> ticks = numbers(svg);
    assertThat(ticks).hasSizeGreaterThan(6).allMatch(label -> label.startsWith("82."));
    assertDistinctTicks(svg);
  }

  @Test
  void eachChartIsDrawnWideAndNarrowWithLongNamesShortenedWhenNarrow() {
    List<Charts.Point> points =
        List.of(
            new Charts.Point("N Black or Black British - African", "N", 0.1, 0.08, 0.12),
            new Charts.Point("R Other Ethnic Groups - Chinese", "R", 0.03, 0.02, 0.04));
    String svg =
        Charts.forest(
            "chart-test",
            "Test",
            "Rate (%)",
            points,
            OptionalDouble.empty(),
            "",
            true,
            "95%",
            "two groups");
    int narrow = svg.indexOf("id='chart-test-narrow'");
    assertThat(narrow).isPositive();
    String wide = svg.substring(0, narrow);
    String phone = svg.substring(narrow);
    assertThat(wide.startsWith("<svg id='chart-test'")).isTrue();
    assertThat(wide.contains("class='chart chart-wide'")).isTrue();
    assertThat(wide.contains(">N Black or Black British - African</text>")).isTrue();
    assertThat(phone.contains("class='chart chart-narrow'")).isTrue();
    assertThat(phone.contains(">N</text>")).isTrue();
    assertThat(phone.contains("Black or Black British")).isFalse();
  }

  @Test
  void aLongUnitNameKeepsItsStartAndItsEnd() {
    assertThat(Charts.shortened("EW1")).isEqualTo("EW1");
    // 14 characters: the first 7, an ellipsis and the last 6.
    assertThat(Charts.shortened("Riverside General ward 12")).isEqualTo("Riversi…ard 12");
  }

  @Test
  void fullNamesWhereTwoShortNamesWouldBeAlike() {
    String svg =
        Charts.forest(
            "chart-test",
            "Test",
            "Share (%)",
            List.of(
                new Charts.Point("Riverside General ward 12", "Riversi…ard 12", 0.8, 0.7, 0.9),
                new Charts.Point("Riverside Community ward 12", "Riversi…ard 12", 0.6, 0.5, 0.7)),
            OptionalDouble.empty(),
            "",
            true,
            "95%",
            "two units");
    String phone = svg.substring(svg.indexOf("id='chart-test-narrow'"));
    assertThat(phone.contains(">Riverside General ward 12</text>")).isTrue();
    assertThat(phone.contains(">Riverside Community ward 12</text>")).isTrue();
  }
}
