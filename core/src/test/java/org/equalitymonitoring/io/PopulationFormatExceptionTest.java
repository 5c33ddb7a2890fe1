package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PopulationFormatExceptionTest {
  @Test
  void messageNamesFileAndListsProblems() {
    PopulationFormatException e =
        new PopulationFormatException(
            "pop.csv", List.of("line 2: count 'x' is not a whole number", "line 3: empty area"));
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
    assertThat(e.file()).isEqualTo("pop.csv");
    assertThat(e.problems()).hasSize(2);
    assertThat(e)
        .hasMessage(
            "pop.csv: 2 problems\n  line 2: count 'x' is not a whole number\n  line 3: empty area");
  }

  @Test
  void oneProblemIsSingular() {
    assertThat(new PopulationFormatException("a.csv", List.of("line 1: no header")))
        .hasMessage("a.csv: 1 problem\n  line 1: no header");
  }
}
