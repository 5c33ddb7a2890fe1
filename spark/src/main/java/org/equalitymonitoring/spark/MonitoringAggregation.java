package org.equalitymonitoring.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * Counts records for equality monitoring in Spark: Spark first counts the records by unit, raw
 * value and outcome (its own aggregation, within and then across partitions, as a hand-written
 * query would); each distinct raw value is then recognised once on the executors as the
 * command-line tool recognises it ({@link EthnicityFunctions#recognise}); the counts by unit,
 * recognition and outcome, one per distinct combination, are read into the core tallies on the
 * driver. The result is the same {@link org.equalitymonitoring.completeness.CompletenessReport} and
 * the same outcomes by group as the core {@link org.equalitymonitoring.monitoring.MonitoringTally}
 * gives for the same records.
 */
public final class MonitoringAggregation {
  private MonitoringAggregation() {}

  /**
   * Counts records by unit and recognition, for completeness.
   *
   * @param records the records, not null
   * @param schemeId the bundled scheme the raw values are recognised against, not null
   * @param unit the unit of a record (cast to a string; null counts as "", a single unit), not null
   * @param value the raw recorded value (a string, null for a missing value), not null
   * @return the counts; no outcomes
   * @throws org.equalitymonitoring.schemes.UnknownIdException if the scheme is not bundled
   */
  public static MonitoringCounts count(
      Dataset<Row> records, String schemeId, Column unit, Column value) {
    return count(records, schemeId, unit, value, lit(null).cast(DataTypes.BooleanType), false);
  }

  /**
   * Counts records by unit and recognition, for completeness, and, for records with a known ethnic
   * category, outcomes by group of the scheme's base scheme, for impact assessment.
   *
   * @param records the records, not null
   * @param schemeId the bundled scheme the raw values are recognised against, not null
   * @param unit the unit of a record (cast to a string; null counts as "", a single unit), not null
   * @param value the raw recorded value (a string, null for a missing value), not null
   * @param outcome whether the outcome happened: a boolean, null where it was not recorded ({@link
   *     org.equalitymonitoring.monitoring.Outcome#MISSING}); not null
   * @return the counts
   * @throws org.equalitymonitoring.schemes.UnknownIdException if the scheme is not bundled
   */
  public static MonitoringCounts count(
      Dataset<Row> records, String schemeId, Column unit, Column value, Column outcome) {
    return count(
        records, schemeId, unit, value, requireNonNull(outcome, "outcome").cast("boolean"), true);
  }

  private static MonitoringCounts count(
      Dataset<Row> records,
      String schemeId,
      Column unit,
      Column value,
      Column outcome,
      boolean withOutcomes) {
    requireNonNull(records, "records");
    requireNonNull(unit, "unit");
    requireNonNull(value, "value");
    Scheme scheme = BundledSchemes.get().requireScheme(schemeId);
    List<Row> sums =
        records
            .select(
                coalesce(unit.cast(DataTypes.StringType), lit("")).as("unit"),
                value.cast(DataTypes.StringType).as("value"),
                outcome.as("outcome"))
            .groupBy("unit", "value", "outcome")
            .count()
            .select(
                col("unit"),
                EthnicityFunctions.recognise(col("value"), schemeId).as("recognition"),
                col("outcome"),
                col("count"))
            .groupBy("unit", "recognition", "outcome")
            .agg(sum("count"))
            .collectAsList();
    MonitoringCounts.Builder counts = new MonitoringCounts.Builder(scheme, withOutcomes);
    for (Row sum : sums) {
      counts.add(
          sum.getString(0),
          RecognitionRow.decode(sum.getStruct(1), scheme),
          sum.isNullAt(2) ? null : sum.getBoolean(2),
          sum.getLong(3));
    }
    return counts.build();
  }
}
