package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equalitymonitoring.resolution.SourceIds.AE;
import static org.equalitymonitoring.resolution.SourceIds.APC;
import static org.equalitymonitoring.resolution.SourceIds.GP_JOURNAL;
import static org.equalitymonitoring.resolution.SourceIds.GP_PATIENT;
import static org.equalitymonitoring.resolution.SourceIds.OP;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.resolution.EthnicityRecord;
import org.equalitymonitoring.resolution.Resolution;
import org.equalitymonitoring.resolution.ResolutionPolicy;
import org.equalitymonitoring.resolution.ResolutionRule;
import org.equalitymonitoring.resolution.TiedRecord;
import org.junit.jupiter.api.Test;

/**
 * The presets wired with the bundled data, one test per divergence of issue 10 with the result the
 * published rule gives (reasoning in the comments), the BHF DSC SDE preset, and the bundled HES
 * ETHNOS scheme against its reference file.
 */
class BundledPresetsTest {
  private static final BundledPresets PRESETS = BundledPresets.get();
  private static final String D1 = "2019-03-01";
  private static final String D2 = "2020-06-15";
  private static final String D3 = "2021-11-30";

  // SNOMED CT concepts with the letter NHS Digital's map (ethnicity_reference_data_snomed.csv) and
  // OpenSAFELY's 0removed codelist (Grouping_16) give them; terms from the uk-categories list.
  private static final String CORNISH = "92571000000102"; // NHSD A; OpenSAFELY 1 = A
  private static final String ENGLISH = "110761000000106"; // NHSD A; OpenSAFELY 1 = A
  private static final String INDIAN = "110751000000108"; // NHSD H; OpenSAFELY 8 = H
  private static final String CHINESE = "92511000000107"; // NHSD R; OpenSAFELY 15 = R
  private static final String IRISH_TRAVELLER = "88911000000101"; // NHSD T
  private static final String ARAB = "89001000000105"; // NHSD W
  private static final String HINDU = "110831000000107"; // NHSD L; not in OpenSAFELY's 599

  private static EthnicityRecord rec(String date, String source, String code) {
    return EthnicityRecord.coded(
        "person", Optional.of(LocalDate.parse(date)), source, code, CategoryKind.SUBSTANTIVE);
  }

  private static ResolutionPolicy preset(String name) {
    return PRESETS.requirePreset(name);
  }

