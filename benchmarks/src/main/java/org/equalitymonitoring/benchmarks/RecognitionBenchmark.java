package org.equalitymonitoring.benchmarks;

import java.util.concurrent.TimeUnit;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.CrosswalkId;
import org.equalitymonitoring.schemes.SchemeId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The hot path of every pipeline: recognising one raw value and counting it in a tally. Run with
 * {@code java -jar benchmarks/target/benchmarks.jar}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class RecognitionBenchmark {
  /** Values in the forms real extracts hold them, cycled through. */
  private static final String[] VALUES = {
    "A", "a", " B ", "White - British", "99", "X", "", "Z", "92711000000100", "Martian", "CA", "N"
  };

  private Recogniser recogniser;
  private CrosswalkRecogniser crosswalkRecogniser;
  private CompletenessTally tally;
  private int next;

  /** Loads the bundled NHS scheme and the OpenSAFELY SNOMED CT crosswalk. */
  @Setup
  public void setUp() {
    BundledSchemes bundled = BundledSchemes.get();
    recogniser = Recogniser.of(bundled.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001));
    crosswalkRecogniser =
        CrosswalkRecogniser.of(
            bundled.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001),
            java.util.List.of(bundled.requireCrosswalk(CrosswalkId.OPENSAFELY_SNOMED_TO_NHS_2001)),
            bundled.schemeFinder());
    tally = CompletenessTally.create();
  }

  private String nextValue() {
    next = (next + 1) % VALUES.length;
    return VALUES[next];
  }

  /** Recognises a code exactly as published: one hash lookup. */
  @Benchmark
  public Recognition exactCode() {
    return recogniser.recognise("A");
  }

  /** Recognises a mix of messy values. */
  @Benchmark
  public Recognition messyValues() {
    return recogniser.recognise(nextValue());
  }

  /** Recognises a mix of NHS letters and SNOMED CT codes. */
  @Benchmark
  public Recognition messyValuesWithSnomed() {
    return crosswalkRecogniser.recognise(nextValue());
  }

  /** Recognises and counts a value, as the completeness command does per row. */
  @Benchmark
  public CompletenessTally recogniseAndTally() {
    return tally.add("ward 7", recogniser.recognise(nextValue()));
  }
}
