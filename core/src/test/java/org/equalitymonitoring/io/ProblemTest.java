package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void saysWhereAndWhat() {
    Problem problem = Problem.of("categories[3].parent", 12, 17, "unknown parent code 'Q'");
    assertThat(problem.path()).isEqualTo("categories[3].parent");
    assertThat(problem.toString())
        .isEqualTo("line 12, column 17, categories[3].parent: unknown parent code 'Q'");
    assertThat(Problem.of("", 1, 1, "the file is empty").toString())
        .isEqualTo("line 1, column 1, (document): the file is empty");
  }

  @Test
  void aCsvProblemSaysItsLineOnly() {
    Problem problem = Problem.atLine(7, "count '-3' is negative");
    assertThat(problem.line()).isEqualTo(7);
    assertThat(problem.column()).isZero();
    assertThat(problem.path()).isEmpty();
    assertThat(problem).hasToString("line 7: count '-3' is negative");
    assertThat(problem)
        .isEqualTo(Problem.atLine(7, "count '-3' is negative"))
        .isNotEqualTo(Problem.atLine(8, "count '-3' is negative"));
  }

  @Test
  void problemsAreEqualWhenPathLineColumnAndMessageAre() {
    Problem problem = Problem.of("id", 2, 9, "m");
    assertThat(problem)
        .isEqualTo(Problem.of("id", 2, 9, "m"))
        .hasSameHashCodeAs(Problem.of("id", 2, 9, "m"))
        .isNotEqualTo(Problem.of("title", 2, 9, "m"))
        .isNotEqualTo(Problem.of("id", 3, 9, "m"))
        .isNotEqualTo(Problem.of("id", 2, 10, "m"))
        .isNotEqualTo(Problem.of("id", 2, 9, "n"))
        .isNotEqualTo("id")
        .isNotEqualTo(null);
  }
}
