package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeStatus;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.mapping.Translation;
import org.junit.jupiter.api.Test;

/**
 * Compares every bundled list with the published file it came from, copied into
 * src/test/resources/reference: codes, labels and parents.
 */
class BundledSchemesTest {
  /** OpenSAFELY and PRIMIS number the 16 NHS categories 1-16 in letter order, skipping I, O, Q. */
  private static final String LETTERS = "ABCDEFGHJKLMNPRS";

  private final BundledSchemes bundled = BundledSchemes.get();

  private static String letter(String grouping16) {
    return String.valueOf(LETTERS.charAt(Integer.parseInt(grouping16) - 1));
  }

  private Map<String, String> selectableLabels(Scheme scheme) {
    Map<String, String> labels = new LinkedHashMap<>();
    scheme.categories().stream()
        .filter(Category::selectable)
        .forEach(category -> labels.put(category.code(), category.label()));
    return labels;
  }

  private static Map<String, String> column(
      List<Map<String, String>> rows, String key, String value) {
    Map<String, String> result = new LinkedHashMap<>();
    rows.forEach(row -> result.put(row.get(key), row.get(value)));
    return result;
  }

  @Test
  void nhsEthnicCategory2001MatchesTheDataDictionary() {
    Scheme scheme = bundled.requireScheme("nhs-ethnic-category-2001");
    List<Map<String, String>> rows = ReferenceCsv.read("nhs/nhs_dd_ethnic_category_2001.csv");
    assertThat(selectableLabels(scheme))
        .containsExactlyInAnyOrderEntriesOf(column(rows, "code", "label"));
    for (Map<String, String> row : rows) {
      Category category = scheme.requireCategory(row.get("code"));
      String heading = row.get("high_level_group_inferred_from_label_prefix");
      assertThat(scheme.heading(category).label())
          .as(row.get("code"))
          .isEqualTo(heading.isEmpty() ? category.label() : heading);
    }
    assertThat(scheme.requireCategory("Z").kind()).isEqualTo(CategoryKind.NOT_STATED);
    assertThat(scheme.requireCategory("99").kind()).isEqualTo(CategoryKind.NOT_KNOWN);
    assertThat(scheme.info().system())
        .contains("https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland");
  }

  @Test
  void extendedListMatchesPdsCareConnect() {
    Scheme scheme = bundled.requireScheme("nhs-ethnic-category-extended");
    List<Map<String, String>> rows =
        ReferenceCsv.read("nhs/pds_careconnect_ukcore_extended_ethnic_category.csv");
    assertThat(rows).hasSize(68);
    assertThat(selectableLabels(scheme))
        .containsExactlyInAnyOrderEntriesOf(column(rows, "code", "display"));
    for (Map<String, String> row : rows) {
      String parent = row.get("parent_national_code_by_first_character");
      if (!parent.isEmpty()) {
        assertThat(scheme.requireCategory(row.get("code")).parentCode()).contains(parent);
      }
    }
    assertThat(scheme.info().status()).isEqualTo(SchemeStatus.RETIRED);
    assertThat(scheme.contains("99")).isFalse();
  }

  @Test
  void smallCodeListsMatchTheirSources() {
    assertThat(selectableLabels(bundled.requireScheme("nhs-gdppr-ethnic-category")))
        .containsExactlyInAnyOrderEntriesOf(
            column(
                ReferenceCsv.read("nhs/nhsd_gdppr_ethnicity_reference_data_categories.csv"),
                "ETHNIC CATEGORY ID",
                "ETHNIC CATEGORY LABEL"));
    assertThat(selectableLabels(bundled.requireScheme("ukcore-ethnic-category-wales")))
        .containsExactlyInAnyOrderEntriesOf(
            column(
                ReferenceCsv.read("ukcore/ukcore_ethnic_category_wales.csv"), "code", "display"));
    assertThat(selectableLabels(bundled.requireScheme("ukcore-ethnic-category-scotland")))
        .containsExactlyInAnyOrderEntriesOf(
            column(
                ReferenceCsv.read("ukcore/ukcore_ethnic_category_scotland_retired.csv"),
                "code",
                "display"));
    assertThat(bundled.requireScheme("ukcore-ethnic-category-scotland").info().status())
        .isEqualTo(SchemeStatus.RETIRED);
  }

  @Test
  void census2021MatchesTheOnsCodes() {
    Scheme scheme = bundled.requireScheme("ons-census-2021-england-wales");
    List<Map<String, String>> rows =
        ReferenceCsv.read("census/ons_census2021_ew_ethnic_group_20b.csv");
    assertThat(selectableLabels(scheme)).containsOnlyKeys(column(rows, "code", "label").keySet());
    for (Map<String, String> row : rows) {
      Category category = scheme.requireCategory(row.get("code"));
      assertThat(category.label()).isEqualTo(row.get("label"));
      if (!row.get("code").equals("-8")) {
        assertThat(scheme.heading(category).label()).isEqualTo(row.get("high_level"));
      }
    }
  }

