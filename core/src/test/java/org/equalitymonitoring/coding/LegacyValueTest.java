package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class LegacyValueTest {
  // HES ETHRAW: "X" was the pre-2001 value for "not known", which the 2001 scheme codes as 99.
  private final LegacyValue x =
      LegacyValue.of("X", CategoryKind.NOT_KNOWN, Optional.of("99"), "HES ETHRAW");

  @Test
  void holdsTheValueItsMeaningAndWhereItComesFrom() {
    assertThat(x.value()).isEqualTo("X");
    assertThat(x.kind()).isEqualTo(CategoryKind.NOT_KNOWN);
    assertThat(x.code()).contains("99");
    assertThat(x.note()).isEqualTo("HES ETHRAW");
    assertThat(x).hasToString("X (NOT_KNOWN)");
  }

  @Test
  void isEqualOnlyWhenEveryFieldIs() {
    assertThat(x)
        .isEqualTo(LegacyValue.of("X", CategoryKind.NOT_KNOWN, Optional.of("99"), "HES ETHRAW"))
        .hasSameHashCodeAs(
            LegacyValue.of("X", CategoryKind.NOT_KNOWN, Optional.of("99"), "HES ETHRAW"))
        .isNotEqualTo(LegacyValue.of("9", CategoryKind.NOT_KNOWN, Optional.of("99"), "HES ETHRAW"))
        .isNotEqualTo(LegacyValue.of("X", CategoryKind.NOT_STATED, Optional.of("99"), "HES ETHRAW"))
        .isNotEqualTo(LegacyValue.of("X", CategoryKind.NOT_KNOWN, Optional.empty(), "HES ETHRAW"))
        .isNotEqualTo(LegacyValue.of("X", CategoryKind.NOT_KNOWN, Optional.of("99"), "CP406"))
        .isNotEqualTo("X (NOT_KNOWN)");
  }

  @Test
  void rejectsABlankValue() {
    assertThatThrownBy(() -> LegacyValue.of(" ", CategoryKind.NOT_KNOWN, Optional.empty(), "n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("legacy value must not be blank");
  }
}
