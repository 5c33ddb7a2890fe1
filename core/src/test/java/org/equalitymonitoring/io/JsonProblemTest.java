package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonProblemTest {
  @Test
  void saysWhereAndWhat() {
    JsonProblem problem = JsonProblem.of("categories[3].parent", 12, 17, "unknown parent code 'Q'");
    assertThat(problem.path()).isEqualTo("categories[3].parent");
    assertThat(problem.toString())
        .isEqualTo("line 12, column 17, categories[3].parent: unknown parent code 'Q'");
    assertThat(JsonProblem.of("", 1, 1, "the file is empty").toString())
        .isEqualTo("line 1, column 1, (document): the file is empty");
  }

  @Test
  void problemsAreEqualWhenPathLineColumnAndMessageAre() {
    JsonProblem problem = JsonProblem.of("id", 2, 9, "m");
    assertThat(problem)
        .isEqualTo(JsonProblem.of("id", 2, 9, "m"))
        .hasSameHashCodeAs(JsonProblem.of("id", 2, 9, "m"))
        .isNotEqualTo(JsonProblem.of("title", 2, 9, "m"))
        .isNotEqualTo(JsonProblem.of("id", 3, 9, "m"))
        .isNotEqualTo(JsonProblem.of("id", 2, 10, "m"))
        .isNotEqualTo(JsonProblem.of("id", 2, 9, "n"))
        .isNotEqualTo("id")
        .isNotEqualTo(null);
  }
}
