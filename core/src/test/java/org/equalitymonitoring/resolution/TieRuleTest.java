package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.equalitymonitoring.resolution.Records.list;
import static org.equalitymonitoring.resolution.Records.rec;

import java.util.List;
import org.junit.jupiter.api.Test;

class TieRuleTest {
  /** A, B once each, B from the preferred source, A more recent: every rule decides differently. */
  private static final List<EthnicityRecord> TIE =
      list(
          rec("2021-01-01", "op", "A"),
          rec("2020-01-01", "apc", "B"),
          rec("2020-01-01", "ae", "C"));

  private static Resolution resolve(TieRule rule) {
    return ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
        .sourcePriority(List.of("apc", "ae", "op"))
        .tieRules(rule)
        .build()
        .resolve(TIE);
  }

  @Test
  void eachRuleBreaksATieItsOwnWay() {
    assertThat(resolve(TieRule.NULL).code()).isEmpty();
    assertThat(resolve(TieRule.SOURCE_PRIORITY).code()).contains("B");
    assertThat(resolve(TieRule.LATEST).code()).contains("A");
    assertThat(resolve(TieRule.LEXICALLY_GREATEST).code()).contains("C");
  }
}
