package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ResolutionStrategyTest {
  @Test
  void everyStrategyIsUsedByAPreset() {
    assertThat(
            java.util.List.of(
                ResolutionPolicy.nhsDigitalGdpprRecency(JournalMap.CROSSWALK).strategy(),
                ResolutionPolicy.nhsDigitalGdpprModal(JournalMap.CROSSWALK).strategy(),
                ResolutionPolicy.cvdPreventFillIfMissing(JournalMap.CROSSWALK).strategy(),
                ResolutionPolicy.builder(ResolutionStrategy.SOURCE_PRIORITY)
                    .sourcePriority(java.util.List.of(SourceIds.APC))
                    .build()
                    .strategy()))
        .containsExactlyInAnyOrder(ResolutionStrategy.values());
  }
}
