package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.TestSchemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompletenessDefinitionTest {
  private final Recogniser recogniser = Recogniser.of(TestSchemes.nhs2001());

  // NHS Digital Ethnic Category Coverage MI: unknown = Z, z, X, x, 99, 9, "", " "
  // (USERS-AND-METRICS.md §1.2); "valid" also accepts Z, since the person was asked (CP406).
  @ParameterizedTest(name = "[{0}] known={1} valid={2}")
  @CsvSource({
    "A,true,true",
    "S,true,true",
    "Z,false,true",
    "z,false,true",
    "X,false,false",
    "x,false,false",
    "99,false,false",
    "9,false,false",
    "'',false,false",
    "' ',false,false",
    "Martian,false,false",
    "White,false,false",
  })
  void classifiesRecordsAsPublished(String raw, boolean known, boolean valid) {
    assertThat(CompletenessDefinition.KNOWN.isComplete(recogniser.recognise(raw))).isEqualTo(known);
    assertThat(CompletenessDefinition.VALID.isComplete(recogniser.recognise(raw))).isEqualTo(valid);
  }

  @Test
  void parsesNamesInAnyCase() {
    assertThat(CompletenessDefinition.parse(" Valid ")).isEqualTo(CompletenessDefinition.VALID);
    assertThat(CompletenessDefinition.KNOWN.id()).isEqualTo("known");
    assertThatThrownBy(() -> CompletenessDefinition.parse("coded"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("completeness definition must be 'known' or 'valid', got 'coded'");
  }
}
