package org.equalitymonitoring.spark.example;

import static org.apache.spark.sql.functions.col;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.impact.ImpactAssessor;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.impact.Reference;
import org.equalitymonitoring.spark.EthnicityFunctions;
import org.equalitymonitoring.spark.MonitoringAggregation;
import org.equalitymonitoring.spark.MonitoringCounts;
import org.equalitymonitoring.spark.PresetResolution;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * Runs the library where national data lives: a GDPPR and HES style extract (one row per recorded
 * ethnicity) as a Spark DataFrame, recognised column by column, resolved to one ethnicity per
 * person by the Secure Data Environment preset, counted for completeness by practice and for an
 * outcome by ethnic group, and the outcome compared between groups under NHS Digital's disclosure
 * control. {@link #main} runs it on a local Spark; on Databricks pass the notebook's {@code spark}.
 */
public final class NationalDataOnSpark {
  private static final String SCHEME = "nhs-ethnic-category-2001";

  private NationalDataOnSpark() {}

  /**
   * Nine records of five persons, as an extract gives them: a SNOMED CT concept in the GP journal,
   * HES letters in any case, a label in place of a code, a not-stated code and a blank.
   */
  public static Dataset<Row> sampleExtract(SparkSession spark) {
    StructType type =
        new StructType()
            .add("person_id", DataTypes.StringType)
            .add("source", DataTypes.StringType)
            .add("record_date", DataTypes.DateType)
            .add("ethnicity", DataTypes.StringType)
            .add("practice", DataTypes.StringType)
            .add("admitted", DataTypes.BooleanType);
    return spark.createDataFrame(
        List.of(
            record("P1", "gp-journal", "2023-04-01", "110751000000108", "Y01", false),
            record("P1", "apc", "2024-01-10", "A", "Y01", true),
            record("P2", "op", "2022-06-01", "M", "Y01", true),
            record("P2", "ae", "2022-06-01", "Asian or Asian British - Indian", "Y02", false),
            record("P3", "ae", "2021-03-03", "a ", "Y02", false),
            record("P3", "op", "2021-03-03", "Z", "Y02", null),
            record("P4", "gp-patient", null, "", "Y02", null),
            record("P5", "op", "2020-02-02", "D", "Y01", false),
            record("P5", "ae", "2020-02-02", "e", "Y01", true)),
        type);
  }

  private static Row record(
      String person, String source, String date, String value, String practice, Boolean event) {
    return RowFactory.create(
        person, source, date == null ? null : Date.valueOf(date), value, practice, event);
  }

  /** Adds the recognition of each recorded value: a struct of code, status, rule, candidates. */
  public static Dataset<Row> recognised(Dataset<Row> extract) {
    return extract.withColumn("recognised", EthnicityFunctions.recognise(col("ethnicity"), SCHEME));
  }

  /** Resolves one ethnicity per person as the BHF Data Science Centre's SDE pipeline does. */
  public static Dataset<Row> persons(Dataset<Row> extract) {
    return PresetResolution.of("bhf-dsc-sde-curate-ethnicity", SCHEME)
        .apply(extract, "person_id", "source", "record_date", "ethnicity");
  }

  /** Counts the records by practice and the admissions by ethnic group in one aggregation. */
  public static MonitoringCounts counts(Dataset<Row> extract) {
    return MonitoringAggregation.count(
        extract, SCHEME, col("practice"), col("ethnicity"), col("admitted"));
  }

  /** Evaluates completeness by practice against a 90% target. */
  public static CompletenessReport completeness(MonitoringCounts counts, LocalDate asOf) {
    return counts.report(
        CompletenessDefinition.KNOWN,
        Optional.of(Target.of(0.9)),
        asOf,
        ConfidenceLevel.NINETY_FIVE);
  }

  /** Compares each group's admission rate with White British (A), then applies disclosure. */
  public static ImpactAssessment admissions(MonitoringCounts counts) {
    return ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
        .withReference(Reference.group("A"))
        .proportions(counts.outcomes())
        .disclose(DisclosurePolicy.nhsDigital());
  }

  /**
   * Runs the example on a local Spark.
   *
   * @param args none
   */
  public static void main(String[] args) {
    SparkSession spark =
        SparkSession.builder().master("local[2]").appName("national-data-on-spark").getOrCreate();
    try {
      Dataset<Row> extract = sampleExtract(spark);
      recognised(extract).show(false);
      persons(extract).show(false);
      MonitoringCounts counts = counts(extract);
      completeness(counts, LocalDate.now())
          .units()
          .forEach(u -> System.out.println(u.unit() + ": " + u.complete() + " of " + u.total()));
      System.out.println(admissions(counts));
    } finally {
      spark.stop();
    }
  }
}
