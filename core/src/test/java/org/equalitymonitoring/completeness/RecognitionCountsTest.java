package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.TestSchemes;
import org.junit.jupiter.api.Test;

class RecognitionCountsTest {
  private final Recogniser recogniser = Recogniser.of(TestSchemes.nhs2001());

  @Test
  void countsRecordsPerQualityBucketWithEveryBucketPresent() {
    RecognitionCounts counts =
        RecognitionCounts.of(
            Map.of(
                recogniser.recognise("A"), 7L,
                recogniser.recognise("b"), 2L,
                recogniser.recognise("Z"), 3L,
                recogniser.recognise("99"), 1L));
    // A and b are valid codes (7 + 2); Z goes to OTHER and 99 to DEFAULT under the standard rule.
    assertThat(counts.byBucket(QualityBuckets.standard()))
        .containsEntry(QualityBucket.VALID, 9L)
        .containsEntry(QualityBucket.OTHER, 3L)
        .containsEntry(QualityBucket.DEFAULT, 1L)
        .containsEntry(QualityBucket.INVALID, 0L)
        .containsEntry(QualityBucket.MISSING, 0L)
        .hasSize(QualityBucket.values().length);
    assertThat(counts.total()).isEqualTo(13);
    assertThat(counts).hasToString("13 records by 4 recognitions");
  }

  @Test
  void countsAreEqualWhenEveryRecognitionCountIs() {
    Recognition a = recogniser.recognise("A");
    RecognitionCounts counts = RecognitionCounts.of(Map.of(a, 2L));
    assertThat(RecognitionCounts.of(Map.of(a, 2L))).isEqualTo(counts).hasSameHashCodeAs(counts);
    assertThat(RecognitionCounts.of(Map.of(a, 3L))).isNotEqualTo(counts);
    assertThat(RecognitionCounts.of(Map.of(recogniser.recognise("B"), 2L))).isNotEqualTo(counts);
    assertThat(counts).isNotEqualTo(Map.of(a, 2L));
  }

  @Test
  void rejectsAbsentRecognitionsAndCountsBelowOne() {
    Map<Recognition, Long> withNull = new HashMap<>();
    withNull.put(null, 1L);
    assertThatThrownBy(() -> RecognitionCounts.of(withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("recognition");
    assertThatThrownBy(() -> RecognitionCounts.of(Map.of(recogniser.recognise("A"), 0L)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a recognition count must be at least 1, got 0 for ");
  }
}