  @Test
  void census2011And2001HaveTheirCategories() {
    Scheme census2011 = bundled.requireScheme("ons-census-2011-england-wales");
    Set<String> labels2011 =
        ReferenceCsv.read("census/census2011_ks201ew_ethnic_group_18cat_by_english_region.csv")
            .stream()
            .map(row -> row.get("ethnic_group_census2011"))
            .filter(label -> !label.equals("All usual residents"))
            .collect(Collectors.toCollection(LinkedHashSet::new));
    assertThat(labels2011).hasSize(18);
    assertThat(new LinkedHashSet<>(selectableLabels(census2011).values()))
        .containsExactlyInAnyOrderElementsOf(labels2011);
    // Chinese moved from Other (2001) to Asian (2011): SCHEMES.md §1.2 and §3.1.
    Scheme census2001 = bundled.requireScheme("ons-census-2001-england-wales");
    assertThat(selectableLabels(census2001)).hasSize(16);
    assertThat(census2001.heading(census2001.requireCategory("Chinese")).code())
        .isEqualTo("Other inc Chinese");
    assertThat(census2011.heading(census2011.requireCategory("Chinese")).code()).isEqualTo("Asian");
  }

  @Test
  void internationalSchemesMatchTheirSources() {
    Map<String, String> us = new LinkedHashMap<>();
    for (Map<String, String> row :
        ReferenceCsv.read("international/us_cdc_rec_omb_top_level.csv")) {
      if (!row.get("role").equals("root")) {
        us.put(row.get("code"), row.get("display"));
      }
    }
    assertThat(selectableLabels(bundled.requireScheme("us-omb-1997")))
        .containsExactlyInAnyOrderEntriesOf(us);
    Scheme nz = bundled.requireScheme("nz-ethnicity");
    for (Map<String, String> row :
        ReferenceCsv.read("international/nz_ethnicity_level1_level2.csv")) {
      Category category = nz.requireCategory(row.get("code"));
      assertThat(category.label()).isEqualTo(row.get("display"));
      assertThat(category.parentCode().orElse("")).isEqualTo(row.get("level1_parent"));
    }
  }

  @Test
  void snomedSchemeHoldsEveryConceptOfEverySourceList() {
    Scheme snomed = bundled.requireScheme("snomed-ct-ethnicity");
    for (String file :
        List.of(
            "snomed/opensafely-ethnicity-snomed-0removed_22911876.csv",
            "snomed/opensafely-ethnicity-uk-categories_516dea7b.csv",
            "snomed/primis-covid19-vacc-uptake-eth2001.csv",
            "snomed/primis-covid19-vacc-uptake-non_eth2001.csv",
            "snomed/primis-covid19-vacc-uptake-eth_notstated.csv",
            "snomed/primis-covid19-vacc-uptake-eth_notgiptref.csv",
            "snomed/primis-covid19-vacc-uptake-eth_norecord.csv")) {
      for (Map<String, String> row : ReferenceCsv.read(file)) {
        Category concept = snomed.requireCategory(row.get("code"));
        String term = row.containsKey("term") ? row.get("term") : row.get("Ethnicity");
        List<String> labels = new java.util.ArrayList<>(concept.alternativeLabels());
        labels.add(concept.label());
        assertThat(labels).as("%s in %s", row.get("code"), file).contains(term.strip());
      }
    }
    for (Map<String, String> row :
        ReferenceCsv.read("snomed/nhsd_gdppr_ethnicity_reference_data_snomed.csv")) {
      assertThat(snomed.contains(row.get("ConceptId"))).as(row.get("ConceptId")).isTrue();
    }
    // SCHEMES.md §4.2: not stated / refused vs not recorded.
    assertThat(snomed.requireCategory("312860002").kind()).isEqualTo(CategoryKind.NOT_STATED);
    assertThat(snomed.requireCategory("92531000000104").kind()).isEqualTo(CategoryKind.NOT_STATED);
    assertThat(snomed.requireCategory("312861003").kind()).isEqualTo(CategoryKind.NOT_KNOWN);
    assertThat(snomed.requireCategory("372148003").selectable()).isFalse();
  }

  @Test
  void ctv3SchemeMatchesTheOpenSafelyList() {
    Scheme ctv3 = bundled.requireScheme("ctv3-ethnicity");
    List<Map<String, String>> rows =
        ReferenceCsv.read("ctv3-read/opensafely-ethnicity-ctv3_2020-04-27.csv");
    assertThat(rows).hasSize(270);
    Set<String> codes = rows.stream().map(row -> row.get("Code")).collect(Collectors.toSet());
    assertThat(codes).hasSize(266);
    assertThat(ctv3.categories())
        .extracting(Category::code)
        .containsExactlyInAnyOrderElementsOf(codes);
    for (Map<String, String> row : rows) {
      assertThat(ctv3.requireCategory(row.get("Code")).label()).isEqualTo(row.get("Description"));
    }
  }

