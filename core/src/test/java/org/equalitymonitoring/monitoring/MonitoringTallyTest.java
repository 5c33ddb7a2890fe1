package org.equalitymonitoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
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
  private static final String[] UNITS = {"W1", "W2", "W3"};
  private static final String[] PERIODS = {"2024-01", "2024-02"};
  private static final String[] VALUES = {"A", "M", "Z", "", "h"};

  /** Records 1-2 of the extract used below. */
  private static MonitoringTally first() {
    return MonitoringTally.create(NHS)
        .add("W1", Optional.of("2024-01"), RECOGNISER.recognise("A"), Outcome.EVENT)
        .add("W1", Optional.of("2024-01"), RECOGNISER.recognise("B"), Outcome.NO_EVENT);
  }

  /** Records 3-5: an A without the outcome, Z Not stated with one, H without an outcome. */
  private static MonitoringTally second() {
    return MonitoringTally.create(NHS)
        .add("W2", Optional.of("2024-02"), RECOGNISER.recognise("A"), Outcome.NO_EVENT)
        .add("W2", Optional.of("2024-02"), RECOGNISER.recognise("Z"), Outcome.EVENT)
        .add("W2", Optional.of("2024-02"), RECOGNISER.recognise("H"), Outcome.MISSING);
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
  void mergeIsAssociativeAndCommutative() {
    qt().forAll(
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40))
        .checkAssert(
            (a, b, c) -> {
              MonitoringResult left = tally(a).merge(tally(b)).merge(tally(c)).result();
              MonitoringResult right = tally(a).merge(tally(b).merge(tally(c))).result();
              MonitoringResult swapped = tally(c).merge(tally(a)).merge(tally(b)).result();
              for (MonitoringResult other : List.of(right, swapped)) {
                assertThat(other.units()).isEqualTo(left.units());
                assertThat(other.periods()).isEqualTo(left.periods());
                assertThat(other.outcomes()).isEqualTo(left.outcomes());
                assertThat(other.outcomesMissing()).isEqualTo(left.outcomesMissing());
              }
            });
  }

  @Test
  void mergedChunksEqualOneTallyOfAllRecordsAndLeaveTheOtherUnchanged() {
    qt().forAll(
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 60), integers().between(0, 60))
        .checkAssert(
            (records, cut) -> {
              int at = Math.min(cut, records.size());
              MonitoringTally second = tally(records.subList(at, records.size()));
              MonitoringResult merged = tally(records.subList(0, at)).merge(second).result();
              MonitoringResult whole = tally(records).result();
              assertThat(merged.units()).isEqualTo(whole.units());
              assertThat(merged.periods()).isEqualTo(whole.periods());
              assertThat(merged.outcomes()).isEqualTo(whole.outcomes());
              assertThat(merged.outcomesMissing()).isEqualTo(whole.outcomesMissing());
              assertThat(second.result().records()).isEqualTo(records.size() - at);
            });
  }

  /** Record r: unit r mod 3, period r mod 2, value r mod 5, outcome blank, yes or no by r mod 3. */
  private static MonitoringTally tally(List<Integer> records) {
    MonitoringTally tally = MonitoringTally.create(NHS);
    for (int r : records) {
      Outcome outcome =
          r % 3 == 0 ? Outcome.MISSING : r % 3 == 1 ? Outcome.EVENT : Outcome.NO_EVENT;
      tally.add(
          UNITS[r % UNITS.length],
          Optional.of(PERIODS[r % PERIODS.length]),
          RECOGNISER.recognise(VALUES[r % VALUES.length]),
          outcome);
    }
    return tally;
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
            List.of());

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
    assertThatThrownBy(() -> first().add("W1", null, RECOGNISER.recognise("A")))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("period");
  }
}
