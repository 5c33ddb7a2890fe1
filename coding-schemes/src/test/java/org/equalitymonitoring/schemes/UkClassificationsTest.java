package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.junit.jupiter.api.Test;

/**
 * Compares the bundled devolved-census, SPD 15 2024 and research-grouping schemes and crosswalks
 * with the published files they came from, copied into src/test/resources/reference.
 */
class UkClassificationsTest {
  private final BundledSchemes bundled = BundledSchemes.get();

  private static Map<String, String> labels(Scheme scheme) {
    Map<String, String> labels = new LinkedHashMap<>();
    scheme.categories().stream()
        .filter(Category::selectable)
        .forEach(category -> labels.put(category.code(), category.label()));
    return labels;
  }

  @Test
  void scotlandCensus2022HasItsEighteenCategoriesInSectionsAToF() {
    Scheme scotland = bundled.requireScheme(SchemeId.SCOTLAND_CENSUS_2022);
    Map<String, String> expected = new LinkedHashMap<>();
    for (Map<String, String> row :
        ReferenceCsv.read("census/scotland_census2022_ethnic_group.csv")) {
      expected.put(row.get("code"), row.get("label"));
      Category category = scotland.requireCategory(row.get("code"));
      // heading "C Asian, Asian Scottish or Asian British": letter C, section name after it
      String heading = row.get("heading");
      Category section = scotland.heading(category);
      assertThat(section.code()).isEqualTo(heading.substring(0, 1));
      assertThat(section.label()).isEqualTo(heading.substring(2));
    }
    assertThat(labels(scotland)).containsExactlyEntriesOf(expected).hasSize(18);
    assertThat(scotland.requireCategory("A6").label()).isEqualTo("Roma");
    assertThat(scotland.requireCategory("A7").label()).isEqualTo("Showman/Showwoman");
    assertThat(scotland.requireCategory("F2").kind()).isEqualTo(CategoryKind.OTHER);
  }

  @Test
  void northernIrelandCensus2021HasTheThirteenNisraCodes() {
    Map<String, String> expected = new LinkedHashMap<>();
    ReferenceCsv.read("census/ni_census2021_ethnic_group.csv")
        .forEach(row -> expected.put(row.get("code"), row.get("label")));
    Scheme ni = bundled.requireScheme(SchemeId.NI_CENSUS_2021);
    assertThat(labels(ni)).containsExactlyEntriesOf(expected).hasSize(13);
    assertThat(ni.requireCategory("6").label()).isEqualTo("Filipino");
    assertThat(ni.requireCategory("13").kind()).isEqualTo(CategoryKind.OTHER);
  }

  @Test
  void spd15Of2024HasSevenMinimumCategoriesWithTheirDetailedOnes() {
    Scheme omb = bundled.requireScheme(SchemeId.US_OMB_2024);
    List<Map<String, String>> rows = ReferenceCsv.read("international/us_omb_spd15_2024.csv");
    List<String> minimum = new ArrayList<>();
    for (Map<String, String> row : rows) {
      Category category = omb.requireCategory(row.get("code"));
      assertThat(category.label()).isEqualTo(row.get("label"));
      assertThat(category.parentCode().orElse("")).isEqualTo(row.get("parent_code"));
      if (row.get("level").equals("minimum")) {
        minimum.add(row.get("code"));
      }
    }
    assertThat(omb.categories()).hasSize(rows.size()).hasSize(56);
    assertThat(minimum)
        .containsExactly("AIAN", "ASIAN", "BLACK", "HISPANIC", "MENA", "NHPI", "WHITE");
    assertThat(omb.requireCategory("MENA").label()).isEqualTo("Middle Eastern or North African");
    assertThat(omb.requireCategory("ASIAN_OTHER").kind()).isEqualTo(CategoryKind.OTHER);
  }