  @Test
  void presetsAreLookedUpByName() {
    assertThat(PRESETS.names())
        .containsExactly(
            "nhs-digital-gdppr-recency",
            "nhs-digital-gdppr-modal",
            "opensafely-latest-primary-care",
            "opensafely-most-frequent-secondary-care",
            "cvd-prevent-fill-if-missing",
            "bhf-dsc-sde-curate-ethnicity");
    PRESETS.presets().forEach((name, policy) -> assertThat(policy.name()).isEqualTo(name));
    assertThat(PRESETS.preset("gdppr")).isEmpty();
    assertThatThrownBy(() -> PRESETS.requirePreset("gdppr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "no resolution preset 'gdppr'; presets: nhs-digital-gdppr-recency,");
    assertThat(preset("nhs-digital-gdppr-recency").crosswalkIdBySource())
        .containsExactly(Map.entry(GP_JOURNAL, "nhsd-gdppr-snomed-to-gdppr"));
  }

  @Test
  void gdpprRecencyMapsJournalConceptsBeforeComparing() {
    // Ethnicity_GDPPR+HES_Recent.sql: journal CODE joined to ConceptId, grouped by PrimaryCode.
    // Cornish and English both map to A, so the journal's latest date (D2) holds one ethnicity, A;
    // APC's B (D1) is older. Raw concepts would be two codes on D2: null.
    Resolution r =
        preset("nhs-digital-gdppr-recency")
            .resolve(
                List.of(
                    rec(D2, GP_JOURNAL, CORNISH), rec(D2, GP_JOURNAL, ENGLISH), rec(D1, APC, "B")));
    assertThat(r.code()).contains("A");
    assertThat(r.knownCodes()).containsExactly("A", "B");
  }

  @Test
  void gdpprModalCountsJournalConceptsAsTheirLetters() {
    // Ethnicity_GDPPR+HES_Modal.sql unions (NHS_NUMBER, ETHNICITY, SOURCE) rows, journal ETHNICITY
    // being PrimaryCode: Cornish (D1) and English (D2) are one row (A, "Journal"), A in the patient
    // record a second (A, "Patient"), H one (H, "APC"): A counts 2, H 1, mode A. Raw concepts:
    // four codes once each, more than one mode, null.
    Resolution r =
        preset("nhs-digital-gdppr-modal")
            .resolve(
                List.of(
                    rec(D1, GP_JOURNAL, CORNISH),
                    rec(D2, GP_JOURNAL, ENGLISH),
                    rec(D2, GP_PATIENT, "A"),
                    rec(D3, APC, "H")));
    assertThat(r.code()).contains("A");
    assertThat(r.rule()).isEqualTo(ResolutionRule.MOST_FREQUENT);
    // Without the patient record: (A, "Journal") and (H, "APC") once each, two modes, null.
    assertThat(
            preset("nhs-digital-gdppr-modal")
                .resolve(
                    List.of(
                        rec(D1, GP_JOURNAL, CORNISH),
                        rec(D2, GP_JOURNAL, ENGLISH),
                        rec(D3, APC, "H")))
                .rule())
        .isEqualTo(ResolutionRule.TIE_UNRESOLVED);
  }

  @Test
  void gdpprDropsJournalCodesOutsideItsMap() {
    // "remove non ethnicity snomed codes i.e. nulls": a letter in the journal is not a concept of
    // the map, so only APC's N counts.
    Resolution r =
        preset("nhs-digital-gdppr-recency")
            .resolve(List.of(rec(D3, GP_JOURNAL, "A"), rec(D1, APC, "N")));
    assertThat(r.code()).contains("N");
  }

  @Test
  void openSafelyLatestKeepsToItsCodelist() {
    // clinical_events.where(snomedct_code.is_in(codelist)): Hindu 2001 (D3) is not among the 599
    // codes, so the latest codelist event is Chinese (D2), Grouping_16 15 = R. The earlier preset
    // let Hindu win.
    Resolution r =
        preset("opensafely-latest-primary-care")
            .resolve(
                List.of(
                    rec(D1, GP_JOURNAL, INDIAN),
                    rec(D2, GP_JOURNAL, CHINESE),
                    rec(D3, GP_JOURNAL, HINDU)));
    assertThat(r.code()).contains("R");
    assertThat(r.rule()).isEqualTo(ResolutionRule.LATEST);
    assertThat(r.knownCodes()).containsExactly("H", "R");
  }

  @Test
  void cvdPreventStartsFromThePatientRecordCode() {
    // ethnicity_enhance.md: the CVDP ethnicity_code (GDPPR.Patient) is kept unless invalid or
    // more than one on the most recent record. Patient field H (D1); a later journal concept (D3,
    // English = A) does not move it. The earlier preset took the journal first and gave A.
    Resolution r =
        preset("cvd-prevent-fill-if-missing")
            .resolve(List.of(rec(D1, GP_PATIENT, "H"), rec(D3, GP_JOURNAL, ENGLISH)));
    assertThat(r.code()).contains("H");
    assertThat(r.rule()).isEqualTo(ResolutionRule.PRIMARY_SOURCE);
  }

  @Test
  void sdeChoosesByPriorityBeforeDate() {
    // priority_index gdppr_snomed 1, gdppr 2, hes_apc 3, hes_op 4, hes_ae 4; order by priority,
    // then record_date desc. The journal's English (D1, A) beats a later APC N (D3). Among journal
    // records, the latest (D2, Arab = W) wins over D1.
    Resolution r =
        preset("bhf-dsc-sde-curate-ethnicity")
            .resolve(
                List.of(
                    rec(D1, GP_JOURNAL, ENGLISH), rec(D2, GP_JOURNAL, ARAB), rec(D3, APC, "N")));
    assertThat(r.code()).contains("W");
    assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_BROKEN_BY_LATEST);
    assertThat(r.tiedAtCategory()).isFalse();
  }

  @Test
  void sdeConsidersOnlyRecordsDatedFrom1900ToToday() {
    // Every extraction of curate_ethnicity.py filters "record_date IS NOT NULL", and
    // ethnicity_record_selection keeps min_record_date '1900-01-01' to max_record_date
    // 'current_date()'. So the journal's undated, 1899 and far-future records are all left out and
    // the best source left is the patient field: its M. (Kept, the undated journal English would
    // have won on priority.)
    Resolution r =
        preset("bhf-dsc-sde-curate-ethnicity")
            .resolve(
                List.of(
                    EthnicityRecord.coded(
                        "person", Optional.empty(), GP_JOURNAL, ENGLISH, CategoryKind.SUBSTANTIVE),
                    rec("1899-12-31", GP_JOURNAL, ARAB),
                    rec("9999-01-01", GP_JOURNAL, INDIAN),
                    rec(D1, GP_PATIENT, "M")));
    assertThat(r.code()).contains("M");
    assertThat(r.recordsConsidered()).isEqualTo(1);
  }

  @Test
  void sdeDropsItsNullCodesAndMapsPre2003ApcCodes() {
    // ethnicity_18_null_codes '', X, Z, 99: the patient field's Z and 99 are dropped, so APC is
    // the best source left. Its ETHNOS 4 (D2) maps to H (ethnicity_categories_pre_2003.csv) and is
    // later than its M (D1).
    Resolution r =
        preset("bhf-dsc-sde-curate-ethnicity")
            .resolve(
                List.of(
                    rec(D3, GP_PATIENT, "Z"),
                    rec(D3, GP_PATIENT, "99"),
                    rec(D1, APC, "M"),
                    rec(D2, APC, "4")));
    assertThat(r.code()).contains("H");
    assertThat(r.knownCodes()).containsExactly("H", "M");
  }

  @Test
  void sdeFlagsATieOfCategoriesWithinOneBroadGroup() {
    // Journal on D2: English (A) and Irish Traveller (T): ethnicity_18 tie (A, T), both White in
    // ethnicity_categories.csv, so no ethnicity_5 tie. The pipeline then picks one row at random.
    Resolution r =
        preset("bhf-dsc-sde-curate-ethnicity")
            .resolve(
                List.of(
                    rec(D2, GP_JOURNAL, ENGLISH),
                    rec(D2, GP_JOURNAL, IRISH_TRAVELLER),
                    rec(D3, OP, "N")));
    assertThat(r.code()).isEmpty();
    assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_UNRESOLVED);
    assertThat(r.tiedAtCategory()).isTrue();
    assertThat(r.tiedAtBroadGroup()).isFalse();
    assertThat(r.tiedRecords())
        .containsExactly(
            TiedRecord.of(GP_JOURNAL, "A", Optional.of("White")),
            TiedRecord.of(GP_JOURNAL, "T", Optional.of("White")));
  }

