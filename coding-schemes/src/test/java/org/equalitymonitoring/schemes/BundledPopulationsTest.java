package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.equalitymonitoring.population.PopulationConvention;
import org.equalitymonitoring.population.ReexpressedPopulation;
import org.equalitymonitoring.population.ReferencePopulation;
import org.junit.jupiter.api.Test;

class BundledPopulationsTest {
  private static final String TS021 =
      "census/census2021_ts021_ethnic_group_19cat_by_region_england_wales.csv";
  private static final String KS201 =
      "census/census2011_ks201ew_ethnic_group_18cat_by_english_region.csv";
  private static final List<String> REGIONS_2021 =
      List.of(
          "North East",
          "North West",
          "Yorkshire and The Humber",
          "East Midlands",
          "West Midlands",
          "East",
          "London",
          "South East",
          "South West");

  private final BundledPopulations bundled = BundledPopulations.get();

  private static Map<String, String> row(String file, String labelColumn, String label) {
    return ReferenceCsv.read(file).stream()
        .filter(r -> r.get(labelColumn).equals(label))
        .findFirst()
        .orElseThrow();
  }

  private static long ts021(String label, String area) {
    return Long.parseLong(row(TS021, "ethnic_group_census2021", label).get(area));
  }

  @Test
  void listsTheBundledIds() {
    assertThat(bundled.populations())
        .extracting(ReferencePopulation::id)
        .containsExactly("census-2021", "census-2021-rm032", "census-2011", "census-2021-ts021-5");
  }

  private static final String TS021_LSOA =
      "census/census2021_ts021_ethnic_group_5cat_by_lsoa21_3lads.csv";
  private static final String LSOA_LAD = "census/lsoa21_to_lad23_lookup_ew_3lads.csv";
  private static final String LOCAL = "census-2021-ts021-5";

  /** The LSOA columns of the five broad groups, by heading code of the census 2021 scheme. */
  private static final Map<String, String> LSOA_COLUMNS =
      Map.of(
          "White", "white",
          "Mixed", "mixed_or_multiple_ethnic_groups",
          "Asian", "asian_asian_british_or_asian_welsh",
          "Black", "black_black_british_black_welsh_caribbean_or_african",
          "Other", "other_ethnic_group");

  @Test
  void localAuthoritiesAreTheLsoaRowsSummedThroughTheLookup() {
    ReferencePopulation local = bundled.requirePopulation(LOCAL);
    Map<String, String> ladOfLsoa = new HashMap<>();
    for (Map<String, String> row : ReferenceCsv.read(LSOA_LAD)) {
      ladOfLsoa.put(row.get("lsoa21cd"), row.get("lad23nm"));
    }
    Map<String, Map<String, Long>> sums = new TreeMap<>();
    Map<String, Long> lsoas = new TreeMap<>();
    for (Map<String, String> row : ReferenceCsv.read(TS021_LSOA)) {
      String lad = ladOfLsoa.get(row.get("lsoa21cd"));
      lsoas.merge(lad, 1L, Long::sum);
      LSOA_COLUMNS.forEach(
          (code, column) ->
              sums.computeIfAbsent(lad, l -> new HashMap<>())
                  .merge(code, Long.parseLong(row.get(column)), Long::sum));
    }
    assertThat(lsoas)
        .containsExactly(
            Map.entry("City of London", 6L),
            Map.entry("Hartlepool", 57L),
            Map.entry("Westminster", 123L));
    sums.forEach(
        (lad, counts) ->
            counts.forEach(
                (code, count) ->
                    assertThat(local.count(code, lad)).as(lad + " " + code).isEqualTo(count)));
  }

  @Test
  void hartlepoolSharesAreItsBroadGroupsOverItsTotal() {
    ReferencePopulation local = bundled.requirePopulation(LOCAL);
    assertThat(local.schemeId()).isEqualTo("ons-census-2021-england-wales");
    assertThat(local.categoryCodes()).containsExactly("White", "Mixed", "Asian", "Black", "Other");
    assertThat(local.areas()).hasSize(318);
    // Hartlepool (E06000001), sum of its 57 LSOAs: 89,069 + 671 + 1,599 + 448 + 554 = 92,341.
    assertThat(local.total("Hartlepool")).isEqualTo(92_341L);
    // Shares: White 89,069 / 92,341 = 0.964566; Asian 1,599 / 92,341 = 0.017316;
    // Mixed 671 / 92,341 = 0.007267; Other 554 / 92,341 = 0.006000; Black 448 / 92,341 = 0.004852.
    Map<String, Long> counts = local.countsByCategory("Hartlepool");
    double total = local.total("Hartlepool");
    assertThat(counts.get("White") / total).isCloseTo(0.964566, within(5e-7));
    assertThat(counts.get("Asian") / total).isCloseTo(0.017316, within(5e-7));
    assertThat(counts.get("Mixed") / total).isCloseTo(0.007267, within(5e-7));
    assertThat(counts.get("Other") / total).isCloseTo(0.006000, within(5e-7));
    assertThat(counts.get("Black") / total).isCloseTo(0.004852, within(5e-7));
    // SOURCES.md: the LSOA sums total 59,597,576 for England and Wales (published 59,597,542).
    assertThat(local.areas().stream().mapToLong(local::total).sum()).isEqualTo(59_597_576L);
    assertThat(local.info().licence()).contains("perturbs");
  }

