package org.equalitymonitoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.impact.ImpactAssessor;
import org.equalitymonitoring.impact.OutcomeKind;
import org.junit.jupiter.api.Test;

/**
 * The report's published tables, from a hand-made extract: ward 1 holds A, A, Z; ward 2 holds A, a
 * blank and S (Any other ethnic group). Known: 2 of 3 in each ward, 4 of 6 in all; the "Any other"
 * table is S 1 and the rest of the known records 4 - 1 = 3.
 */
class MonitoringTablesTest {
  private static final Scheme NHS = TestSchemes.nhs2001();

  private static MonitoringResult extract() {
    Recogniser recogniser = Recogniser.of(NHS);
    MonitoringTally tally = MonitoringTally.create(NHS);
    for (String code : new String[] {"A", "A", "Z"}) {
      tally.add("ward 1", Optional.of("2026-01"), recogniser.recognise(code));
    }
    for (String code : new String[] {"A", "", "S"}) {
      tally.add("ward 2", Optional.of("2026-02"), recogniser.recognise(code));
    }
    return tally.result();
  }

  @Test
  void withoutDisclosureControlTheTablesHoldTheExactCounts() {
    MonitoringTables tables =
        MonitoringTables.of(
            extract(), CompletenessDefinition.KNOWN, DisclosurePolicy.none(), Set.of());
    assertThat(tables.unitNames()).containsExactly("ward 1", "ward 2");
    assertThat(tables.units().cell(0, 0).value()).isEqualTo(OptionalLong.of(2));
    assertThat(tables.units().cell(1, 1).value()).isEqualTo(OptionalLong.of(1));
    assertThat(tables.units().grandTotal().value()).isEqualTo(OptionalLong.of(6));
    // No heading or broad-group term was recorded, so those two statuses are left out.
    assertThat(tables.statuses())
        .containsExactly(
            RecordingStatus.CODED,
            RecordingStatus.NOT_STATED,
            RecordingStatus.NOT_KNOWN,
            RecordingStatus.MISSING,
            RecordingStatus.UNRECOGNISED,
            RecordingStatus.AMBIGUOUS);
    assertThat(tables.status(0, RecordingStatus.NOT_STATED).value()).isEqualTo(OptionalLong.of(1));
    assertThat(tables.status(1, RecordingStatus.MISSING).value()).isEqualTo(OptionalLong.of(1));
    assertThat(tables.periodNames()).containsExactly("2026-01", "2026-02");
    assertThat(tables.periods().orElseThrow().cell(1, 0).value()).isEqualTo(OptionalLong.of(2));
    assertThat(tables.others()).hasSize(1);
    assertThat(tables.others().get(0).category().code()).isEqualTo("S");
    assertThat(tables.otherCounts().cell(0, 0).value()).isEqualTo(OptionalLong.of(1));
    assertThat(tables.otherCounts().cell(1, 0).value()).isEqualTo(OptionalLong.of(3));
    assertThat(tables.suppressedOtherCategories()).isEmpty();
  }

  @Test
  void aGroupWithheldElsewhereIsWithheldInTheAnyOtherTable() {
    MonitoringTables tables =
        MonitoringTables.of(
            extract(), CompletenessDefinition.KNOWN, DisclosurePolicy.none(), Set.of("S"));
    assertThat(tables.otherCounts().cell(0, 0).isSuppressed()).isTrue();
    assertThat(tables.suppressedOtherCategories()).containsExactly("S");
  }

  @Test
  void underTheValidDefinitionNotStatedIsComplete() {
    MonitoringTables tables =
        MonitoringTables.of(
            extract(), CompletenessDefinition.VALID, DisclosurePolicy.none(), Set.of());
    // ward 1: A, A, Z all valid.
    assertThat(tables.units().cell(0, 0).value()).isEqualTo(OptionalLong.of(3));
  }

  @Test
  void aGroupSuppressedInTheOutcomesIsSuppressedInTheAnyOtherTableToo() {
    // Outcomes: S has 1 event of 1 record, below threshold-10's 10, so the outcome table
    // withholds S; the "Any other" count of S (1) must then be withheld as well.
    ImpactAssessment outcome =
        ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
            .proportions(java.util.List.of(GroupCount.of("A", 20, 300), GroupCount.of("S", 1, 1)));
    DisclosedMonitoring published =
        DisclosedMonitoring.of(
            extract(),
            CompletenessDefinition.KNOWN,
            DisclosurePolicy.threshold10(),
            Optional.empty(),
            Optional.of(outcome));
    assertThat(published.representation()).isEmpty();
    assertThat(published.outcome().orElseThrow().groups())
        .filteredOn(g -> g.group().equals("S"))
        .allMatch(g -> g.suppressed());
    assertThat(published.tables().otherCounts().cell(0, 0).isSuppressed()).isTrue();
  }
}
