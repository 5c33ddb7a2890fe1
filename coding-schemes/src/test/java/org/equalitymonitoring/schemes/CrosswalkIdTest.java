package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CrosswalkIdTest {
  private final BundledSchemes bundled = BundledSchemes.get();

  /** The values of the public constants, in declaration order. */
  private static List<String> constants() throws IllegalAccessException {
    List<String> values = new ArrayList<>();
    for (Field field : CrosswalkId.class.getFields()) {
      if (Modifier.isStatic(field.getModifiers()) && field.getType() == CrosswalkId.class) {
        values.add(((CrosswalkId) field.get(null)).value());
      }
    }
    return values;
  }

  @Test
  void everyBundledCrosswalkHasAConstantAndEveryConstantIsBundled() throws Exception {
    assertThat(constants()).containsExactlyInAnyOrderElementsOf(OwnIndex.ids("crosswalks"));
  }

  @Test
  void aConstantIsTheIdAsTheDataSpellsIt() {
    assertThat(CrosswalkId.OPENSAFELY_SNOMED_TO_NHS_2001.value())
        .isEqualTo("opensafely-snomed-to-nhs-2001");
    assertThat(CrosswalkId.OPENSAFELY_SNOMED_TO_NHS_2001)
        .isEqualTo(CrosswalkId.of("opensafely-snomed-to-nhs-2001"))
        .hasToString("opensafely-snomed-to-nhs-2001");
    assertThat(CrosswalkId.OPENSAFELY_SNOMED_TO_NHS_2001.hashCode())
        .isEqualTo(CrosswalkId.of("opensafely-snomed-to-nhs-2001").hashCode());
  }

  @Test
  void typedAndStringLookUpsAgree() {
    assertThat(bundled.requireCrosswalk(CrosswalkId.OPENSAFELY_SNOMED_TO_NHS_2001))
        .isSameAs(bundled.requireCrosswalk("opensafely-snomed-to-nhs-2001"));
    assertThatThrownBy(() -> bundled.requireCrosswalk(CrosswalkId.of("no-such-id")))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageStartingWith("unknown crosswalk 'no-such-id'; valid ids: ");
  }

  @Test
  void aBlankIdIsRejected() {
    assertThatThrownBy(() -> CrosswalkId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a crosswalk id must not be blank");
    assertThatThrownBy(() -> CrosswalkId.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("value");
  }
}
