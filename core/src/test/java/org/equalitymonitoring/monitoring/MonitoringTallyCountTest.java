package org.equalitymonitoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.impact.GroupCount;
import org.junit.jupiter.api.Test;

/** Records that share a unit, period, recognition and outcome, added with a count. */
class MonitoringTallyCountTest {
  private static final Scheme NHS = TestSchemes.nhs2001();
  private static final Recogniser RECOGNISER = Recogniser.of(NHS);
  private static final String[] VALUES = {"A", "M", "Z", "", "h"};

  private static void assertSame(MonitoringResult counted, MonitoringResult repeated) {
    assertThat(counted.units()).isEqualTo(repeated.units());
    assertThat(counted.periods()).isEqualTo(repeated.periods());
    assertThat(counted.outcomes()).isEqualTo(repeated.outcomes());
    assertThat(counted.outcomesMissing()).isEqualTo(repeated.outcomesMissing());
    assertThat(counted.records()).isEqualTo(repeated.records());
  }

  @Test
  void addingWithACountOfNEqualsAddingNTimes() {
    qt().forAll(
            integers().between(0, VALUES.length - 1),
            integers().between(0, Outcome.values().length - 1),
            integers().between(0, 50),
            integers().between(0, 1))
        .checkAssert(
            (value, outcome, n, withPeriod) -> {
              Recognition recognition = RECOGNISER.recognise(VALUES[value]);
              Outcome o = Outcome.values()[outcome];
              Optional<String> period = withPeriod == 1 ? Optional.of("2024-01") : Optional.empty();
              MonitoringTally repeated = MonitoringTally.create(NHS);
              MonitoringTally repeatedNoOutcome = MonitoringTally.create(NHS);
              for (int i = 0; i < n; i++) {
                repeated.add("W1", period, recognition, o);
                repeatedNoOutcome.add("W1", period, recognition);
              }
              assertSame(
                  MonitoringTally.create(NHS).add("W1", period, recognition, o, n).result(),
                  repeated.result());
              assertSame(
                  MonitoringTally.create(NHS).add("W1", period, recognition, (long) n).result(),
                  repeatedNoOutcome.result());
            });
  }

  @Test
  void countsByHand() {
    // 7 A with the outcome, 3 A without, 4 M with it missing, 2 Z (Not stated, not known) with it:
    // A 7 of 10; M's 4 are missing outcomes; Z's outcome does not count.
    MonitoringResult result =
        MonitoringTally.create(NHS)
            .add("W1", Optional.empty(), RECOGNISER.recognise("A"), Outcome.EVENT, 7)
            .add("W1", Optional.empty(), RECOGNISER.recognise("A"), Outcome.NO_EVENT, 3)
            .add("W2", Optional.empty(), RECOGNISER.recognise("M"), Outcome.MISSING, 4)
            .add("W2", Optional.empty(), RECOGNISER.recognise("Z"), Outcome.EVENT, 2)
            .result();
    assertThat(result.records()).isEqualTo(16);
    assertThat(result.outcomes()).containsExactly(GroupCount.of("A", 7, 10));
    assertThat(result.outcomesMissing()).isEqualTo(4);
    assertThat(result.units().get("W2").total()).isEqualTo(6);
  }

  @Test
  void aNegativeCountIsRejectedAndChangesNothing() {
    MonitoringTally tally = MonitoringTally.create(NHS);
    assertThatThrownBy(
            () ->
                tally.add(
                    "W1", Optional.of("2024-01"), RECOGNISER.recognise("A"), Outcome.EVENT, -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(tally.result().records()).isZero();
    assertThat(tally.result().outcomes()).isEqualTo(List.of());
  }
}
