package org.equalitymonitoring.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.io.CompletenessReportJson;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.monitoring.MonitoringResult;
import org.equalitymonitoring.monitoring.MonitoringTally;
import org.equalitymonitoring.monitoring.Outcome;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.UnknownIdException;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class MonitoringAggregationTest {
  private static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  @Test
  void countsATinyExtractAsWorkedByHand() {
    Dataset<Row> frame =
        LocalSpark.session()
            .createDataFrame(
                Arrays.asList(
                    RowFactory.create(null, null, null, "A", "a", true),
                    RowFactory.create(null, null, null, " z", "a", true),
                    RowFactory.create(null, null, null, "", "a", false),
                    RowFactory.create(null, null, null, "h", "b", false),
                    RowFactory.create(null, null, null, "foo", "b", null),
                    RowFactory.create(null, null, null, "A", null, null)),
                MessyRecords.TYPE.asNullable());

    MonitoringCounts counts =
        MonitoringAggregation.count(
            frame, "nhs-ethnic-category-2001", col("unit"), col("value"), col("outcome"));

    // Known ethnic category (CODED): A and h. Unit a: A of A, z, blank = 1 of 3; unit b: h of h,
    // foo = 1 of 2; the record without unit counts in unit "": 1 of 1. Outcomes count for known
    // records only: A once with an event (the other A has none recorded), H once without.
    CompletenessTally tally = counts.completeness();
    assertThat(tally.units().keySet()).containsExactly("", "a", "b");
    assertThat(tally.units().get("a").complete(CompletenessDefinition.KNOWN)).isEqualTo(1);
    assertThat(tally.units().get("a").total()).isEqualTo(3);
    assertThat(tally.units().get("b").complete(CompletenessDefinition.KNOWN)).isEqualTo(1);
    assertThat(tally.overall().total()).isEqualTo(6);
    assertThat(counts.knownByGroup()).isEqualTo(Map.of("A", 2L, "H", 1L));
    assertThat(counts.outcomes())
        .containsExactly(GroupCount.of("A", 1, 1), GroupCount.of("H", 0, 1));
    assertThat(counts.outcomesMissing()).isEqualTo(1);
  }

  @Test
  void givesTheCoreCompletenessReportAndOutcomesOfMessyRecords() {
    for (String schemeId :
        List.of(
            "nhs-ethnic-category-2001",
            "ons-census-2021-england-wales",
            "example-london-borough")) {
      List<Row> records = MessyRecords.generate(21, 500, 4);
      Scheme scheme = BundledSchemes.get().requireScheme(schemeId);
      CrosswalkRecogniser recogniser = BundledRecognition.defaults(scheme).recogniser();
      MonitoringTally expected = MonitoringTally.create(scheme);
      for (Row row : records) {
        Outcome outcome =
            row.isNullAt(5)
                ? Outcome.MISSING
                : row.getBoolean(5) ? Outcome.EVENT : Outcome.NO_EVENT;
        String unit = row.isNullAt(4) ? "" : row.getString(4);
        expected.add(unit, Optional.empty(), recogniser.recognise(row.getString(3)), outcome);
      }
      MonitoringResult core = expected.result();

      MonitoringCounts counts =
          MonitoringAggregation.count(
              MessyRecords.frame(records), schemeId, col("unit"), col("value"), col("outcome"));

      Optional<Target> target = Optional.of(Target.of(0.9));
      assertThat(
              json(
                  counts.report(
                      CompletenessDefinition.KNOWN, target, AS_OF, ConfidenceLevel.NINETY_FIVE)))
          .as(schemeId)
          .isEqualTo(
              json(
                  core.completeness(
                      CompletenessDefinition.KNOWN, target, AS_OF, ConfidenceLevel.NINETY_FIVE)));
      assertThat(counts.outcomes()).as(schemeId).isEqualTo(core.outcomes());
      assertThat(counts.knownByGroup()).as(schemeId).isEqualTo(core.knownByGroup());
      assertThat(counts.outcomesMissing()).as(schemeId).isEqualTo(core.outcomesMissing());
    }
  }

  @Test
  void withoutAnOutcomeColumnCountsNoOutcomes() {
    MonitoringCounts counts =
        MonitoringAggregation.count(
            MessyRecords.frame(MessyRecords.generate(3, 50, 2)),
            "nhs-ethnic-category-2001",
            col("unit"),
            col("value"));

    assertThat(counts.outcomes()).isEmpty();
    assertThat(counts.outcomesMissing()).isZero();
    assertThat(counts.knownByGroup()).isNotEmpty();
  }

  @Test
  void unknownSchemeFailsListingTheIds() {
    Dataset<Row> frame = MessyRecords.frame(List.of());
    assertThatThrownBy(
            () -> MonitoringAggregation.count(frame, "nhs-2001", col("unit"), col("value")))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("nhs-ethnic-category-2001");
  }

  private static String json(CompletenessReport report) {
    StringWriter out = new StringWriter();
    CompletenessReportJson.write(report, out);
    return out.toString();
  }
}
