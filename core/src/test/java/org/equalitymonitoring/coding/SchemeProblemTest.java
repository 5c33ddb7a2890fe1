package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemeProblemTest {
  @Test
  void namesWhereTheProblemIs() {
    assertThat(SchemeProblem.ofScheme("extends", "unknown base"))
        .hasToString("extends: unknown base");
    assertThat(SchemeProblem.at(SchemeProblem.Part.LEGACY_VALUES, 2, "code", "unknown code"))
        .hasToString("legacyValues[2].code: unknown code");
    assertThat(SchemeProblem.ofScheme("extends", "unknown base").index()).isEmpty();
  }

  @Test
  void isEqualOnlyWhenPartIndexFieldAndMessageAre() {
    SchemeProblem problem =
        SchemeProblem.at(SchemeProblem.Part.CATEGORIES, 1, "code", "duplicate code 'A'");
    assertThat(problem)
        .isEqualTo(SchemeProblem.at(SchemeProblem.Part.CATEGORIES, 1, "code", "duplicate code 'A'"))
        .hasSameHashCodeAs(
            SchemeProblem.at(SchemeProblem.Part.CATEGORIES, 1, "code", "duplicate code 'A'"))
        .isNotEqualTo(
            SchemeProblem.at(SchemeProblem.Part.LEGACY_VALUES, 1, "code", "duplicate code 'A'"))
        .isNotEqualTo(
            SchemeProblem.at(SchemeProblem.Part.CATEGORIES, 2, "code", "duplicate code 'A'"))
        .isNotEqualTo(
            SchemeProblem.at(SchemeProblem.Part.CATEGORIES, 1, "parent", "duplicate code 'A'"))
        .isNotEqualTo(
            SchemeProblem.at(SchemeProblem.Part.CATEGORIES, 1, "code", "duplicate code 'B'"))
        .isNotEqualTo("categories[1].code: duplicate code 'A'");
  }
}