  private void assertTranslates(
      String crosswalkId, String file, String codeColumn, String letterColumn, boolean grouping) {
    Crosswalk crosswalk = bundled.requireCrosswalk(crosswalkId);
    List<Map<String, String>> rows = ReferenceCsv.read(file);
    Set<String> codes = new LinkedHashSet<>();
    for (Map<String, String> row : rows) {
      String expected = grouping ? letter(row.get(letterColumn)) : row.get(letterColumn);
      Translation translation = crosswalk.translate(row.get(codeColumn));
      assertThat(translation.targetCodes())
          .as("%s %s", crosswalkId, row.get(codeColumn))
          .containsExactly(expected);
      codes.add(row.get(codeColumn));
    }
    assertThat(crosswalk.rows())
        .extracting(CrosswalkRow::sourceCode)
        .containsExactlyInAnyOrderElementsOf(codes);
  }

  @Test
  void snomedAndCtv3CrosswalksGiveEachSourceItsOwnLetter() {
    assertTranslates(
        "opensafely-snomed-to-nhs-2001",
        "snomed/opensafely-ethnicity-snomed-0removed_22911876.csv",
        "code",
        "Grouping_16",
        true);
    assertTranslates(
        "primis-snomed-to-nhs-2001",
        "snomed/primis-covid19-vacc-uptake-eth2001.csv",
        "code",
        "grouping_16_id",
        true);
    assertTranslates(
        "nhsd-gdppr-snomed-to-gdppr",
        "snomed/nhsd_gdppr_ethnicity_reference_data_snomed.csv",
        "ConceptId",
        "PrimaryCode",
        false);
    assertTranslates(
        "opensafely-ctv3-to-nhs-2001",
        "ctv3-read/opensafely-ethnicity-ctv3_2020-04-27.csv",
        "Code",
        "Grouping_16",
        true);
  }

  @Test
  void snomedCrosswalksStaySeparateWhereSourcesDisagree() {
    // SCHEMES.md §4.6: 26 of the 82 2001-census concepts disagree between at least two sources.
    List<Crosswalk> both = bundled.crosswalks("snomed-ct-ethnicity", "nhs-ethnic-category-2001");
    assertThat(both)
        .extracting(Crosswalk::id)
        .containsExactly("opensafely-snomed-to-nhs-2001", "primis-snomed-to-nhs-2001");
    // Punjabi: OpenSAFELY H, PRIMIS L.
    assertThat(both.get(0).translate("92641000000107").targetCodes()).containsExactly("H");
    assertThat(both.get(1).translate("92641000000107").targetCodes()).containsExactly("L");
  }

  @Test
  void census2021ToNhsFollowsTheMentalHealthActConvention() {
    Crosswalk crosswalk = bundled.requireCrosswalk("census-2021-to-nhs-2001");
    Scheme census = bundled.requireScheme("ons-census-2021-england-wales");
    Map<String, String> byLabel = new LinkedHashMap<>();
    census.categories().forEach(category -> byLabel.put(category.label(), category.code()));
    for (Map<String, String> row :
        ReferenceCsv.read("census/census2021_to_nhs_ethnic_category_2001_crosswalk.csv")) {
      String code = byLabel.get(row.get("census2021_label"));
      assertThat(crosswalk.translate(code).targetCodes())
          .as(row.get("census2021_label"))
          .containsExactly(row.get("nhs_ethnic_category_2001_code"));
    }
    Crosswalk reverse = bundled.requireCrosswalk("nhs-2001-to-census-2021");
    assertThat(reverse.translate("C").outcome()).isEqualTo(Translation.Outcome.ONE_TO_MANY);
    assertThat(reverse.translate("C").targetCodes()).containsExactlyInAnyOrder("15", "16", "17");
    assertThat(reverse.translate("S").targetCodes()).containsExactlyInAnyOrder("18", "19");
    assertThat(reverse.translate("Z").outcome()).isEqualTo(Translation.Outcome.UNMATCHED);
  }

  @Test
  void everyCategoryOfEverySchemeRollsUpToAHeading() {
    for (Scheme scheme : bundled.schemes()) {
      for (Category category : scheme.categories()) {
        Category heading = scheme.heading(category);
        assertThat(scheme.depth(heading)).as("%s %s", scheme.id(), category).isZero();
        assertThat(heading == category || scheme.ancestors(category).contains(heading)).isTrue();
      }
    }
  }

