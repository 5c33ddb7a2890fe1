package org.equalitymonitoring.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.junit.jupiter.api.Test;

class AgreementTallyTest {
  private static final List<String> CODES = List.of("A", "B", "C", "N", "S");

  private static AgreementTally tally(List<Integer> pairs) {
    AgreementTally tally = AgreementTally.create();
    for (int pair : pairs) {
      tally.add(CODES.get(pair / CODES.size()), CODES.get(pair % CODES.size()));
    }
    return tally;
  }

  private static long[][] matrix(Agreement agreement) {
    int k = agreement.categories().size();
    long[][] counts = new long[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        counts[i][j] = agreement.count(i, j);
      }
    }
    return counts;
  }

  @Test
  void countsEachPairInTheCellOfItsTwoCategories() {
    Agreement agreement =
        AgreementTally.create()
            .add("A", "A")
            .add("A", "C")
            .add("N", "N")
            .add("A", "A")
            .add("Z", "N")
            .result(List.of("N", "A"), ConfidenceLevel.NINETY_FIVE);
    // listed categories first, in the given order, then the others seen, sorted
    assertThat(agreement.categories()).containsExactly("N", "A", "C", "Z");
    assertThat(matrix(agreement))
        .isEqualTo(new long[][] {{1, 0, 0, 0}, {0, 2, 1, 0}, {0, 0, 0, 0}, {1, 0, 0, 0}});
  }

  @Test
  void countingPeopleTogetherEqualsCountingThemOneByOne() {
    Agreement oneByOne =
        AgreementTally.create()
            .add("A", "A")
            .add("A", "A")
            .add("A", "A")
            .add("A", "N")
            .addFirstOnly("N")
            .addFirstOnly("N")
            .result(List.of("A", "N"), ConfidenceLevel.NINETY_FIVE);
    Agreement together =
        AgreementTally.create()
            .add("A", "A", 3)
            .add("A", "N", 1)
            .add("N", "A", 0)
            .addFirstOnly("N", 2)
            .addFirstOnly("A", 0)
            .result(List.of("A", "N"), ConfidenceLevel.NINETY_FIVE);
    // A/A 3, A/N 1; N has no pair, and 2 people with no second value; A none
    assertThat(matrix(together)).isEqualTo(new long[][] {{3, 1}, {0, 0}});
    assertThat(matrix(together)).isEqualTo(matrix(oneByOne));
    assertThat(together.firstOnly(0)).isZero();
    assertThat(together.firstOnly(1)).isEqualTo(2);
    assertThat(together.total()).isEqualTo(oneByOne.total());
    assertThatThrownBy(() -> AgreementTally.create().add("A", "A", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count is at least 0, got -1");
    assertThatThrownBy(() -> AgreementTally.create().addFirstOnly("A", -2))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void mergingPartsGivesTheMatrixOfTheWhole() {
    int cells = CODES.size() * CODES.size();
    qt().forAll(
            lists().of(integers().between(0, cells - 1)).ofSizeBetween(1, 40),
            lists().of(integers().between(0, cells - 1)).ofSizeBetween(1, 40))
        .checkAssert(
            (first, second) -> {
              List<Integer> all = new ArrayList<>(first);
              all.addAll(second);
              Agreement whole = tally(all).result(CODES, ConfidenceLevel.NINETY_FIVE);
              Agreement merged =
                  tally(first).merge(tally(second)).result(CODES, ConfidenceLevel.NINETY_FIVE);
              Agreement reversed =
                  tally(second).merge(tally(first)).result(CODES, ConfidenceLevel.NINETY_FIVE);
              assertThat(merged.categories()).isEqualTo(whole.categories());
              assertThat(matrix(merged)).isEqualTo(matrix(whole)).isEqualTo(matrix(reversed));
              assertThat(whole.total()).isEqualTo(all.size());
            });
  }

  @Test
  void kappaStaysWithinItsRangeAndInsideItsInterval() {
    int cells = CODES.size() * CODES.size();
    qt().forAll(lists().of(integers().between(0, cells - 1)).ofSizeBetween(1, 60))
        .checkAssert(
            pairs ->
                tally(pairs)
                    .result(CODES, ConfidenceLevel.NINETY_FIVE)
                    .kappa()
                    .ifPresent(
                        kappa -> {
                          assertThat(kappa.value()).isBetween(-1.0, 1.0);
                          assertThat(kappa.interval().contains(kappa.value())).isTrue();
                        }));
  }
}
