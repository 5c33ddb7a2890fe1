package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Pairs numbered in the order first added, against a map of pairs, through many rehashes. */
class PairNumbersTest {
  @Test
  void pairsAreNumberedInTheOrderFirstAddedAndGiveBackTheirInts() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              SplittableRandom random = new SplittableRandom(seed);
              // small ranges, so that pairs repeat and differ in one half only
              int range = 1 + random.nextInt(60);
              PairNumbers numbers = new PairNumbers();
              Map<List<Integer>, Integer> model = new HashMap<>();
              for (int n = 0; n < 2_000; n++) {
                int first = random.nextInt(range);
                int second =
                    random.nextInt(4) == 0 ? Integer.MAX_VALUE - first : random.nextInt(range);
                int expected = model.computeIfAbsent(List.of(first, second), k -> model.size());
                int number = numbers.intern(first, second);
                assertThat(number).isEqualTo(expected);
                assertThat(numbers.first(number)).isEqualTo(first);
                assertThat(numbers.second(number)).isEqualTo(second);
              }
              assertThat(numbers.size()).isEqualTo(model.size());
            });
  }
}
