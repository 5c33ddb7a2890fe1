package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionStatus;

/**
 * How many records of one unit were recognised each way: counts by distinct {@link Recognition}
 * (category, status and rule), from which any definition, bucket or code count is derived.
 * Immutable.
 */
public final class RecognitionCounts {
  private final ImmutableMap<Recognition, Long> counts;
  private final long total;

  private RecognitionCounts(Map<Recognition, Long> counts) {
    this.counts = ImmutableMap.copyOf(counts);
    long sum = 0;
    for (long count : counts.values()) {
      sum = Math.addExact(sum, count);
    }
    this.total = sum;
  }

  /**
   * Returns counts from a map.
   *
   * @param counts records per recognition; each count at least 1
   * @return the counts
   * @throws IllegalArgumentException if a count is below 1
   */
  public static RecognitionCounts of(Map<Recognition, Long> counts) {
    requireNonNull(counts, "counts");
    counts.forEach(
        (recognition, count) -> {
          requireNonNull(recognition, "recognition");
          if (count < 1) {
            throw new IllegalArgumentException(
                "a recognition count must be at least 1, got " + count + " for " + recognition);
          }
        });
    return new RecognitionCounts(counts);
  }

  /** Returns the number of records per distinct recognition. */
  public Map<Recognition, Long> byRecognition() {
    return counts;
  }

  /** Returns the number of records. */
  public long total() {
    return total;
  }

  /**
   * Returns the number of records complete under a definition.
   *
   * @param definition the definition
   * @return the count
   */
  public long complete(CompletenessDefinition definition) {
    requireNonNull(definition, "definition");
    long sum = 0;
    for (Map.Entry<Recognition, Long> entry : counts.entrySet()) {
      if (definition.isComplete(entry.getKey())) {
        sum += entry.getValue();
      }
    }
    return sum;
  }

  /** Returns the number of records per recognition status, every status present (possibly 0). */
  public Map<RecognitionStatus, Long> byStatus() {
    Map<RecognitionStatus, Long> result = new EnumMap<>(RecognitionStatus.class);
    for (RecognitionStatus status : RecognitionStatus.values()) {
      result.put(status, 0L);
    }
    counts.forEach((recognition, count) -> result.merge(recognition.status(), count, Long::sum));
    return result;
  }

  /**
   * Returns the number of records per quality bucket, every bucket present (possibly 0).
   *
   * @param buckets how not-stated and not-known codes are bucketed
   * @return the counts
   */
  public Map<QualityBucket, Long> byBucket(QualityBuckets buckets) {
    requireNonNull(buckets, "buckets");
    Map<QualityBucket, Long> result = new EnumMap<>(QualityBucket.class);
    for (QualityBucket bucket : QualityBucket.values()) {
      result.put(bucket, 0L);
    }
    counts.forEach(
        (recognition, count) -> result.merge(buckets.bucket(recognition), count, Long::sum));
    return result;
  }

  /** Returns the number of records per recognised category code, sorted by code. */
  public Map<String, Long> byCode() {
    Map<String, Long> result = new TreeMap<>();
    counts.forEach(
        (recognition, count) ->
            recognition
                .category()
                .map(Category::code)
                .ifPresent(code -> result.merge(code, count, Long::sum)));
    return result;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecognitionCounts && counts.equals(((RecognitionCounts) other).counts);
  }

  @Override
  public int hashCode() {
    return counts.hashCode();
  }

  @Override
  public String toString() {
    return total + " records by " + counts.size() + " recognitions";
  }
}
