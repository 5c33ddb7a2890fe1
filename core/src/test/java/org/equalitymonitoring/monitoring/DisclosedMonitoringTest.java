package org.equalitymonitoring.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.impact.GroupResult;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.impact.ImpactAssessor;
import org.equalitymonitoring.impact.OutcomeKind;
import org.junit.jupiter.api.Test;

/**
 * The withholding fixpoint over the monitoring tables, the representation and outcome assessments
 * and linked tables, from a hand-made extract of NHS 2001 codes in one ward: A ×4, C ×2 (Any other
 * White), G ×2 (Any other Mixed), S ×2 (Any other ethnic group). The "Any other" table's rows are
 * C, G, S (in the scheme's order) and the rest of the known records, 10 - 6 = 4.
 */
class DisclosedMonitoringTest {
  private static final Scheme NHS = TestSchemes.nhs2001();

  private static MonitoringResult extract() {
    Recogniser recogniser = Recogniser.of(NHS);
    MonitoringTally tally = MonitoringTally.create(NHS);
    for (String code : new String[] {"A", "A", "A", "A", "C", "C", "G", "G", "S", "S"}) {
      tally.add("ward", Optional.empty(), recogniser.recognise(code));
    }
    return tally.result();
  }

  /** Outcomes by group, every count well above any threshold. */
  private static ImpactAssessment outcome() {
    return ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
        .proportions(
            List.of(
                GroupCount.of("A", 40, 400),
                GroupCount.of("C", 30, 300),
                GroupCount.of("G", 25, 250),
                GroupCount.of("S", 20, 200)));
  }

  private static DisclosedMonitoring publish(
      DisclosurePolicy policy,
      ImpactAssessment outcome,
      List<DisclosedMonitoring.LinkedTable> linked) {
    return DisclosedMonitoring.of(
        extract(),
        CompletenessDefinition.KNOWN,
        policy,
        Optional.empty(),
        Optional.of(outcome),
        linked);
  }

  private static Set<String> withheldIn(ImpactAssessment assessment) {
    Set<String> groups = new HashSet<>();
    for (GroupResult g : assessment.groups()) {
      if (g.suppressed()) {
        groups.add(g.group());
      }
    }
    return groups;
  }

  private static int row(MonitoringTables tables, String code) {
    for (int i = 0; i < tables.others().size(); i++) {
      if (tables.others().get(i).category().code().equals(code)) {
        return i;
      }
    }
    throw new AssertionError("no row " + code);
  }

  @Test
  void withoutLinkedTablesOrSuppressionNothingIsWithheld() {
    DisclosedMonitoring published = publish(DisclosurePolicy.none(), outcome(), List.of());
    assertThat(published.withheld()).isEmpty();
    assertThat(withheldIn(published.outcome().orElseThrow())).isEmpty();
    // C 2, G 2, S 2, the rest 4
    assertThat(published.tables().otherCounts().cell(3, 0).value().getAsLong()).isEqualTo(4);
  }

  @Test
  void aGroupALinkedTableWithholdsIsWithheldInTheOutcomeAndAnyOtherTables() {
    // The linked table withholds G whatever it is given (as a write-ins table whose total is
    // suppressed would); under the policy none nothing else is suppressed, so exactly G is
    // withheld everywhere.
    DisclosedMonitoring published =
        publish(DisclosurePolicy.none(), outcome(), List.of((tables, withheld) -> Set.of("G")));
    assertThat(published.withheld()).containsExactly("G");
    assertThat(withheldIn(published.outcome().orElseThrow())).containsExactly("G");
    MonitoringTables tables = published.tables();
    assertThat(tables.otherCounts().cell(row(tables, "G"), 0).isSuppressed()).isTrue();
    assertThat(tables.otherCounts().cell(row(tables, "C"), 0).value().getAsLong()).isEqualTo(2);
    assertThat(tables.suppressedOtherCategories()).containsExactly("G");
  }

  @Test
  void aGroupTheOutcomeTableWithholdsIsPassedToTheLinkedTables() {
    // S: 20 of 200 would be published, but with 1 event of 1 record under threshold-10 it is
    // below 10 and withheld by the outcome table; the linked table must then be told S is
    // withheld, and the "Any other" table withholds S's 2 records.
    ImpactAssessment outcome =
        ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
            .proportions(
                List.of(
                    GroupCount.of("A", 40, 400),
                    GroupCount.of("C", 30, 300),
                    GroupCount.of("G", 25, 250),
                    GroupCount.of("S", 1, 1)));
    List<Set<String>> told = new ArrayList<>();
    DisclosedMonitoring published =
        publish(
            DisclosurePolicy.threshold10(),
            outcome,
            List.of(
                (tables, withheld) -> {
                  told.add(withheld);
                  return Set.of();
                }));
    assertThat(withheldIn(published.outcome().orElseThrow())).contains("S");
    assertThat(published.withheld()).contains("S");
    // The last round's linked table was told the final set.
    assertThat(told.get(told.size() - 1)).isEqualTo(published.withheld());
    MonitoringTables tables = published.tables();
    assertThat(tables.otherCounts().cell(row(tables, "S"), 0).isSuppressed()).isTrue();
  }

  @Test
  void theFixpointFollowsAChainThroughEveryTableAndStops() {
    // Round 1: nothing is withheld yet (the linked table is told {}); it withholds S. Round 2: the
    // outcome and "Any other" tables withhold S, and the linked table, told {S} and seeing S
    // suppressed in the "Any other" table, withholds C too (as a table that shares S's count with
    // C's would). Round 3: C is withheld in the outcome and "Any other" tables as well; the linked
    // table, told {C, S}, adds nothing new: {C, S} is the fixpoint, reached after three rounds.
    List<Set<String>> told = new ArrayList<>();
    DisclosedMonitoring published =
        publish(
            DisclosurePolicy.none(),
            outcome(),
            List.of(
                (tables, withheld) -> {
                  told.add(withheld);
                  return tables.suppressedOtherCategories().contains("S")
                      ? Set.of("S", "C")
                      : Set.of("S");
                }));
    assertThat(told).containsExactly(Set.of(), Set.of("S"), Set.of("S", "C"));
    assertThat(published.withheld()).containsExactlyInAnyOrder("S", "C");
    assertThat(withheldIn(published.outcome().orElseThrow())).containsExactlyInAnyOrder("S", "C");
    assertThat(published.tables().suppressedOtherCategories()).containsExactlyInAnyOrder("S", "C");
    MonitoringTables tables = published.tables();
    assertThat(tables.otherCounts().cell(row(tables, "G"), 0).value().getAsLong()).isEqualTo(2);
  }
}
