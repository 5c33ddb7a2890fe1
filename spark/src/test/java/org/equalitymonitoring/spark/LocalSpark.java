package org.equalitymonitoring.spark;

import org.apache.spark.sql.SparkSession;

/**
 * The one local Spark session of the module's tests: two threads, two shuffle partitions, no web
 * UI, and expressions interpreted rather than compiled (compiling each query's code takes longer
 * than running it on a test's few rows), so that the tests stay quick. Shared by every test class
 * of the JVM; Spark stops it at exit.
 */
public final class LocalSpark {
  private LocalSpark() {}

  private static final class Holder {
    static final SparkSession SESSION =
        SparkSession.builder()
            .master("local[2]")
            .appName("equality-monitoring-spark-tests")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.default.parallelism", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.sql.adaptive.enabled", "false")
            .config("spark.sql.codegen.wholeStage", "false")
            .config("spark.sql.codegen.factoryMode", "NO_CODEGEN")
            .getOrCreate();
  }

  /** Returns the session, starting it on first use. */
  public static SparkSession session() {
    return Holder.SESSION;
  }
}
