package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryTest {
  @Test
  void defaultsToASelectableSubstantiveTopLevelCategory() {
    Category british = Category.builder("A", "White - British").build();
    assertThat(british.code()).isEqualTo("A");
    assertThat(british.label()).isEqualTo("White - British");
    assertThat(british.kind()).isEqualTo(CategoryKind.SUBSTANTIVE);
    assertThat(british.selectable()).isTrue();
    assertThat(british.parentCode()).isEmpty();
    assertThat(british.alternativeLabels()).isEmpty();
    assertThat(british).hasToString("A White - British");
  }

  @Test
  void keepsEverythingTheBuilderWasGiven() {
    Category other =
        Category.builder("C", "White - Any other White background")
            .parent("White")
            .kind(CategoryKind.OTHER)
            .selectable(false)
            .alternativeLabels(List.of("Any other White background", "Other White"))
            .build();
    assertThat(other.parentCode()).contains("White");
    assertThat(other.kind()).isEqualTo(CategoryKind.OTHER);
    assertThat(other.selectable()).isFalse();
    assertThat(other.alternativeLabels())
        .containsExactly("Any other White background", "Other White");
    assertThat(Category.of("Z", "Not stated", CategoryKind.NOT_STATED).kind())
        .isEqualTo(CategoryKind.NOT_STATED);
  }

  @Test
  void isEqualOnlyWhenEveryFieldIs() {
    Category british = Category.builder("A", "White - British").parent("White").build();
    assertThat(british)
        .isEqualTo(Category.builder("A", "White - British").parent("White").build())
        .hasSameHashCodeAs(Category.builder("A", "White - British").parent("White").build())
        .isNotEqualTo(Category.builder("B", "White - British").parent("White").build())
        .isNotEqualTo(Category.builder("A", "British").parent("White").build())
        .isNotEqualTo(Category.builder("A", "White - British").build())
        .isNotEqualTo(
            Category.builder("A", "White - British")
                .parent("White")
                .alternativeLabels(List.of("British"))
                .build())
        .isNotEqualTo(
            Category.builder("A", "White - British")
                .parent("White")
                .kind(CategoryKind.OTHER)
                .build())
        .isNotEqualTo(
            Category.builder("A", "White - British").parent("White").selectable(false).build())
        .isNotEqualTo("A White - British");
  }

  @Test
  void rejectsBlankTextQuotingIt() {
    assertThatThrownBy(() -> Category.builder(" ", "White"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must not be blank, got ' '");
    assertThatThrownBy(() -> Category.builder("A", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label must not be blank, got ''");
    assertThatThrownBy(() -> Category.builder("A", "White - British").parent("\t"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parentCode must not be blank, got '\t'");
    assertThatThrownBy(
            () ->
                Category.builder("A", "White - British").alternativeLabels(List.of("British", "")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alternative label must not be blank, got ''");
    assertThatThrownBy(() -> Category.builder(null, "White"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("code");
    assertThatThrownBy(() -> Category.builder("A", "White - British").kind(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("kind");
  }
}
