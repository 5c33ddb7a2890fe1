package org.equalitymonitoring.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.monitoring.MonitoringResult;
import org.equalitymonitoring.monitoring.MonitoringTally;
import org.equalitymonitoring.monitoring.Outcome;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * Counts records for equality monitoring with the core {@link MonitoringTally}, one per Spark
 * partition: each executor recognises its records' raw values as the command-line tool does ({@link
 * BundledRecognition#defaults}) and tallies them; Spark sums the tallies' few counts (one per
 * distinct unit and recognition, and per group) across partitions; the driver reads the sums into
 * {@link MonitoringCounts}. The result is the same {@link
 * org.equalitymonitoring.completeness.CompletenessReport} and the same outcomes by group as one
 * {@link MonitoringTally} over all the records gives.
 */
public final class MonitoringAggregation {
  /** What a partition's tally gives: one row per count, of one of four kinds. */
  private static final StructType COUNT_TYPE =
      new StructType()
          .add("kind", DataTypes.StringType, false)
          .add("key", DataTypes.StringType, true)
          .add("recognition", RecognitionRow.TYPE, true)
          .add("events", DataTypes.LongType, false)
          .add("count", DataTypes.LongType, false);

  private static final String UNIT = "unit";
  private static final String KNOWN = "known";
  private static final String OUTCOME = "outcome";
  private static final String OUTCOME_MISSING = "outcome-missing";

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
   *     Outcome#MISSING}); not null
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
                coalesce(unit.cast(DataTypes.StringType), lit("")),
                value.cast(DataTypes.StringType),
                outcome)
            .mapPartitions(new TallyPartition(schemeId, withOutcomes), Encoders.row(COUNT_TYPE))
            .groupBy("kind", "key", "recognition")
            .agg(sum("events"), sum("count"))
            .collectAsList();
    MonitoringCounts.Builder counts = new MonitoringCounts.Builder(scheme);
    for (Row sum : sums) {
      String key = sum.getString(1);
      long count = sum.getLong(4);
      switch (sum.getString(0)) {
        case UNIT:
          counts.unit(key, RecognitionRow.decode(sum.getStruct(2), scheme), count);
          break;
        case KNOWN:
          counts.known(key, count);
          break;
        case OUTCOME:
          counts.outcome(key, sum.getLong(3), count);
          break;
        default:
          counts.outcomesMissing(count);
      }
    }
    return counts.build();
  }

  /** Tallies one partition's records with the core tally and gives its counts as rows. */
  private static final class TallyPartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final String schemeId;
    private final boolean withOutcomes;

    TallyPartition(String schemeId, boolean withOutcomes) {
      this.schemeId = schemeId;
      this.withOutcomes = withOutcomes;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> records) {
      Scheme scheme = BundledSchemes.get().requireScheme(schemeId);
      CrosswalkRecogniser recogniser = BundledRecognition.defaults(scheme).recogniser();
      MonitoringTally tally = MonitoringTally.create(scheme);
      Optional<String> noPeriod = Optional.empty();
      while (records.hasNext()) {
        Row record = records.next();
        Recognition recognition = recogniser.recognise(record.getString(1));
        if (withOutcomes) {
          Outcome outcome =
              record.isNullAt(2)
                  ? Outcome.MISSING
                  : record.getBoolean(2) ? Outcome.EVENT : Outcome.NO_EVENT;
          tally.add(record.getString(0), noPeriod, recognition, outcome);
        } else {
          tally.add(record.getString(0), noPeriod, recognition);
        }
      }
      return rows(tally.result()).iterator();
    }

    private static List<Row> rows(MonitoringResult result) {
      List<Row> rows = new ArrayList<>();
      for (Map.Entry<String, RecognitionCounts> unit : result.units().entrySet()) {
        unit.getValue()
            .byRecognition()
            .forEach(
                (recognition, count) ->
                    rows.add(
                        RowFactory.create(
                            UNIT, unit.getKey(), RecognitionRow.encode(recognition), 0L, count)));
      }
      result
          .knownByGroup()
          .forEach((group, count) -> rows.add(RowFactory.create(KNOWN, group, null, 0L, count)));
      for (GroupCount group : result.outcomes()) {
        rows.add(
            RowFactory.create(
                OUTCOME, group.group(), null, group.events(), (long) group.denominator()));
      }
      rows.add(RowFactory.create(OUTCOME_MISSING, null, null, 0L, result.outcomesMissing()));
      return rows;
    }
  }
}
