package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.equalitymonitoring.coding.DetailedCategory.Placement;
import org.junit.jupiter.api.Test;

class DetailedCategoryTest {
  // Row TS022-011 of census/census2021_ethnic_group_detailed.csv: Filipino written under the Asian
  // section, counted in 20b code 5 (Any other Asian background).
  private static DetailedCategory filipino() {
    return DetailedCategory.of(
        "TS022-011",
        "Filipino",
        "Asian, Asian British or Asian Welsh",
        "5",
        Placement.SECTION_ANY_OTHER);
  }

  @Test
  void keepsEveryFieldAsGiven() {
    DetailedCategory category = filipino();
    assertThat(category.code()).isEqualTo("TS022-011");
    assertThat(category.label()).isEqualTo("Filipino");
    assertThat(category.heading()).isEqualTo("Asian, Asian British or Asian Welsh");
    assertThat(category.outputCode()).isEqualTo("5");
    assertThat(category.placement()).isEqualTo(Placement.SECTION_ANY_OTHER);
    assertThat(category)
        .hasToString("TS022-011 Asian, Asian British or Asian Welsh: Filipino -> 5");
  }

  @Test
  void isEqualOnlyWhenEveryFieldIsEqual() {
    DetailedCategory category = filipino();
    assertThat(category).isEqualTo(filipino()).hasSameHashCodeAs(filipino());
    assertThat(category).isNotEqualTo("TS022-011");
    // TS022-243: the same label under Other ethnic group, counted in 19.
    assertThat(category)
        .isNotEqualTo(
            DetailedCategory.of(
                "TS022-243",
                "Filipino",
                "Other ethnic group",
                "19",
                Placement.ANY_OTHER_ETHNIC_GROUP));
    String[] base = {"TS022-011", "Filipino", "Asian, Asian British or Asian Welsh", "5"};
    for (int field = 0; field < base.length; field++) {
      String[] changed = base.clone();
      changed[field] = changed[field] + "x";
      assertThat(category)
          .as("field " + field)
          .isNotEqualTo(
              DetailedCategory.of(
                  changed[0], changed[1], changed[2], changed[3], Placement.SECTION_ANY_OTHER));
    }
    assertThat(category)
        .isNotEqualTo(
            DetailedCategory.of(base[0], base[1], base[2], base[3], Placement.OWN_CATEGORY));
  }

  @Test
  void blankOrMissingFieldsAreRejected() {
    for (int field = 0; field < 4; field++) {
      String[] values = {"C", "L", "H", "1"};
      values[field] = "  ";
      String name = new String[] {"code", "label", "heading", "outputCode"}[field];
      assertThatThrownBy(
              () ->
                  DetailedCategory.of(
                      values[0], values[1], values[2], values[3], Placement.OWN_CATEGORY))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(name + " must not be blank");
    }
    assertThatThrownBy(() -> DetailedCategory.of("C", "L", "H", "1", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("placement");
  }
}
