package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.coding.TestSchemes;
import org.junit.jupiter.api.Test;

class RecognitionCountsTest {
  private final Recogniser recogniser = Recogniser.of(TestSchemes.nhs2001());

  /** Raw values with a status of each kind, hand-classified from the NHS 2001 list. */
  private static final List<String> VALUES =
      List.of("A", "mixed", "Z", "99", " ", "junk", "BAME", "C", "Mixed", "white - british");

  private final Recogniser withTerms =
      Recogniser.withSynonyms(TestSchemes.nhs2001(), Map.of(), Set.of("BAME"));

  private RecognitionCounts count(List<String> values) {
    CompletenessTally tally = CompletenessTally.create();
    values.forEach(value -> tally.add("", withTerms.recognise(value)));
    return tally.overall();
  }

  @Test
  void givesHeadingsAndBroadGroupsTheirOwnStatusSoStatusesAddUpToRecords() {
    RecognitionCounts counts = count(VALUES);
    // By hand: A, C and "white - british" are selectable categories (3 CODED); "mixed" and
    // "Mixed" are the heading Mixed (2 HEADING); Z, 99, " ", "junk" and "BAME" one each.
    assertThat(counts.byStatus())
        .containsEntry(RecognitionStatus.CODED, 3L)
        .containsEntry(RecognitionStatus.HEADING, 2L)
        .containsEntry(RecognitionStatus.NOT_STATED, 1L)
        .containsEntry(RecognitionStatus.NOT_KNOWN, 1L)
        .containsEntry(RecognitionStatus.MISSING, 1L)
        .containsEntry(RecognitionStatus.UNRECOGNISED, 1L)
        .containsEntry(RecognitionStatus.BROAD_GROUP, 1L)
        .containsEntry(RecognitionStatus.AMBIGUOUS, 0L);
    // Known: the 3 coded; valid: also the 1 not stated. Headings are not complete.
    assertThat(counts.complete(CompletenessDefinition.KNOWN)).isEqualTo(3);
    assertThat(counts.complete(CompletenessDefinition.VALID)).isEqualTo(4);
    assertThat(counts.total()).isEqualTo(10);
  }

  @Test
  void statusesAlwaysAddUpToRecordsAndCompleteIsTheCodedCount() {
    qt().forAll(lists().of(integers().between(0, VALUES.size() - 1)).ofSizeBetween(0, 60))
        .checkAssert(
            picks -> {
              RecognitionCounts counts = count(picks.stream().map(VALUES::get).toList());
              Map<RecognitionStatus, Long> byStatus = counts.byStatus();
              assertThat(byStatus.values().stream().mapToLong(Long::longValue).sum())
                  .isEqualTo(picks.size());
              assertThat(counts.complete(CompletenessDefinition.KNOWN))
                  .isEqualTo(byStatus.get(RecognitionStatus.CODED));
              assertThat(counts.complete(CompletenessDefinition.VALID))
                  .isEqualTo(
                      byStatus.get(RecognitionStatus.CODED)
                          + byStatus.get(RecognitionStatus.NOT_STATED));
            });
  }

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
