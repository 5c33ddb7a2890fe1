package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BroadGroupConventionTest {
  private final BundledSchemes bundled = BundledSchemes.get();

  @Test
  void aConventionIsChosenByName() {
    assertThat(BroadGroupConvention.of("census-2021")).isEqualTo(BroadGroupConvention.CENSUS_2021);
    assertThat(BroadGroupConvention.of("data-dictionary").schemeId())
        .isEqualTo(SchemeId.BROAD_GROUPS_DATA_DICTIONARY);
    assertThatThrownBy(() -> BroadGroupConvention.of("census-2011"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessage(
            "unknown broad-group convention 'census-2011'; valid ids: data-dictionary, census-2021");
  }

  @Test
  void aLocalSchemeUsesTheCrosswalkOfItsNationalScheme() {
    assertThat(
            BroadGroupConvention.CENSUS_2021
                .crosswalkFrom(bundled.requireScheme(SchemeId.EXAMPLE_LONDON_BOROUGH), bundled)
                .id())
        .isEqualTo(CrosswalkId.NHS_2001_TO_BROAD_GROUPS_CENSUS_2021.value());
  }

  @Test
  void aSchemeWithoutACrosswalkIsNamedWithThoseThatHaveOne() {
    assertThatThrownBy(
            () ->
                BroadGroupConvention.DATA_DICTIONARY.crosswalkFrom(
                    bundled.requireScheme(SchemeId.NZ_ETHNICITY), bundled))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no bundled crosswalk from 'nz-ethnicity' to the data-dictionary broad groups; there"
                + " are from [nhs-ethnic-category-2001, ons-census-2021-england-wales]");
  }
}
