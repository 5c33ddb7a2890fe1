package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collector;
import org.equalitymonitoring.coding.Recognition;

/**
 * Counts records by unit (provider, site, ward, practice, period or any key) and by how their
 * ethnicity was recognised. Memory grows with the number of distinct units and recognitions, not
 * with records.
 *
 * <p>This is the only accumulating type of the package: it is mutable and not thread-safe. Tallies
 * of separate chunks, threads or partitions combine with {@link #merge}, which is associative and
 * commutative, and {@link #collector} tallies a Java stream (in parallel too).
 */
public final class CompletenessTally {
  private final Map<String, Map<Recognition, long[]>> units = new HashMap<>();

  private CompletenessTally() {}

  /** Returns an empty tally. */
  public static CompletenessTally create() {
    return new CompletenessTally();
  }

  /**
   * Returns a collector that tallies a stream of records.
   *
   * @param unit the unit of a record, never null
   * @param recognition the recognition of a record's ethnicity, never null
   * @param <T> the record type
   * @return the collector
   */
  public static <T> Collector<T, CompletenessTally, CompletenessTally> collector(
      Function<? super T, String> unit, Function<? super T, Recognition> recognition) {
    requireNonNull(unit, "unit");
    requireNonNull(recognition, "recognition");
    return Collector.of(
        CompletenessTally::create,
        (tally, record) -> tally.add(unit.apply(record), recognition.apply(record)),
        CompletenessTally::merge,
        Collector.Characteristics.UNORDERED);
  }

  /**
   * Counts one record.
   *
   * @param unit the record's unit, not null (use "" for a single unit)
   * @param recognition how its ethnicity was recognised, not null
   * @return this tally
   */
  public CompletenessTally add(String unit, Recognition recognition) {
    return add(unit, recognition, 1);
  }

  /**
   * Counts records that share a unit and recognition.
   *
   * @param unit the unit, not null
   * @param recognition the recognition, not null
   * @param count how many records, at least 0
   * @return this tally
   * @throws IllegalArgumentException if count is negative
   */
  public CompletenessTally add(String unit, Recognition recognition, long count) {
    requireNonNull(unit, "unit");
    requireNonNull(recognition, "recognition");
    if (count < 0) {
      throw new IllegalArgumentException("count must be at least 0, got " + count);
    }
    if (count > 0) {
      long[] cell = units.computeIfAbsent(unit, u -> new HashMap<>()).get(recognition);
      if (cell == null) {
        units.get(unit).put(recognition, new long[] {count});
      } else {
        cell[0] = Math.addExact(cell[0], count);
      }
    }
    return this;
  }

  /**
   * Adds every count of another tally to this one; the other is unchanged.
   *
   * @param other another tally, not null
   * @return this tally
   */
  public CompletenessTally merge(CompletenessTally other) {
    requireNonNull(other, "other");
    other.units.forEach(
        (unit, cells) -> cells.forEach((recognition, count) -> add(unit, recognition, count[0])));
    return this;
  }

  /** Returns the counts of every unit, sorted by unit. */
  public SortedMap<String, RecognitionCounts> units() {
    SortedMap<String, RecognitionCounts> result = new TreeMap<>();
    units.forEach((unit, cells) -> result.put(unit, snapshot(cells)));
    return result;
  }

  /** Returns the counts over all units. */
  public RecognitionCounts overall() {
    Map<Recognition, Long> all = new HashMap<>();
    units
        .values()
        .forEach(
            cells ->
                cells.forEach((recognition, count) -> all.merge(recognition, count[0], Long::sum)));
    return RecognitionCounts.of(all);
  }

  private static RecognitionCounts snapshot(Map<Recognition, long[]> cells) {
    Map<Recognition, Long> counts = new HashMap<>();
    cells.forEach((recognition, count) -> counts.put(recognition, count[0]));
    return RecognitionCounts.of(counts);
  }

  @Override
  public String toString() {
    return "tally of " + units.size() + " units";
  }
}
