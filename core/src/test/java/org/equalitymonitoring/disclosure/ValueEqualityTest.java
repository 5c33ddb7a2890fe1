package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The equality of the disclosure value types, called directly: AssertJ's {@code isEqualTo} never
 * calls {@code equals} on the same instance, nor on a value of another type.
 */
class ValueEqualityTest {
  @Test
  void eachValueEqualsItselfAndNothingOfAnotherType() {
    CountTable table = CountTable.of(new long[][] {{3, 40}, {12, 20}});
    List<Object> values =
        List.of(
            table,
            DisclosurePolicy.nhsDigital().applyTo(table),
            PublishedCell.published(25),
            PublishedCell.suppressed(SuppressionReason.PRIMARY, "*"),
            Share.of(0.25),
            Share.unavailable(ShareUnavailableReason.values()[0]));
    for (Object value : values) {
      assertThat(value.equals(value)).as("%s equals itself", value).isTrue();
      assertThat(value.equals("25")).as("%s equals a string", value).isFalse();
    }
  }

  @Test
  void countTablesDifferingInOneCountAreNotEqual() {
    CountTable table = CountTable.of(new long[][] {{3, 40}, {12, 20}});
    CountTable other = CountTable.of(new long[][] {{3, 40}, {12, 21}});
    assertThat(table.equals(other)).isFalse();
    assertThat(table.equals(CountTable.of(new long[][] {{3, 40}, {12, 20}}))).isTrue();
  }
}
