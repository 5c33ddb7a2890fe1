package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionRule;

/**
 * Assigns recognised values to the five {@link QualityBucket buckets}, with configurable buckets
 * for "Not stated" and "Not known" codes. Immutable.
 *
 * <p>Where NHS Digital's own assignment of Z and 99 is not published (SCHEMES.md §1.4 marks it ❓),
 * the {@link #standard()} rule puts Z in OTHER (a valid national code that is not an ethnic group)
 * and 99 in DEFAULT (the Data Dictionary's default code); legacy values (HES X, withdrawn 9) are
 * INVALID because they are not codes of the current standard.
 */
public final class QualityBuckets {
  private static final QualityBuckets STANDARD =
      new QualityBuckets(QualityBucket.OTHER, QualityBucket.DEFAULT);

  private final QualityBucket notStated;
  private final QualityBucket notKnown;

  private QualityBuckets(QualityBucket notStated, QualityBucket notKnown) {
    this.notStated = notStated;
    this.notKnown = notKnown;
  }

  /** Returns the standard assignment: Z → OTHER, 99 → DEFAULT. */
  public static QualityBuckets standard() {
    return STANDARD;
  }

  /**
   * Returns an assignment with the given buckets for not-stated and not-known codes.
   *
   * @param notStated the bucket of a NOT_STATED code such as Z
   * @param notKnown the bucket of a NOT_KNOWN code such as 99
   * @return the assignment
   */
  public static QualityBuckets of(QualityBucket notStated, QualityBucket notKnown) {
    return new QualityBuckets(
        requireNonNull(notStated, "notStated"), requireNonNull(notKnown, "notKnown"));
  }

  /**
   * Returns the bucket of a recognised value.
   *
   * @param recognition the recognition, not null
   * @return its bucket
   */
  public QualityBucket bucket(Recognition recognition) {
    requireNonNull(recognition, "recognition");
    switch (recognition.status()) {
      case MISSING:
        return QualityBucket.MISSING;
      case CODED:
        return QualityBucket.VALID;
      case NOT_STATED:
        return recognition.rule() == RecognitionRule.LEGACY_VALUE
            ? QualityBucket.INVALID
            : notStated;
      case NOT_KNOWN:
        return recognition.rule() == RecognitionRule.LEGACY_VALUE
            ? QualityBucket.INVALID
            : notKnown;
      default:
        return QualityBucket.INVALID;
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof QualityBuckets
        && notStated == ((QualityBuckets) other).notStated
        && notKnown == ((QualityBuckets) other).notKnown;
  }

  @Override
  public int hashCode() {
    return Objects.hash(notStated, notKnown);
  }

  @Override
  public String toString() {
    return "not stated → " + notStated + ", not known → " + notKnown;
  }
}
