package org.equalitymonitoring.population;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PopulationInfoTest {
  private PopulationInfo.Builder complete() {
    return PopulationInfo.builder()
        .id("borough-2024")
        .title("My borough")
        .version("2024")
        .source("GLA")
        .licence("OGL v3")
        .schemeId("nhs-ethnic-category-2001");
  }

  @Test
  void keepsEveryAttribute() {
    PopulationInfo info = complete().build();
    assertThat(info.id()).isEqualTo("borough-2024");
    assertThat(info.title()).isEqualTo("My borough");
    assertThat(info.version()).isEqualTo("2024");
    assertThat(info.source()).isEqualTo("GLA");
    assertThat(info.licence()).isEqualTo("OGL v3");
    assertThat(info.schemeId()).isEqualTo("nhs-ethnic-category-2001");
  }

  @Test
  void rejectsBlankId() {
    assertThatThrownBy(() -> complete().id(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("population id must not be blank");
  }

  @Test
  void rejectsBlankSchemeId() {
    assertThatThrownBy(() -> complete().schemeId("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheme id of population 'borough-2024' must not be blank");
  }

  @Test
  void rejectsMissingAttribute() {
    assertThatThrownBy(() -> PopulationInfo.builder().id("x").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("title");
  }
}