  @Test
  void sdeFlagsATieOfBroadGroupsAcrossSourcesOfEqualPriority() {
    // No GP record; hes_op and hes_ae share priority 4; on D3, OP says R (Asian or Asian British)
    // and AE says S (Other ethnic group): a tie at both levels. APC's K (D1) ranks 3, above them.
    Resolution withApc =
        preset("bhf-dsc-sde-curate-ethnicity")
            .resolve(List.of(rec(D1, APC, "K"), rec(D3, OP, "R"), rec(D3, AE, "S")));
    assertThat(withApc.code()).contains("K");
    Resolution r =
        preset("bhf-dsc-sde-curate-ethnicity")
            .resolve(List.of(rec(D3, OP, "R"), rec(D3, AE, "S"), rec(D1, AE, "A")));
    assertThat(r.code()).isEmpty();
    assertThat(r.tiedAtCategory()).isTrue();
    assertThat(r.tiedAtBroadGroup()).isTrue();
    assertThat(r.tiedRecords())
        .containsExactly(
            TiedRecord.of(AE, "S", Optional.of("Other ethnic group")),
            TiedRecord.of(OP, "R", Optional.of("Asian or Asian British")));
  }

  @Test
  void hesEthnosSchemeHasTheCodesAndLabelsOfItsReferenceFile() {
    List<Map<String, String>> rows = ReferenceCsv.read("nhs/hes_ethnos_pre2003.csv");
    Scheme ethnos = BundledSchemes.get().requireScheme("hes-ethnos-pre-2003");
    assertThat(ethnos.categories().stream().map(Category::code))
        .containsExactlyElementsOf(rows.stream().map(row -> row.get("code")).toList());
    for (Map<String, String> row : rows) {
      assertThat(ethnos.requireCategory(row.get("code")).label()).isEqualTo(row.get("label"));
    }
  }

  @Test
  void hesEthnosCrosswalkTranslatesEachCodeAsItsReferenceFileSays() {
    Crosswalk crosswalk = BundledSchemes.get().requireCrosswalk("hes-ethnos-pre-2003-to-nhs-2001");
    assertThat(crosswalk.info().targetSchemeId()).isEqualTo("nhs-ethnic-category-2001");
    List<Map<String, String>> rows = ReferenceCsv.read("nhs/hes_ethnos_pre2003.csv");
    assertThat(rows).hasSize(11);
    for (Map<String, String> row : rows) {
      assertThat(crosswalk.translate(row.get("code")).targetCodes())
          .as(row.get("code"))
          .containsExactly(row.get("mapped_2001_code"));
    }
  }
}
