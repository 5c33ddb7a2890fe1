package org.equalitymonitoring.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TranslationTest {
  private static final CrosswalkRow C_TO_15 =
      CrosswalkRow.of("C", "15", Equivalence.INEXACT, Optional.empty());
  private static final CrosswalkRow C_TO_17 =
      CrosswalkRow.of("C", "17", Equivalence.NARROWER, Optional.empty());

  @Test
  void namesTheOutcomeFromTheRows() {
    assertThat(Translation.of("C", List.of(C_TO_15)).outcome())
        .isEqualTo(Translation.Outcome.MAPPED);
    assertThat(Translation.of("C", List.of(C_TO_15, C_TO_17)).outcome())
        .isEqualTo(Translation.Outcome.ONE_TO_MANY);
    assertThat(
            Translation.of("Z", List.of(CrosswalkRow.unmatched("Z", Optional.empty()))).outcome())
        .isEqualTo(Translation.Outcome.UNMATCHED);
    assertThat(Translation.of("B", List.of()).outcome())
        .isEqualTo(Translation.Outcome.NOT_IN_CROSSWALK);
  }

  @Test
  void keepsTheSourceCodeRowsAndTargetsInCrosswalkOrder() {
    Translation translation = Translation.of("C", List.of(C_TO_17, C_TO_15));
    assertThat(translation.sourceCode()).isEqualTo("C");
    assertThat(translation.rows()).containsExactly(C_TO_17, C_TO_15);
    assertThat(translation.targetCodes()).containsExactly("17", "15");
    assertThat(translation).hasToString("C ONE_TO_MANY [17, 15]");
    assertThat(Translation.of("Z", List.of(CrosswalkRow.unmatched("Z", Optional.empty()))))
        .hasToString("Z UNMATCHED []");
  }

  @Test
  void isEqualWhenCodeOutcomeAndRowsAre() {
    Translation translation = Translation.of("C", List.of(C_TO_15, C_TO_17));
    assertThat(translation)
        .isEqualTo(Translation.of("C", List.of(C_TO_15, C_TO_17)))
        .hasSameHashCodeAs(Translation.of("C", List.of(C_TO_15, C_TO_17)))
        .isNotEqualTo(Translation.of("C", List.of(C_TO_17, C_TO_15)))
        .isNotEqualTo(Translation.of("C", List.of(C_TO_15)))
        .isNotEqualTo(Translation.of("D", List.of(C_TO_15, C_TO_17)))
        .isNotEqualTo("C ONE_TO_MANY [15, 17]");
  }
}