  @Test
  void researchGroupingsTranslateEveryLetterAsTheExeterTable() {
    Crosswalk eth16 = bundled.requireCrosswalk(CrosswalkId.NHS_2001_TO_ETH16);
    Crosswalk eth5 = bundled.requireCrosswalk(CrosswalkId.NHS_2001_TO_ETH5);
    Crosswalk qrisk = bundled.requireCrosswalk(CrosswalkId.NHS_2001_TO_QRISK2_ETHNICITY);
    Scheme eth16Scheme = bundled.requireScheme(SchemeId.ETH16);
    Scheme eth5Scheme = bundled.requireScheme(SchemeId.ETH5);
    Scheme qriskScheme = bundled.requireScheme(SchemeId.QRISK2_ETHNICITY);
    int letters = 0;
    for (Map<String, String> row :
        ReferenceCsv.read("nhs/research_groupings_eth5_eth16_qrisk.csv")) {
      List<String> sources =
          row.get("nhs_2001_code").equals("Z/99")
              ? List.of("Z", "99")
              : List.of(row.get("nhs_2001_code"));
      for (String letter : sources) {
        letters++;
        assertThat(eth16.translate(letter).targetCodes()).containsExactly(row.get("eth16_code"));
        assertThat(eth5.translate(letter).targetCodes()).containsExactly(row.get("eth5_code"));
        assertThat(qrisk.translate(letter).targetCodes())
            .containsExactly(row.get("qrisk2_exeter_code"));
      }
      assertThat(eth16Scheme.requireCategory(row.get("eth16_code")).label())
          .isEqualTo(row.get("eth16_label"));
      assertThat(eth5Scheme.requireCategory(row.get("eth5_code")).label())
          .isEqualTo(row.get("eth5_label"));
    }
    assertThat(letters).isEqualTo(18);
    // Chinese: its own eth16 group, eth5 Other, QRISK2 Chinese (SOURCES.md: "Chinese in Other")
    assertThat(eth5.translate("R").targetCodes()).containsExactly("3");
    assertThat(qriskScheme.requireCategory("8").label()).isEqualTo("Chinese");
    assertThat(qriskScheme.requireCategory("0").kind()).isEqualTo(CategoryKind.NOT_KNOWN);
    assertThat(eth16Scheme.requireCategory("17").kind()).isEqualTo(CategoryKind.NOT_STATED);
  }

  @Test
  void theTwoBroadGroupConventionsDifferOnlyInWhereChineseGoes() {
    // EFF 5A (ONS 2001 5+1) puts Chinese with Other; EFF 5B (ONS 2011 5+1) has no Chinese value:
    // 18A/19A put Chinese under Asian (SCHEMES.md §7.2).
    String chinese5a = "";
    for (Map<String, String> row : ReferenceCsv.read("labels/eff_classification_definitions.csv")) {
      if (row.get("Code").equals("5A") && row.get("Standard").equals("Chinese")) {
        chinese5a = row.get("Parent");
      }
    }
    assertThat(chinese5a).isEqualTo("Other inc Chinese");
    Crosswalk dictionary =
        BroadGroupConvention.DATA_DICTIONARY.crosswalkFrom(
            bundled.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001), bundled);
    Crosswalk census =
        BroadGroupConvention.CENSUS_2021.crosswalkFrom(
            bundled.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001), bundled);
    assertThat(dictionary.id())
        .isEqualTo(CrosswalkId.NHS_2001_TO_BROAD_GROUPS_DATA_DICTIONARY.value());
    assertThat(dictionary.translate("R").targetCodes()).containsExactly(chinese5a);
    assertThat(census.translate("R").targetCodes()).containsExactly("Asian");
    // The rest by NHS Data Dictionary heading, written out: A B C White; D-G Mixed; H J K L Asian;
    // M N P Black; S Other.
    Map<String, String> expected = new LinkedHashMap<>();
    for (String letter : List.of("A", "B", "C")) {
      expected.put(letter, "White");
    }
    for (String letter : List.of("D", "E", "F", "G")) {
      expected.put(letter, "Mixed");
    }
    for (String letter : List.of("H", "J", "K", "L")) {
      expected.put(letter, "Asian");
    }
    for (String letter : List.of("M", "N", "P")) {
      expected.put(letter, "Black");
    }
    expected.forEach(
        (letter, group) -> {
          assertThat(dictionary.translate(letter).targetCodes()).containsExactly(group);
          assertThat(census.translate(letter).targetCodes()).containsExactly(group);
        });
    assertThat(dictionary.translate("S").targetCodes()).containsExactly("Other inc Chinese");
    assertThat(census.translate("S").targetCodes()).containsExactly("Other");
    assertThat(census.translate("Z").targetCodes()).isEmpty();
    // From Census 2021: 2 Chinese under Asian in its own convention, under Other in the other.
    Scheme census2021 = bundled.requireScheme(SchemeId.ONS_CENSUS_2021_ENGLAND_WALES);
    assertThat(
            BroadGroupConvention.CENSUS_2021
                .crosswalkFrom(census2021, bundled)
                .translate("2")
                .targetCodes())
        .containsExactly("Asian");
    assertThat(
            BroadGroupConvention.DATA_DICTIONARY
                .crosswalkFrom(census2021, bundled)
                .translate("2")
                .targetCodes())
        .containsExactly("Other inc Chinese");
  }
}
