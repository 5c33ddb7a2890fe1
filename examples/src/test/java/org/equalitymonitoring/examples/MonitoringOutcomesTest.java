package org.equalitymonitoring.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Map;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.monitoring.DisclosedMonitoring;
import org.equalitymonitoring.monitoring.MonitoringResult;
import org.junit.jupiter.api.Test;

/**
 * Checks the example by hand: 450 admissions (North 260, South 190), of which 400 have a known
 * category (Z Not stated and blanks do not); A is 300 admissions with 20 + 10 = 30 detained, M is
 * 100 with 10 + 15 = 25 detained; Z's 3 detentions do not count towards any group.
 */
class MonitoringOutcomesTest {
  private final MonitoringResult result =
      MonitoringOutcomes.monitor(MonitoringOutcomes.sampleAdmissions().stream());

  @Test
  void countsEveryAdmissionByWard() {
    assertThat(result.records()).isEqualTo(450);
    assertThat(result.units().get("North").total()).isEqualTo(260);
    assertThat(result.units().get("South").total()).isEqualTo(190);
    assertThat(result.knownByGroup()).containsExactly(Map.entry("A", 300L), Map.entry("M", 100L));
  }

  @Test
  void detentionsByGroupAreReadyForTheAssessor() {
    assertThat(result.outcomes())
        .containsExactly(GroupCount.of("A", 30, 300L), GroupCount.of("M", 25, 100L));
    assertThat(result.outcomesMissing()).isZero();
    assertThat(MonitoringOutcomes.detentions(result).groups()).hasSize(2);
  }

  @Test
  void publishesTheFiguresUnderDisclosureControl() throws Exception {
    // NHS Digital: 1 to 7 suppressed, the rest rounded to 5. Every figure here is already a
    // multiple of 5 above 7 (known North 200 + 50 = 250 of 260, South 100 + 50 = 150 of 190;
    // detentions A 30 of 300, M 25 of 100), so all are published as they are.
    DisclosedMonitoring published = MonitoringOutcomes.published(result);
    assertThat(published.tables().unitNames()).containsExactly("North", "South");
    assertThat(published.tables().units().cell(0, 0).display()).isEqualTo("250");
    assertThat(published.tables().units().rowTotal(1).display()).isEqualTo("190");
    StringWriter json = new StringWriter();
    MonitoringOutcomes.detentionsJson(published, json);
    JsonNode groups = new ObjectMapper().readTree(json.toString()).get("groups");
    assertThat(groups.get(1).get("group").asText()).isEqualTo("M");
    assertThat(groups.get(1).get("label").asText()).isEqualTo("Black or Black British - Caribbean");
    assertThat(groups.get(1).get("events").asLong()).isEqualTo(25);
    assertThat(groups.get(1).get("suppressed").asBoolean()).isFalse();
  }

  @Test
  void writesTheReportWithoutTheCommandLineTool() {
    StringWriter html = new StringWriter();

    MonitoringOutcomes.report(
        MonitoringOutcomes.sampleAdmissions(), LocalDate.of(2026, 1, 1), html);

    // The header counts all 450 records; the outcome section names its reference group, A.
    assertThat(html.toString())
        .startsWith("<!DOCTYPE html>")
        .contains("450 records")
        .contains("Outcome by ethnic group")
        .contains("A White - British");
  }
}
