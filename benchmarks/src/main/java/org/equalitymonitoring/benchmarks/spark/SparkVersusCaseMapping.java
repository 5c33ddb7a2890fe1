package org.equalitymonitoring.benchmarks.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count_if;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;
import static org.apache.spark.sql.functions.when;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.spark.MonitoringAggregation;

/**
 * The spark module against a hand-written Spark SQL CASE mapping, on the same generated rows in
 * local mode: completeness by provider ({@link MonitoringAggregation}, which recognises every value
 * with the core recogniser) against {@code count_if(CASE ... END IS NOT NULL)} grouped by provider,
 * where the CASE maps exactly the raw values the generator writes, as an analyst would write it for
 * this data. Checks that both count the same complete records per provider, then prints each timed
 * run and the ratio of the medians. Built with {@code -Pspark}; not part of {@code verify}.
 */
public final class SparkVersusCaseMapping {
  /** The national codes as published: 70% of rows, as in real extracts. */
  private static final String[] CODES = "A B C D E F G H J K L M N P R S Z 99".split(" ");

  /**
   * The other 30%: raw values in every form, with the code the CASE gives them (null where they do
   * not count as known), written by hand from the Data Dictionary and the OpenSAFELY codelist.
   */
  private static final Map<String, String> VALUES = new TreeMap<>();

  static {
    for (String code : "A B C D E F G H J K L M N P R S".split(" ")) {
      VALUES.put(code.toLowerCase(Locale.ROOT), code);
      VALUES.put(" " + code + " ", code);
    }
    VALUES.put("White - British", "A");
    VALUES.put("92711000000100", "N"); // SNOMED CT: African, 2001 census
    VALUES.put("494131000000105", "A"); // SNOMED CT: British
    VALUES.put("X", null); // legacy not known
    VALUES.put("9", null); // legacy not stated
    VALUES.put("", null); // missing
    VALUES.put("Martian", null); // unrecognised
    VALUES.put("mixed", null); // a heading
  }

  private static final int PROVIDERS = 150;

  private SparkVersusCaseMapping() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code [ROWS] [RUNS]}: rows (default 10,000,000) and timed runs of each after one
   *     warm-up (default 3)
   */
  public static void main(String[] args) {
    long rows = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    SparkSession spark =
        SparkSession.builder()
            .master("local[*]")
            .appName("spark-versus-case-mapping")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      Dataset<Row> extract = extract(spark, rows);
      Map<String, Long> module = byModule(extract);
      Map<String, Long> hand = byCase(extract);
      if (!module.equals(hand)) {
        throw new IllegalStateException("the two count different complete records per provider");
      }
      System.out.printf(
          "%,d rows, %d providers, %d complete; same counts per provider%n",
          rows, module.size(), module.values().stream().mapToLong(Long::longValue).sum());
      List<Double> moduleTimes = new ArrayList<>();
      List<Double> caseTimes = new ArrayList<>();
      for (int run = 0; run < runs; run++) {
        moduleTimes.add(seconds(() -> byModule(extract)));
        caseTimes.add(seconds(() -> byCase(extract)));
        System.out.printf(
            "run %d: spark module %.2f s, CASE mapping %.2f s%n",
            run + 1, moduleTimes.get(run), caseTimes.get(run));
      }
      System.out.printf(
          "median: spark module %.2f s, CASE mapping %.2f s, ratio %.2f%n",
          median(moduleTimes), median(caseTimes), median(moduleTimes) / median(caseTimes));
    } finally {
      spark.stop();
    }
  }

  /** Generates the rows from their ids: a provider and a raw value, 70% published codes. */
  private static Dataset<Row> extract(SparkSession spark, long rows) {
    List<Column> codes = new ArrayList<>();
    for (String code : CODES) {
      codes.add(lit(code));
    }
    List<Column> others = new ArrayList<>();
    VALUES.keySet().forEach(value -> others.add(lit(value)));
    Column draw = pmod(hash(col("id"), lit(7)), lit(10));
    Column code =
        element_at(
            org.apache.spark.sql.functions.array(codes.toArray(new Column[0])),
            pmod(hash(col("id"), lit(11)), lit(codes.size())).plus(1));
    Column other =
        element_at(
            org.apache.spark.sql.functions.array(others.toArray(new Column[0])),
            pmod(hash(col("id"), lit(13)), lit(others.size())).plus(1));
    return spark
        .range(rows)
        .select(
            concat(lit("P"), pmod(hash(col("id")), lit(PROVIDERS)).cast("string")).as("provider"),
            when(draw.lt(7), code).otherwise(other).as("ethnicity"));
  }

  /** Complete records per provider by the spark module. */
  private static Map<String, Long> byModule(Dataset<Row> extract) {
    Map<String, Long> complete = new TreeMap<>();
    MonitoringAggregation.count(
            extract, "nhs-ethnic-category-2001", col("provider"), col("ethnicity"))
        .completeness()
        .units()
        .forEach((provider, counts) -> complete.put(provider, known(counts)));
    return complete;
  }

  private static long known(RecognitionCounts counts) {
    return counts.complete(CompletenessDefinition.KNOWN);
  }

  /** Complete records per provider by a hand-written CASE over the raw values. */
  private static Map<String, Long> byCase(Dataset<Row> extract) {
    StringBuilder mapping = new StringBuilder("CASE");
    for (String code : "A B C D E F G H J K L M N P R S".split(" ")) {
      mapping.append(" WHEN ethnicity = '").append(code).append("' THEN '").append(code);
      mapping.append("'");
    }
    VALUES.forEach(
        (value, code) -> {
          if (code != null) {
            mapping.append(" WHEN ethnicity = '").append(value).append("' THEN '").append(code);
            mapping.append("'");
          }
        });
    mapping.append(" END");
    Map<String, Long> complete = new TreeMap<>();
    for (Row row :
        extract.groupBy("provider").agg(count_if(expr(mapping + " IS NOT NULL"))).collectAsList()) {
      complete.put(row.getString(0), row.getLong(1));
    }
    return complete;
  }

  private static double seconds(Supplier<Map<String, Long>> task) {
    long start = System.nanoTime();
    task.get();
    return (System.nanoTime() - start) / 1e9;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
