package org.equalitymonitoring.spark.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.UnitCompleteness;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.spark.LocalSpark;
import org.equalitymonitoring.spark.MonitoringCounts;
import org.junit.jupiter.api.Test;

class NationalDataOnSparkTest {
  private static final Dataset<Row> EXTRACT =
      NationalDataOnSpark.sampleExtract(LocalSpark.session());

  @Test
  void recognisesEveryRecordedValue() {
    List<Row> rows = NationalDataOnSpark.recognised(EXTRACT).select("recognised").collectAsList();

    // 110751000000108 is "Indian or British Indian" (H) in OpenSAFELY's codelist; the label
    // "Asian or Asian British - Indian" is H's (SCHEMES.md §1); "a " is A; Z not stated; blank.
    assertThat(rows)
        .extracting(row -> row.getStruct(0).getString(0) + " " + row.getStruct(0).getString(1))
        .containsExactly(
            "H CODED",
            "A CODED",
            "M CODED",
            "H CODED",
            "A CODED",
            "Z NOT_STATED",
            "null MISSING",
            "D CODED",
            "E CODED");
  }

  @Test
  void resolvesOneEthnicityPerPersonAsTheSecureDataEnvironmentPipeline() {
    Map<String, List<Object>> persons = new HashMap<>();
    for (Row row : NationalDataOnSpark.persons(EXTRACT).collectAsList()) {
      persons.put(
          row.getString(0),
          Arrays.asList(row.getString(1), row.getString(2), row.getBoolean(6), row.getBoolean(7)));
    }

    // Priority gdppr_snomed 1, gdppr 2, hes_apc 3, hes_op 4, hes_ae 4, then the latest date:
    // P1's journal concept (H in NHS Digital's map) beats the later APC A; P2's OP M and AE H tie
    // on the same day across broad groups (Black, Asian); P3's Z is dropped, leaving A; P4 has no
    // dated record; P5's D and E tie within the Mixed group.
    assertThat(persons)
        .containsOnly(
            Map.entry("P1", Arrays.asList("H", "HIGHEST_PRIORITY_SOURCE", false, false)),
            Map.entry("P2", Arrays.asList(null, "TIE_UNRESOLVED", true, true)),
            Map.entry("P3", Arrays.asList("A", "ONLY_KNOWN_CODE", false, false)),
            Map.entry("P4", Arrays.asList(null, "NO_KNOWN_RECORD", false, false)),
            Map.entry("P5", Arrays.asList(null, "TIE_UNRESOLVED", true, false)));
  }

  @Test
  void countsCompletenessByPracticeAndAdmissionsByGroup() {
    MonitoringCounts counts = NationalDataOnSpark.counts(EXTRACT);
    CompletenessReport report = NationalDataOnSpark.completeness(counts, LocalDate.of(2025, 3, 31));

    // Y01: P1 H and A, P2 M, P5 D and E all known = 5 of 5; Y02: H (label) and A known, Z and
    // blank not = 2 of 4. Admissions of known records: H 0 of 2, A 1 of 2, M 1 of 1, D 0 of 1,
    // E 1 of 1; the Z record's missing outcome does not count, as Z is not a known category.
    assertThat(report.units())
        .extracting(UnitCompleteness::unit, UnitCompleteness::complete, UnitCompleteness::total)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Y01", 5L, 5L),
            org.assertj.core.groups.Tuple.tuple("Y02", 2L, 4L));
    assertThat(counts.outcomes())
        .containsExactly(
            GroupCount.of("A", 1, 2),
            GroupCount.of("D", 0, 1),
            GroupCount.of("E", 1, 1),
            GroupCount.of("H", 0, 2),
            GroupCount.of("M", 1, 1));
    assertThat(counts.outcomesMissing()).isZero();
    assertThat(NationalDataOnSpark.admissions(counts).disclosurePolicy())
        .contains(DisclosurePolicy.nhsDigital());
  }
}