  @Test
  void everyTranslatedCodeBelongsToTheTargetScheme() {
    for (Crosswalk crosswalk : bundled.crosswalks()) {
      Scheme source = bundled.requireScheme(crosswalk.info().sourceSchemeId());
      Scheme target = bundled.requireScheme(crosswalk.info().targetSchemeId());
      for (Category category : source.categories()) {
        for (String code : crosswalk.translate(category.code()).targetCodes()) {
          assertThat(target.contains(code))
              .as("%s: %s -> %s", crosswalk.id(), category, code)
              .isTrue();
        }
      }
    }
  }

  @Test
  void exampleLocalSchemeRollsUpToNationalCodes() {
    Scheme borough = bundled.requireScheme("example-london-borough");
    List<Category> local = borough.categories().stream().filter(borough::isLocal).toList();
    assertThat(local).hasSize(19);
    Map<String, String> parents = new LinkedHashMap<>();
    local.forEach(c -> parents.put(c.label(), borough.rollUpToBase(c).code()));
    // SNOMED 2001-census groupings (SCHEMES.md §4.3) for the groups it names.
    assertThat(parents)
        .containsEntry("Filipino", "L")
        .containsEntry("Somali", "N")
        .containsEntry("Nigerian", "N")
        .containsEntry("Kurdish", "S")
        .containsEntry("Polish", "C")
        .containsEntry("Vietnamese", "L");
  }

  @Test
  void unknownIdsListTheValidOnes() {
    assertThatThrownBy(() -> bundled.requireScheme("nhs"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageStartingWith("unknown scheme 'nhs'; valid ids: nhs-ethnic-category-2001, ");
    assertThatThrownBy(() -> bundled.requireCrosswalk("x"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageStartingWith("unknown crosswalk 'x'; valid ids: opensafely-snomed-to-nhs-2001,");
  }

  /** A class loader that records the resources read through it. */
  private static final class Recording extends ClassLoader {
    final List<String> read = new java.util.ArrayList<>();

    Recording() {
      super(BundledSchemes.class.getClassLoader());
    }

    @Override
    public java.net.URL getResource(String name) {
      read.add(name);
      return super.getResource(name);
    }
  }

  @Test
  void everyBundledResourceIsNamedAfterItsIdSoThatALookUpReadsOnlyIt() {
    BundledSchemes all = BundledSchemes.get();
    DataIndex own = DataIndex.findAll(BundledSchemes.class.getClassLoader(), "index.json").get(0);
    Map<String, List<String>> ids =
        Map.of(
            "schemes", all.schemes().stream().map(Scheme::id).collect(Collectors.toList()),
            "crosswalks", all.crosswalks().stream().map(Crosswalk::id).collect(Collectors.toList()),
            "examples", all.examples().stream().map(Scheme::id).collect(Collectors.toList()));
    ids.forEach(
        (kind, list) -> {
          List<String> names =
              own.paths(kind).stream()
                  .map(path -> path.substring(path.lastIndexOf('/') + 1))
                  .collect(Collectors.toList());
          assertThat(names).hasSameSizeAs(list);
          for (int i = 0; i < names.size(); i++) {
            assertThat(names.get(i)).as(kind).startsWith(list.get(i) + ".");
          }
        });
    for (String path : own.paths("synonyms")) {
      String id = path.substring(path.lastIndexOf('/') + 1, path.indexOf(".synonyms.json"));
      assertThat(all.synonyms(id)).as(path).isNotEmpty();
    }
  }

  @Test
  void theSchemeCrosswalkAndSynonymsOfTheDefaultRecognitionAreAllThatIsRead() {
    Recording loader = new Recording();
    BundledSchemes onDemand = BundledSchemes.onDemand(loader);
    Scheme scheme = onDemand.requireScheme("nhs-ethnic-category-2001");
    onDemand.recogniser(scheme);
    onDemand.requireCrosswalk("opensafely-snomed-to-nhs-2001");
    // the crosswalk is read with the scheme of its source codes
    assertThat(loader.read)
        .containsExactlyInAnyOrder(
            "org/equalitymonitoring/schemes/nhs-ethnic-category-2001.scheme.json",
            "org/equalitymonitoring/schemes/synonyms/nhs-ethnic-category-2001.synonyms.json",
            "org/equalitymonitoring/schemes/opensafely-snomed-to-nhs-2001.crosswalk.json",
            "org/equalitymonitoring/schemes/snomed-ct-ethnicity.scheme.json");
    // an id named by no file: every resource of its kind is read, once
    assertThat(onDemand.scheme("no-such-scheme")).isEmpty();
    assertThat(onDemand.schemes()).hasSameSizeAs(BundledSchemes.get().schemes());
    assertThat(loader.read).doesNotHaveDuplicates();
  }
}
