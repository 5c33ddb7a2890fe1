package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemeIdTest {
  private final BundledSchemes bundled = BundledSchemes.get();

  /** The values of the public constants, in declaration order. */
  private static List<String> constants() throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : SchemeId.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == SchemeId.class) {
        values.add(((SchemeId) field.get(null)).value());
      }
    }
    return values;
  }

  @Test
  void everyBundledSchemeHasAConstantAndEveryConstantIsBundled() throws Exception {
    assertThat(constants())
        .containsExactlyInAnyOrderElementsOf(OwnIndex.ids("schemes", "examples"));
  }

  @Test
  void aConstantIsTheIdAsTheDataSpellsIt() {
    assertThat(SchemeId.NHS_ETHNIC_CATEGORY_2001.value()).isEqualTo("nhs-ethnic-category-2001");
    assertThat(SchemeId.NHS_ETHNIC_CATEGORY_2001)
        .isEqualTo(SchemeId.of("nhs-ethnic-category-2001"))
        .hasToString("nhs-ethnic-category-2001");
    assertThat(SchemeId.NHS_ETHNIC_CATEGORY_2001.hashCode())
        .isEqualTo(SchemeId.of("nhs-ethnic-category-2001").hashCode());
  }

  @Test
  void typedAndStringLookUpsAgree() {
    assertThat(bundled.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001))
        .isSameAs(bundled.requireScheme("nhs-ethnic-category-2001"));
    assertThatThrownBy(() -> bundled.requireScheme(SchemeId.of("no-such-id")))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageStartingWith("unknown scheme 'no-such-id'; valid ids: ");
  }

  @Test
  void aBlankIdIsRejected() {
    assertThatThrownBy(() -> SchemeId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a scheme id must not be blank");
    assertThatThrownBy(() -> SchemeId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }

  @Test
  void idsAreEqualByValueWithinTheirKindOnly() {
    assertThat(SchemeId.of("nhs-ethnic-category-2001"))
        .isEqualTo(SchemeId.NHS_ETHNIC_CATEGORY_2001)
        .hasSameHashCodeAs(SchemeId.NHS_ETHNIC_CATEGORY_2001)
        .hasToString("nhs-ethnic-category-2001");
    assertThat((Object) SchemeId.of("same")).isNotEqualTo(CrosswalkId.of("same"));
  }
}
