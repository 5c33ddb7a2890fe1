package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GroupCountTest {

  @Test
  void holdsItsFields() {
    GroupCount c = GroupCount.of("Black", 40, 400);
    assertThat(c.group()).isEqualTo("Black");
    assertThat(c.events()).isEqualTo(40);
    assertThat(c.denominator()).isEqualTo(400.0);
    assertThat(c.stratum()).isEmpty();
    GroupCount s = GroupCount.stratified("Black", "18-34", 4, 1234.5);
    assertThat(s.stratum()).hasValue("18-34");
    assertThat(s.denominator()).isEqualTo(1234.5);
    assertThat(GroupCount.of("A", 1, 2.5).denominator()).isEqualTo(2.5);
  }

  @Test
  void negativeEventsAreRejected() {
    assertThatThrownBy(() -> GroupCount.of("Black", -1, 400))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("events must be >= 0, got events=-1 for group \"Black\"");
  }

  @Test
  void aZeroOrNegativeDenominatorIsRejected() {
    // STATISTICAL-METHODS.md §1 and §2: n <= 0 is an error
    assertThatThrownBy(() -> GroupCount.of("Roma", 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "denominator must be a finite number > 0, got denominator=0.0 for group \"Roma\"");
    assertThatThrownBy(() -> GroupCount.of("Roma", 0, -5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupCount.of("Roma", 0, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupCount.of("Roma", 0, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupCount.stratified("Roma", "0-4", 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("group \"Roma\", stratum \"0-4\"");
  }

  @Test
  void labelsMustNotBeBlankOrNull() {
    assertThatThrownBy(() -> GroupCount.of(" ", 1, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupCount.of(null, 1, 2)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> GroupCount.stratified("A", "", 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GroupCount.stratified("A", null, 1, 2))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void eventsMayExceedTheDenominatorHere() {
    // rates allow x > n (STATISTICAL-METHODS.md §2); proportions are checked by ImpactAssessor
    assertThat(GroupCount.of("A", 250, 220).events()).isEqualTo(250);
  }

  @Test
  void equality() {
    assertThat(GroupCount.of("A", 1, 2)).isEqualTo(GroupCount.of("A", 1, 2.0));
    assertThat(GroupCount.of("A", 1, 2)).hasSameHashCodeAs(GroupCount.of("A", 1, 2.0));
    assertThat(GroupCount.of("A", 1, 2)).isNotEqualTo(GroupCount.stratified("A", "x", 1, 2));
    assertThat(GroupCount.of("A", 1, 2)).isNotEqualTo(GroupCount.of("A", 1, 3));
    assertThat(GroupCount.stratified("A", "x", 1, 2).toString())
        .isEqualTo("GroupCount[A / x: 1 / 2.0]");
  }
}
