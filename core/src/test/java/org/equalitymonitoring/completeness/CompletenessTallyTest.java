package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.coding.TestSchemes;
import org.junit.jupiter.api.Test;

class CompletenessTallyTest {
  private static final Recogniser RECOGNISER = Recogniser.of(TestSchemes.nhs2001());
  private static final String[] VALUES = {"A", "b", "Z", "99", "X", "", "Martian", "S", "CA"};
  private static final String[] UNITS = {"ward 1", "ward 2", "ward 3"};

  private static CompletenessTally tally(List<Integer> records) {
    CompletenessTally tally = CompletenessTally.create();
    for (int record : records) {
      tally.add(UNITS[record % UNITS.length], RECOGNISER.recognise(VALUES[record % VALUES.length]));
    }
    return tally;
  }

  @Test
  void countsByUnitStatusAndCode() {
    CompletenessTally tally = CompletenessTally.create();
    tally.add("ward 1", RECOGNISER.recognise("A"));
    tally.add("ward 1", RECOGNISER.recognise("a"));
    tally.add("ward 1", RECOGNISER.recognise("Z"));
    tally.add("ward 2", RECOGNISER.recognise(null), 3);
    RecognitionCounts ward1 = tally.units().get("ward 1");
    assertThat(ward1.total()).isEqualTo(3);
    assertThat(ward1.complete(CompletenessDefinition.KNOWN)).isEqualTo(2);
    assertThat(ward1.complete(CompletenessDefinition.VALID)).isEqualTo(3);
    assertThat(ward1.byCode()).containsExactly(Map.entry("A", 2L), Map.entry("Z", 1L));
    assertThat(tally.units().get("ward 2").byStatus()).containsEntry(RecognitionStatus.MISSING, 3L);
    assertThat(tally.overall().total()).isEqualTo(6);
    assertThat(tally.units().keySet()).containsExactly("ward 1", "ward 2");
  }

  @Test
  void mergeIsAssociativeAndCommutative() {
    qt().forAll(
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40),
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 40))
        .checkAssert(
            (a, b, c) -> {
              Map<String, RecognitionCounts> left =
                  tally(a).merge(tally(b)).merge(tally(c)).units();
              Map<String, RecognitionCounts> right =
                  tally(a).merge(tally(b).merge(tally(c))).units();
              Map<String, RecognitionCounts> swapped =
                  tally(c).merge(tally(a)).merge(tally(b)).units();
              assertThat(left).isEqualTo(right).isEqualTo(swapped);
            });
  }

  @Test
  void mergedChunksEqualOneTallyOfAllRecords() {
    qt().forAll(
            lists().of(integers().between(0, 1000)).ofSizeBetween(0, 60), integers().between(0, 60))
        .checkAssert(
            (records, cut) -> {
              int at = Math.min(cut, records.size());
              assertThat(
                      tally(records.subList(0, at))
                          .merge(tally(records.subList(at, records.size())))
                          .units())
                  .isEqualTo(tally(records).units());
            });
  }

  @Test
  void collectorTalliesInParallelAsSequentially() {
    List<Integer> records = IntStream.range(0, 20_000).boxed().collect(Collectors.toList());
    CompletenessTally parallel =
        records.parallelStream()
            .collect(
                CompletenessTally.collector(
                    r -> UNITS[r % UNITS.length],
                    r -> RECOGNISER.recognise(VALUES[r % VALUES.length])));
    assertThat(parallel.units()).isEqualTo(tally(records).units());
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> CompletenessTally.create().add("u", RECOGNISER.recognise("A"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count must be at least 0, got -1");
  }

  @Test
  void aZeroCountAddsNothing() {
    CompletenessTally tally =
        CompletenessTally.create()
            .add("ward 1", RECOGNISER.recognise("A"), 0)
            .add("ward 2", RECOGNISER.recognise("A"))
            .add("ward 2", RECOGNISER.recognise("A"), 0);
    assertThat(tally.units().keySet()).containsExactly("ward 2");
    assertThat(tally.overall().total()).isEqualTo(1);
    assertThat(tally).hasToString("tally of 1 units");
  }
}
