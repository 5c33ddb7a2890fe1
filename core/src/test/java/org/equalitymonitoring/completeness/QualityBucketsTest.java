package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;

import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.TestSchemes;
import org.junit.jupiter.api.Test;

class QualityBucketsTest {
  private final Recogniser recogniser = Recogniser.of(TestSchemes.nhs2001());

  @Test
  void standardAssignmentSeparatesNotStatedDefaultInvalidAndMissing() {
    QualityBuckets buckets = QualityBuckets.standard();
    assertThat(buckets.bucket(recogniser.recognise("A"))).isEqualTo(QualityBucket.VALID);
    assertThat(buckets.bucket(recogniser.recognise("Z"))).isEqualTo(QualityBucket.OTHER);
    assertThat(buckets.bucket(recogniser.recognise("99"))).isEqualTo(QualityBucket.DEFAULT);
    assertThat(buckets.bucket(recogniser.recognise("X"))).isEqualTo(QualityBucket.INVALID);
    assertThat(buckets.bucket(recogniser.recognise("White"))).isEqualTo(QualityBucket.INVALID);
    assertThat(buckets.bucket(recogniser.recognise("Q"))).isEqualTo(QualityBucket.INVALID);
    assertThat(buckets.bucket(recogniser.recognise(" "))).isEqualTo(QualityBucket.MISSING);
  }

  @Test
  void notStatedAndNotKnownAreConfigurable() {
    QualityBuckets strict = QualityBuckets.of(QualityBucket.INVALID, QualityBucket.INVALID);
    assertThat(strict.bucket(recogniser.recognise("Z"))).isEqualTo(QualityBucket.INVALID);
    assertThat(strict.bucket(recogniser.recognise("99"))).isEqualTo(QualityBucket.INVALID);
    assertThat(strict).isNotEqualTo(QualityBuckets.standard());
  }

  @Test
  void assignmentsAreEqualWhenBothBucketsAre() {
    QualityBuckets standard = QualityBuckets.of(QualityBucket.OTHER, QualityBucket.DEFAULT);
    assertThat(standard).isEqualTo(QualityBuckets.standard()).hasSameHashCodeAs(standard);
    assertThat(QualityBuckets.of(QualityBucket.INVALID, QualityBucket.DEFAULT))
        .isNotEqualTo(standard);
    assertThat(QualityBuckets.of(QualityBucket.OTHER, QualityBucket.INVALID))
        .isNotEqualTo(standard);
    assertThat(standard).isNotEqualTo(QualityBucket.OTHER);
    assertThat(standard).hasToString("not stated → OTHER, not known → DEFAULT");
  }
}
