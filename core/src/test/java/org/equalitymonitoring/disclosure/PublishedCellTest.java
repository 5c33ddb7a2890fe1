package org.equalitymonitoring.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PublishedCellTest {

  @Test
  void publishedCellShowsItsValue() {
    PublishedCell cell = PublishedCell.published(25);

    assertThat(cell.isSuppressed()).isFalse();
    assertThat(cell.value()).hasValue(25);
    assertThat(cell.suppressionReason()).isEmpty();
    assertThat(cell.display()).isEqualTo("25");
  }

  @Test
  void suppressedCellHasNoValueAndIsNeverShownAsZero() {
    PublishedCell cell = PublishedCell.suppressed(SuppressionReason.PRIMARY, "*");

    assertThat(cell.isSuppressed()).isTrue();
    assertThat(cell.value()).isEmpty();
    assertThat(cell.suppressionReason()).contains(SuppressionReason.PRIMARY);
    assertThat(cell.display()).isEqualTo("*");
    assertThat(cell.toString()).isEqualTo("*(PRIMARY)");
  }

  @Test
  void trueZeroIsPublishedAsZero() {
    assertThat(PublishedCell.published(0).display()).isEqualTo("0");
    assertThat(PublishedCell.published(0).value()).hasValue(0);
  }

  @Test
  void equalityCoversValueReasonAndSymbol() {
    assertThat(PublishedCell.published(5)).isEqualTo(PublishedCell.published(5));
    assertThat(PublishedCell.published(5)).isNotEqualTo(PublishedCell.published(10));
    assertThat(PublishedCell.suppressed(SuppressionReason.PRIMARY, "*"))
        .isEqualTo(PublishedCell.suppressed(SuppressionReason.PRIMARY, "*"))
        .hasSameHashCodeAs(PublishedCell.suppressed(SuppressionReason.PRIMARY, "*"))
        .isNotEqualTo(PublishedCell.suppressed(SuppressionReason.SECONDARY, "*"))
        .isNotEqualTo(PublishedCell.suppressed(SuppressionReason.PRIMARY, "fewer than 5"));
  }

  @Test
  void rejectsNegativeValueNullsAndBlankSymbol() {
    assertThatThrownBy(() -> PublishedCell.published(-5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("published value is -5: published counts must be non-negative");
    assertThatThrownBy(() -> PublishedCell.suppressed(null, "*"))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PublishedCell.suppressed(SuppressionReason.PRIMARY, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> PublishedCell.suppressed(SuppressionReason.PRIMARY, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visible symbol");
  }
}
