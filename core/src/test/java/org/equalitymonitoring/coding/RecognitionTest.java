package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecognitionTest {
  private final Category british = Category.of("A", "White - British", CategoryKind.SUBSTANTIVE);
  private final Category irish = Category.of("B", "White - Irish", CategoryKind.SUBSTANTIVE);

  @Test
  void saysWhatWasFoundWithoutTheRawValue() {
    assertThat(Recognition.matched(british, RecognitionRule.LABEL))
        .hasToString("CODED by LABEL: A White - British");
    assertThat(Recognition.withoutCategory(RecognitionStatus.MISSING, RecognitionRule.BLANK))
        .hasToString("MISSING by BLANK");
  }

  @Test
  void givesAHeadingItsOwnStatusWhateverItsKind() {
    Category mixed = Category.builder("Mixed", "Mixed").selectable(false).build();
    assertThat(Recognition.matched(mixed, RecognitionRule.CODE).status())
        .isEqualTo(RecognitionStatus.HEADING);
    assertThat(
            Recognition.withoutCategory(
                    RecognitionStatus.BROAD_GROUP, RecognitionRule.BROAD_GROUP_TERM)
                .category())
        .isEmpty();
  }

  @Test
  void isEqualOnlyForTheSameCategoryStatusRuleAndCandidates() {
    Recognition ambiguous = Recognition.ambiguous(List.of(british, irish), RecognitionRule.LABEL);
    assertThat(ambiguous)
        .isEqualTo(Recognition.ambiguous(List.of(british, irish), RecognitionRule.LABEL))
        .hasSameHashCodeAs(Recognition.ambiguous(List.of(british, irish), RecognitionRule.LABEL))
        .isNotEqualTo(Recognition.ambiguous(List.of(irish, british), RecognitionRule.LABEL))
        .isNotEqualTo(Recognition.ambiguous(List.of(british, irish), RecognitionRule.SYNONYM))
        .isNotEqualTo(Recognition.matched(british, RecognitionRule.LABEL))
        .isNotEqualTo("AMBIGUOUS by LABEL");
  }

  @Test
  void needsCategoriesForCodedAndAmbiguousResults() {
    assertThatThrownBy(
            () -> Recognition.withoutCategory(RecognitionStatus.CODED, RecognitionRule.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a CODED recognition needs a category");
    assertThatThrownBy(
            () -> Recognition.withoutCategory(RecognitionStatus.HEADING, RecognitionRule.NONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a HEADING recognition needs a category");
    assertThatThrownBy(() -> Recognition.ambiguous(List.of(british), RecognitionRule.LABEL))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an ambiguous recognition needs at least two candidates, got 1");
  }
}
