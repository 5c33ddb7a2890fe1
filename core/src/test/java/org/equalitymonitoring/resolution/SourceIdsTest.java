package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceIdsTest {
  @Test
  void theFiveGdpprSourcesAreDistinct() {
    assertThat(
            java.util.Set.of(
                SourceIds.GP_JOURNAL,
                SourceIds.GP_PATIENT,
                SourceIds.APC,
                SourceIds.AE,
                SourceIds.OP))
        .hasSize(5);
  }
}
