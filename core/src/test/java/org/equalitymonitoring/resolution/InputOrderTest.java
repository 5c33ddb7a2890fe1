package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputOrderTest {
  @Test
  void groupedInputRemembersABoundedNumberOfPersons() {
    assertThat(InputOrder.GROUPED_CHECK_WINDOW).isPositive().isLessThanOrEqualTo(65_536);
    assertThat(InputOrder.values())
        .containsExactly(InputOrder.SORTED_BY_PERSON_KEY, InputOrder.GROUPED_BY_PERSON_KEY);
  }
}
