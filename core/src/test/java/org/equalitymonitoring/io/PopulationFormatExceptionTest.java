package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationFormatExceptionTest {
  @Test
  void messageNamesFileAndListsProblems() {
    PopulationFormatException e =
        new PopulationFormatException(
            "pop.csv",
            List.of(
                Problem.atLine(2, "count 'x' is not a whole number"),
                Problem.atLine(3, "empty area")));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.file()).isEqualTo("pop.csv");
    assertThat(e.problems())
        .extracting(Problem::line, Problem::message)
        .containsExactly(tuple(2L, "count 'x' is not a whole number"), tuple(3L, "empty area"));
    assertThat(e)
        .hasMessage(
            "pop.csv: 2 problems\n  line 2: count 'x' is not a whole number\n  line 3: empty area");
  }

  @Test
  void oneProblemIsSingular() {
    assertThat(new PopulationFormatException("a.csv", List.of(Problem.atLine(1, "no header"))))
        .hasMessage("a.csv: 1 problem\n  line 1: no header");
  }
}
