package org.equalitymonitoring.benchmarks;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.equalitymonitoring.disclosure.CountTable;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Disclosure control of a table with many small cells, where the suppression audit (a maximum flow
 * per suppressed entry) does most of the work: 24,000 records in 150 units × 20 categories, units
 * of very different sizes (a few large, many with a few dozen records) and categories from common
 * to rare. Run with {@code java -jar benchmarks/target/benchmarks.jar DisclosureBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class DisclosureBenchmark {
  private static final int UNITS = 150;
  private static final int CATEGORIES = 20;
  private static final int RECORDS = 24_000;

  /** The policy, by id. */
  @Param({"nhs-digital", "threshold-10"})
  public String policyId;

  private DisclosurePolicy policy;
  private CountTable table;

  /** Draws the records with a fixed seed, so every run audits the same table. */
  @Setup
  public void setUp() {
    policy = DisclosurePolicy.byId(policyId).orElseThrow();
    double[] unitWeights = new double[UNITS];
    for (int u = 0; u < UNITS; u++) {
      unitWeights[u] = 1 / Math.pow(u + 1, 1.1);
    }
    double[] categoryWeights = new double[CATEGORIES];
    for (int k = 0; k < CATEGORIES; k++) {
      categoryWeights[k] = 1 / Math.pow(k + 1, 1.5);
    }
    Random random = new Random(2026);
    long[][] counts = new long[UNITS][CATEGORIES];
    for (int i = 0; i < RECORDS; i++) {
      counts[draw(random, unitWeights)][draw(random, categoryWeights)]++;
    }
    table = CountTable.of(counts);
  }

  private static int draw(Random random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double point = random.nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      point -= weights[i];
      if (point < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** The primary rule, the line rules and the audit over the whole table. */
  @Benchmark
  public DisclosedTable applyTo() {
    return policy.applyTo(table);
  }
}
