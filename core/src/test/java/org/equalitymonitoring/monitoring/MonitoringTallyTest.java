package org.equalitymonitoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeInfo;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class MonitoringTallyTest {
  private static final Scheme NHS = TestSchemes.nhs2001();
  private static final Recogniser RECOGNISER = Recogniser.of(NHS);

  /** Records 1-2 of the extract used below. */
  private static MonitoringTally first() {
    return MonitoringTally.create(NHS)
        .add("W1", Optional.of("2024-01"), RECOGNISER.recognise("A"), Optional.of(true))
        .add("W1", Optional.of("2024-01"), RECOGNISER.recognise("B"), Optional.of(false));
  }

  /** Records 3-5: an A without the outcome, Z Not stated with one, H without an outcome. */
  private static MonitoringTally second() {
    return MonitoringTally.create(NHS)
        .add("W2", Optional.of("2024-02"), RECOGNISER.recognise("A"), Optional.of(false))
        .add("W2", Optional.of("2024-02"), RECOGNISER.recognise("Z"), Optional.of(true))
        .add("W2", Optional.of("2024-02"), RECOGNISER.recognise("H"), Optional.empty());
  }

  @Test
  void countsCompletenessByUnitAndPeriod() {
    MonitoringResult result = first().merge(second()).result();

    // 5 records: W1 holds records 1-2, W2 records 3-5; 2024-01 records 1-2, 2024-02 records 3-5.
    assertThat(result.records()).isEqualTo(5);
    assertThat(result.units()).containsOnlyKeys("W1", "W2");
    assertThat(result.units().get("W1").total()).isEqualTo(2);
    assertThat(result.units().get("W2").total()).isEqualTo(3);
    assertThat(result.periods()).containsOnlyKeys("2024-01", "2024-02");
    assertThat(result.periods().get("2024-02").total()).isEqualTo(3);
    // Known: A, B, A, H = 4 of 5 (Z Not stated is not known); W2 has 2 of 3.
    var report =
        result.completeness(
            CompletenessDefinition.KNOWN,
            Optional.empty(),
            LocalDate.of(2025, 1, 1),
            ConfidenceLevel.NINETY_FIVE);
    assertThat(report.overall().complete()).isEqualTo(4);
    assertThat(report.overall().total()).isEqualTo(5);
    assertThat(report.units().get(1).unit()).isEqualTo("W2");
    assertThat(report.units().get(1).complete()).isEqualTo(2);
  }

  @Test
  void countsKnownRecordsAndOutcomesByGroup() {
    MonitoringResult result = first().merge(second()).result();

    // Known records: A twice (records 1 and 3), B once, H once; Z is not a known group.
    assertThat(result.knownByGroup())
        .containsExactly(Map.entry("A", 2L), Map.entry("B", 1L), Map.entry("H", 1L));
    // Outcomes of known records: A yes (1) and no (3) = 1 of 2; B no = 0 of 1; H none (missing);
    // Z's outcome does not count because its group is not known.
    assertThat(result.outcomes())
        .containsExactly(GroupCount.of("A", 1, 2L), GroupCount.of("B", 0, 1L));
    assertThat(result.outcomesMissing()).isEqualTo(1);
  }

  @Test
  void recordsWithoutAnOutcomeCountOnlyTowardsCompleteness() {
    MonitoringResult result =
        MonitoringTally.create(NHS)
            .add("", Optional.empty(), RECOGNISER.recognise("A"))
            .add("", Optional.empty(), RECOGNISER.recognise("nonsense"))
            .result();

    assertThat(result.records()).isEqualTo(2);
    assertThat(result.units()).containsOnlyKeys("");
    assertThat(result.periods()).isEmpty();
    assertThat(result.knownByGroup()).containsExactly(Map.entry("A", 1L));
    assertThat(result.outcomes()).isEmpty();
    assertThat(result.outcomesMissing()).isZero();
  }

  @Test
  void mergeIsCommutativeAndLeavesTheOtherUnchanged() {
    MonitoringTally other = second();
    MonitoringResult ab = first().merge(other).result();
    MonitoringResult ba = second().merge(first()).result();

    assertThat(ba.units()).isEqualTo(ab.units());
    assertThat(ba.periods()).isEqualTo(ab.periods());
    assertThat(ba.outcomes()).isEqualTo(ab.outcomes());
    assertThat(ba.outcomesMissing()).isEqualTo(ab.outcomesMissing());
    assertThat(other.result().records()).isEqualTo(3);
  }

  @Test
  void resultIsASnapshot() {
    MonitoringTally tally = first();
    MonitoringResult before = tally.result();
    tally.merge(second());

    assertThat(before.records()).isEqualTo(2);
    assertThat(before.outcomes())
        .containsExactly(GroupCount.of("A", 1, 1L), GroupCount.of("B", 0, 1L));
  }

  @Test
  void rejectsMergingAnotherScheme() {
    Scheme other =
        Scheme.of(
            SchemeInfo.builder()
                .id("other")
                .title("Other")
                .version("1")
                .publisher("test")
                .source("test")
                .licence("OGL v3")
                .build(),
            NHS.categories(),
            java.util.List.of());

    assertThatThrownBy(() -> first().merge(MonitoringTally.create(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot merge a tally of scheme 'other' into one of 'nhs-ethnic-category-2001'");
  }

  @Test
  void rejectsNulls() {
    assertThatThrownBy(() -> MonitoringTally.create(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scheme");
    assertThatThrownBy(() -> first().add("W1", Optional.empty(), RECOGNISER.recognise("A"), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("outcome");
  }
}