  @Test
  void localAuthorityAreasAreFoundByNameInAnyCaseOrByCode() {
    assertThat(bundled.area(LOCAL, "Hartlepool")).contains("Hartlepool");
    assertThat(bundled.area(LOCAL, " hARTLEPOOL ")).contains("Hartlepool");
    assertThat(bundled.area(LOCAL, "e09000033")).contains("Westminster");
    assertThat(bundled.area(LOCAL, "E06000058")).contains("Bournemouth, Christchurch and Poole");
    assertThat(bundled.area(LOCAL, "Atlantis")).isEmpty();
    assertThat(bundled.areaCodes(LOCAL)).hasSize(318).containsEntry("E09000001", "City of London");
    assertThat(bundled.area("census-2021", "london")).contains("London");
    assertThat(bundled.areaCodes("census-2021")).isEmpty();
    assertThatThrownBy(() -> bundled.area("nope", "London"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("unknown population 'nope'");
  }

  @Test
  void localBroadGroupsReachTheNhsBroadGroupsThroughTheBundledCrosswalk() {
    BundledSchemes schemes = BundledSchemes.get();
    ReexpressedPopulation nhs =
        PopulationConvention.followCrosswalk()
            .apply(
                bundled.requirePopulation(LOCAL),
                schemes.requireScheme("ons-census-2021-england-wales"),
                schemes.requireCrosswalk("census-2021-to-nhs-2001"),
                schemes.requireScheme("nhs-ethnic-category-2001"));
    assertThat(nhs.hasCategoryLevel()).isFalse();
    // Westminster: each census broad group in one NHS broad group; Asian (34,250) includes Chinese.
    assertThat(nhs.broadGroupLevel().countsByCategory("Westminster"))
        .containsExactly(
            Map.entry("White", 112_714L),
            Map.entry("Mixed", 13_324L),
            Map.entry("Asian or Asian British", 34_250L),
            Map.entry("Black or Black British", 16_449L),
            Map.entry("Other Ethnic Groups", 27_477L));
    assertThat(nhs.statement()).contains("Chinese (counted in Other Ethnic Groups)");
  }

  @Test
  void census2021IsTs021By19CategoriesAndTwelveAreas() {
    ReferencePopulation census = bundled.requirePopulation("census-2021");
    assertThat(census.schemeId()).isEqualTo("ons-census-2021-england-wales");
    assertThat(census.categoryCodes()).hasSize(19).doesNotContain("-8");
    assertThat(census.areas())
        .containsAll(REGIONS_2021)
        .contains("Wales", "England", "England and Wales")
        .hasSize(12);
    assertThat(census.info().licence()).startsWith("OGL v3");
    // SOURCES.md / the file's total row: England 56,490,039.
    assertThat(census.total("England")).isEqualTo(56_490_039L);
    // Hand sum: London Bangladeshi is 322,054 on the TS021 row.
    assertThat(census.count("1", "London")).isEqualTo(322_054L);
  }

  @Test
  void census2021RegionTotalsMatchTheFileTotalRow() {
    ReferencePopulation census = bundled.requirePopulation("census-2021");
    Map<String, String> total = row(TS021, "ethnic_group_census2021", "Total: All usual residents");
    for (String region : REGIONS_2021) {
      assertThat(census.total(region)).as(region).isEqualTo(Long.parseLong(total.get(region)));
    }
    assertThat(census.total("Wales")).isEqualTo(Long.parseLong(total.get("Wales")));
    assertThat(census.total("England and Wales"))
        .isEqualTo(Long.parseLong(total.get("England_and_Wales")));
  }

  @Test
  void census2021CodesAreMatchedByLabel() {
    ReferencePopulation census = bundled.requirePopulation("census-2021");
    var scheme = BundledSchemes.get().requireScheme("ons-census-2021-england-wales");
    for (Map<String, String> r : ReferenceCsv.read(TS021)) {
      String label = r.get("ethnic_group_census2021");
      if (label.startsWith("Total")) {
        continue;
      }
      String code =
          scheme.categories().stream()
              .filter(c -> c.label().equals(label))
              .findFirst()
              .orElseThrow()
              .code();
      assertThat(census.count(code, "North East"))
          .as(label)
          .isEqualTo(Long.parseLong(r.get("North East")));
    }
  }

  @Test
  void rm032IsEthnicityBySexByAgeForEnglandAndWales() {
    ReferencePopulation rm032 = bundled.requirePopulation("census-2021-rm032");
    assertThat(rm032.areas()).containsExactly("England", "Wales");
    assertThat(rm032.categoryCodes()).hasSize(20).contains("-8");
    assertThat(rm032.ageBands()).hasSize(5).first().isEqualTo("Aged 24 years and under");
    assertThat(rm032.sexes()).containsExactly("Female", "Male");
    // SOURCES.md: England 56,490,037 (published 56,490,048: ONS perturbation).
    assertThat(rm032.total("England")).isEqualTo(56_490_037L);
    long wales = 0;
    for (Map<String, String> r :
        ReferenceCsv.read("census/census2021_rm032_england_wales_ethnic20_sex_age5.csv")) {
      if (r.get("area_name").equals("Wales")) {
        wales += Long.parseLong(r.get("observation"));
      }
    }
    assertThat(rm032.total("Wales")).isEqualTo(wales);
  }

  @Test
  void census2011IsKs201ewByRegion() {
    ReferencePopulation census = bundled.requirePopulation("census-2011");
    assertThat(census.schemeId()).isEqualTo("ons-census-2011-england-wales");
    assertThat(census.categoryCodes()).hasSize(18);
    assertThat(census.areas()).hasSize(10).contains("London", "England");
    // SOURCES.md: KS201EW England 53,012,456.
    assertThat(census.total("England")).isEqualTo(53_012_456L);
    Map<String, String> total = row(KS201, "ethnic_group_census2011", "All usual residents");
    assertThat(census.total("London")).isEqualTo(Long.parseLong(total.get("London")));
    assertThat(census.count("Arab", "London"))
        .isEqualTo(
            Long.parseLong(
                row(KS201, "ethnic_group_census2011", "Other ethnic group: Arab").get("London")));
  }

  @Test
  void unknownIdListsTheValidIds() {
    assertThat(bundled.population("census-2001")).isEmpty();
    assertThatThrownBy(() -> bundled.requirePopulation("census-2001"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessage(
            "unknown population 'census-2001'; valid ids: census-2021, census-2021-rm032,"
                + " census-2011, census-2021-ts021-5");
  }

  @Test
  void mhaConventionOnBundledTs021MatchesHandSumsOfTheFileRows() {
    BundledSchemes schemes = BundledSchemes.get();
    ReexpressedPopulation mha =
        PopulationConvention.nhsMentalHealthActCensus2021()
            .apply(
                bundled.requirePopulation("census-2021"),
                schemes.requireScheme("ons-census-2021-england-wales"),
                schemes.requireCrosswalk("census-2021-to-nhs-2001"),
                schemes.requireScheme("nhs-ethnic-category-2001"));
    long white =
        ts021("White: English, Welsh, Scottish, Northern Irish or British", "England")
            + ts021("White: Irish", "England")
            + ts021("White: Gypsy or Irish Traveller", "England")
            + ts021("White: Other White", "England");
    long other =
        ts021("Asian, Asian British or Asian Welsh: Chinese", "England")
            + ts021("Other ethnic group: Any other ethnic group", "England")
            + ts021("Other ethnic group: Arab", "England");
    assertThat(mha.broadGroupLevel().count("White", "England")).isEqualTo(white);
    assertThat(mha.broadGroupLevel().count("Other Ethnic Groups", "England")).isEqualTo(other);
    assertThat(mha.broadGroupLevel().total("England"))
        .isEqualTo(56_490_039L - ts021("White: Roma", "England"));
    assertThat(mha.categoryLevel().count("C", "England"))
        .isEqualTo(ts021("White: Other White", "England"));
    assertThat(mha.categoryLevel().count("S", "England"))
        .isEqualTo(ts021("Other ethnic group: Any other ethnic group", "England"));
  }

  @Test
  void followCrosswalkOnBundledDataSumsGypsyRomaAndOtherWhiteIntoC() {
    BundledSchemes schemes = BundledSchemes.get();
    ReexpressedPopulation result =
        PopulationConvention.followCrosswalk()
            .apply(
                bundled.requirePopulation("census-2021"),
                schemes.requireScheme("ons-census-2021-england-wales"),
                schemes.requireCrosswalk("census-2021-to-nhs-2001"),
                schemes.requireScheme("nhs-ethnic-category-2001"));
    assertThat(result.categoryLevel().count("C", "London"))
        .isEqualTo(
            ts021("White: Gypsy or Irish Traveller", "London")
                + ts021("White: Roma", "London")
                + ts021("White: Other White", "London"));
    assertThat(result.categoryLevel().total("England")).isEqualTo(56_490_039L);
    assertThat(result.statement())
        .contains("White: Gypsy or Irish Traveller counted in C")
        .contains("White: Roma counted in C")
        .contains("Other ethnic group: Arab counted in S")
        .contains("Chinese counted in R");
  }
}
