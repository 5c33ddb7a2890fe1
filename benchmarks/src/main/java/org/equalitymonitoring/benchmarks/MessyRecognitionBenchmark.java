package org.equalitymonitoring.benchmarks;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Values recognised per second on one core (one thread) by the recognition the commands use by
 * default ({@link BundledRecognition#defaults}: codes, labels, legacy values, bundled synonyms and
 * broad-group terms, SNOMED CT and CTV3 codes through the OpenSAFELY crosswalks), for clean values
 * (national codes as published) and messy ones (case, spacing, punctuation, write-ins, codes of
 * other schemes, unknown text). Each call recognises one value from scratch; the {@code
 * completeness} command recognises each distinct raw value of an extract once, so its cost per row
 * is a lookup by bytes, not this. Run with {@code java -jar benchmarks/target/benchmarks.jar
 * MessyRecognition}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class MessyRecognitionBenchmark {
  /** National codes as published. */
  private static final String[] CLEAN = {
    "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S", "Z"
  };

  /** Values as people and systems write them. */
  private static final String[] MESSY = {
    " a ",
    "white british",
    "WHITE - BRITISH",
    "White-Irish",
    "Asian or Asian British: Indian",
    "black  african",
    "Mixed - White and Black Caribbean",
    "any other white background",
    "Pakistani",
    "british",
    "Not stated",
    "not known",
    "99",
    "X",
    "",
    "  ",
    "Martian",
    "92711000000100",
    "494131000000105",
    "White: Gypsy or Irish Traveller",
    "chinese ",
    "n/a"
  };

  /**
   * The characters of the messy values, from which each call of the fresh benchmarks copies one.
   */
  private static final char[][] MESSY_CHARS =
      Arrays.stream(MESSY).map(String::toCharArray).toArray(char[][]::new);

  private CrosswalkRecogniser recogniser;
  private int next;

  /** Builds the default recognition of the NHS ethnic category 2001. */
  @Setup
  public void setUp() {
    recogniser =
        BundledRecognition.defaults(
                BundledSchemes.get().requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001))
            .recogniser();
  }

  /** Recognises a national code as published. */
  @Benchmark
  public Recognition cleanValues() {
    next = next + 1 == CLEAN.length ? 0 : next + 1;
    return recogniser.recognise(CLEAN[next]);
  }

  /** Recognises a messy value. */
  @Benchmark
  public Recognition messyValues() {
    next = next + 1 == MESSY.length ? 0 : next + 1;
    return recogniser.recognise(MESSY[next]);
  }

  /**
   * Recognises a messy value in a new string, as a parser gives it: its hash is not yet computed.
   * Includes the copy, which {@link #freshCopiesOnly} times alone.
   */
  @Benchmark
  public Recognition freshMessyValues() {
    next = next + 1 == MESSY_CHARS.length ? 0 : next + 1;
    return recogniser.recognise(new String(MESSY_CHARS[next]));
  }

  /**
   * Copies a messy value into a new string, the part of {@link #freshMessyValues} not recognition.
   */
  @Benchmark
  public String freshCopiesOnly() {
    next = next + 1 == MESSY_CHARS.length ? 0 : next + 1;
    return new String(MESSY_CHARS[next]);
  }
}
