package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SchemeInfoTest {
  private static SchemeInfo.Builder complete() {
    return SchemeInfo.builder()
        .id("nhs-ethnic-category-2001")
        .title("NHS ETHNIC CATEGORY")
        .version("1")
        .publisher("NHS England")
        .source("s")
        .licence("OGL v3");
  }

  @Test
  void defaultsToAnActiveCaseSensitiveSchemeWithoutNationalPrefixes() {
    SchemeInfo info = complete().build();
    assertThat(info.status()).isEqualTo(SchemeStatus.ACTIVE);
    assertThat(info.caseSensitive()).isTrue();
    assertThat(info.firstCharacterIsNational()).isFalse();
    assertThat(info.baseSchemeId()).isEmpty();
  }

  @Test
  void rejectsABlankIdTitleOrVersion() {
    assertThatThrownBy(() -> complete().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme id must not be blank");
    assertThatThrownBy(() -> complete().title("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme title must not be blank");
    assertThatThrownBy(() -> complete().version("\t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme version must not be blank");
  }
}
