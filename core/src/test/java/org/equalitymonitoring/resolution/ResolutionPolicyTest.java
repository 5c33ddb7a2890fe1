package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equalitymonitoring.resolution.JournalMap.concept;
import static org.equalitymonitoring.resolution.Records.blank;
import static org.equalitymonitoring.resolution.Records.list;
import static org.equalitymonitoring.resolution.Records.rec;
import static org.equalitymonitoring.resolution.SourceIds.AE;
import static org.equalitymonitoring.resolution.SourceIds.APC;
import static org.equalitymonitoring.resolution.SourceIds.GP_JOURNAL;
import static org.equalitymonitoring.resolution.SourceIds.GP_PATIENT;
import static org.equalitymonitoring.resolution.SourceIds.OP;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ResolutionPolicyTest {

  private static final String D1 = "2019-03-01";
  private static final String D2 = "2020-06-15";
  private static final String D3 = "2021-11-30";

  // ========================================================================== NHS Digital GDPPR

  /**
   * USERS-AND-METRICS.md §1.2, GDPPR ethnicity asset, recency method: "drop unknowns → pick most
   * recent record → conflicts resolved by source priority Journal > Patient > APC > AE > OP → if
   * the top-priority source still gives different codes on the latest date, set to null".
   * SCHEMES.md §1.4: Z, 99, X, x, 9, '', ' ' and z are removed as unknown.
   */
  @Nested
  class NhsDigitalGdpprRecency {
    private final ResolutionPolicy policy =
        ResolutionPolicy.nhsDigitalGdpprRecency(JournalMap.CROSSWALK);

    @Test
    void journalBeatsPatientFieldOnTheSameLatestDate() {
      // "conflicts resolved by source priority Journal > Patient"
      Resolution r =
          policy.resolve(list(rec(D2, GP_PATIENT, "B"), rec(D2, GP_JOURNAL, concept("A"))));
      assertThat(r.code()).contains("A");
      assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_BROKEN_BY_SOURCE_PRIORITY);
      assertThat(r.knownCodes()).containsExactly("A", "B");
      assertThat(r.hasConflict()).isTrue();
    }

    @Test
    void twoJournalConceptsMeaningTheSameLetterOnTheLatestDateGiveThatLetter() {
      // Divergence fixed (issue 10). Ethnicity_GDPPR+HES_Recent.sql joins journal codes to the
      // SNOMED map and groups by PrimaryCode: Cornish and English both map to A, so the latest
      // date holds one ethnicity, A. Comparing raw concepts gave two codes and so null.
      Resolution r =
          policy.resolve(
              list(
                  rec(D2, GP_JOURNAL, concept("A")),
                  rec(D2, GP_JOURNAL, JournalMap.ENGLISH),
                  rec(D1, APC, "N")));
      assertThat(r.code()).contains("A");
      assertThat(r.rule()).isEqualTo(ResolutionRule.LATEST);
      assertThat(r.knownCodes()).containsExactly("A", "N");
    }

    @Test
    void journalConceptsOutsideTheMapAreDropped() {
      // "remove non ethnicity snomed codes i.e. nulls" (PrimaryCode null after the left join):
      // Hindu (D3) is not in the map, so the latest known record is APC's N (D2).
      Resolution r = policy.resolve(list(rec(D3, GP_JOURNAL, JournalMap.HINDU), rec(D2, APC, "N")));
      assertThat(r.code()).contains("N");
      assertThat(r.rule()).isEqualTo(ResolutionRule.ONLY_KNOWN_CODE);
      assertThat(r.recordsConsidered()).isEqualTo(2);
    }

    @Test
    void twoJournalCodesOnTheLatestDateGiveNull() {
      // "if the top-priority source still gives different codes on the latest date, set to null"
      Resolution r =
          policy.resolve(
              list(
                  rec(D3, GP_JOURNAL, concept("H")),
                  rec(D3, GP_JOURNAL, concept("J")),
                  rec(D3, APC, "H"),
                  rec(D1, GP_JOURNAL, concept("H"))));
      assertThat(r.code()).isEmpty();
      assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_UNRESOLVED);
      assertThat(r.knownCodes()).containsExactly("H", "J");
      assertThat(r.recordsConsidered()).isEqualTo(4);
    }

    @Test
    void unknownLatestRecordIsDroppedAndThePreviousKnownOneWins() {
      // "drop unknowns → pick most recent record"
      Resolution r =
          policy.resolve(
              list(
                  rec(D1, GP_JOURNAL, concept("A")),
                  rec(D2, GP_JOURNAL, concept("H")),
                  rec(D3, GP_JOURNAL, concept("Z"))));
      assertThat(r.code()).contains("H");
      assertThat(r.rule()).isEqualTo(ResolutionRule.LATEST);
      assertThat(r.knownCodes()).containsExactly("A", "H");
      assertThat(r.recordsConsidered()).isEqualTo(3);
    }

    @Test
    void everyUnknownOfTheAssetIsDropped() {
      // SCHEMES.md §1.4: "X, x, 9, '', ' ' removed; also z", Z and 99 removed
      Resolution r =
          policy.resolve(
              list(
                  rec(D1, GP_JOURNAL, concept("Z")),
                  rec(D1, GP_PATIENT, "z"),
                  rec(D2, APC, "X"),
                  rec(D2, AE, "x"),
                  rec(D3, OP, "99"),
                  rec(D3, OP, "9"),
                  blank(D3, APC)));
      assertThat(r.code()).isEmpty();
      assertThat(r.rule()).isEqualTo(ResolutionRule.NO_KNOWN_RECORD);
      assertThat(r.knownCodes()).isEmpty();
      assertThat(r.recordsConsidered()).isEqualTo(7);
    }

    @Test
    void aLaterHospitalRecordBeatsAnEarlierJournalRecord() {
      // "pick most recent record" comes before source priority
      Resolution r = policy.resolve(list(rec(D1, GP_JOURNAL, concept("A")), rec(D2, OP, "N")));
      assertThat(r.code()).contains("N");
      assertThat(r.rule()).isEqualTo(ResolutionRule.LATEST);
    }

    @Test
    void hospitalSourcesFollowThePriorityApcThenAeThenOp() {
      // "source priority Journal > Patient > APC > AE > OP"
      assertThat(policy.resolve(list(rec(D2, OP, "M"), rec(D2, AE, "N"))).code()).contains("N");
      assertThat(policy.resolve(list(rec(D2, AE, "M"), rec(D2, APC, "P"))).code()).contains("P");
    }

    @Test
    void recordsOfOtherSourcesAreNotRead() {
      // The asset reads five sources only.
      Resolution r =
          policy.resolve(list(rec(D1, GP_JOURNAL, concept("A")), rec(D3, "community", "N")));
      assertThat(r.code()).contains("A");
      assertThat(r.rule()).isEqualTo(ResolutionRule.ONLY_KNOWN_CODE);
      assertThat(r.recordsConsidered()).isEqualTo(1);
    }

    @Test
    void describesItself() {
      assertThat(policy.name()).isEqualTo("nhs-digital-gdppr-recency");
      assertThat(policy.strategy()).isEqualTo(ResolutionStrategy.LATEST);
      assertThat(policy.sourcePriority()).containsExactly(GP_JOURNAL, GP_PATIENT, APC, AE, OP);
      assertThat(policy.tieRules()).containsExactly(TieRule.SOURCE_PRIORITY, TieRule.NULL);
      assertThat(policy.unknown().codes()).containsExactly("9", "99", "X", "Z");
      assertThat(policy.toString()).contains("nhs-digital-gdppr-recency", "LATEST");
    }
  }

  /**
   * USERS-AND-METRICS.md §1.2, GDPPR ethnicity asset: "Modal method: modal code; >1 mode → null".
   *
   * <p>How the mode is counted, from {@code NHSDigital/GDPPR_Analytical_Code@12cde507
   * Ethnic_Category/Ethnicity_GDPPR+HES_Modal.sql}:
   *
   * <pre>
   * CREATE OR REPLACE TEMPORARY VIEW ALL_SOURCES_ETHNICITY_JOINED AS
   * SELECT NHS_NUMBER, ETHNICITY, "Journal" AS SOURCE FROM JOURNAL_GROUPBY
   * UNION
   * SELECT NHS_NUMBER, ETHNICITY, "Patient" AS SOURCE FROM PATIENT_GROUPBY
   * UNION
   * SELECT NEWNHSNO AS NHS_NUMBER, ETHNOS AS ETHNICITY, "OP" AS SOURCE FROM OP_5_YEAR WHERE ...
   * UNION ... "AE" ... UNION ... "APC" ...
   *
   * SELECT NHS_NUMBER, ETHNICITY, COUNT(*) AS COUNT FROM ALL_SOURCES_ETHNICITY_JOINED
   * GROUP BY NHS_NUMBER, ETHNICITY                               -- JOURNALS_PER_ETHNICITY
   * ... MAX(COUNT) AS MAX_COUNT ...                              -- MAX_COUNT_ETHNICITY
   * ... WHERE COUNT_ETHNICITIES = 1                              -- ETHNICITY_ASSET_MODAL
   * </pre>
   *
   * <p>The unioned rows hold person, code and source only: no date (JOURNAL_GROUPBY's RECORD_DATE
   * and PATIENT_GROUPBY's REPORTING_PERIOD_END_DATE are not selected) and no count. Spark's {@code
   * UNION} is {@code UNION DISTINCT}: it keeps each (person, code, source) row once, even when one
   * branch yields it many times. So COUNT per person and code is the number of sources that record
   * the code, and the mode is the code recorded in most sources; more than one such code → null.
   */
  @Nested
  class NhsDigitalGdpprModal {
    private final ResolutionPolicy policy =
        ResolutionPolicy.nhsDigitalGdpprModal(JournalMap.CROSSWALK);

    @Test
    void theModalCodeWinsOverAMoreRecentOne() {
      Resolution r =
          policy.resolve(
              list(rec(D1, APC, "K"), rec(D2, OP, "K"), rec(D3, GP_JOURNAL, concept("L"))));
      assertThat(r.code()).contains("K");
      assertThat(r.rule()).isEqualTo(ResolutionRule.MOST_FREQUENT);
    }

    @Test
    void journalConceptsCountAsTheLetterTheMapGivesThem() {
      // Divergence fixed (issue 10). The journal rows carry PrimaryCode, the map's letter: Cornish
      // (journal) and A (patient record) are the rows (Journal, A) and (Patient, A) against
      // (APC, N), so A counts 2, N 1: mode A. Raw concepts would give three codes once each: null.
      Resolution r =
          policy.resolve(
              list(rec(D1, GP_JOURNAL, concept("A")), rec(D2, GP_PATIENT, "A"), rec(D3, APC, "N")));
      assertThat(r.code()).contains("A");
      assertThat(r.rule()).isEqualTo(ResolutionRule.MOST_FREQUENT);
    }

    @Test
    void aCodeInTwoSourcesBeatsOneRecordedThreeTimesInOneSource() {
      // Divergence fixed (issue 10). Journal A on D1, D2 and D3 is one row (NHS_NUMBER, "A",
      // "Journal") after UNION; B gives (B, "Patient") and (B, "APC"). COUNT: A 1, B 2 → B.
      // Counting every record gave A 3, B 2 → A.
      Resolution r =
          policy.resolve(
              list(
                  rec(D1, GP_JOURNAL, concept("A")),
                  rec(D2, GP_JOURNAL, concept("A")),
                  rec(D3, GP_JOURNAL, concept("A")),
                  rec(D1, GP_PATIENT, "B"),
                  rec(D2, APC, "B")));
      assertThat(r.code()).contains("B");
      assertThat(r.rule()).isEqualTo(ResolutionRule.MOST_FREQUENT);
      assertThat(r.knownCodes()).containsExactly("A", "B");
    }

    @Test
    void aCodeRecordedOftenInOneSourceTiesWithACodeOnceInAnother() {
      // UNION rows: (A, "Journal") from three journal records, (B, "APC") once. COUNT: A 1, B 1,
      // MAX_COUNT 1, COUNT_ETHNICITIES 2 → the person is left out (null). Counting every record
      // gave A 3, B 1 → A. The two journal concepts for A (Cornish, English) are one row too.
      Resolution r =
          policy.resolve(
              list(
                  rec(D1, GP_JOURNAL, concept("A")),
                  rec(D2, GP_JOURNAL, JournalMap.ENGLISH),
                  rec(D3, GP_JOURNAL, concept("A")),
                  rec(D1, APC, "B")));
      assertThat(r.code()).isEmpty();
      assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_UNRESOLVED);
      assertThat(r.tiedRecords())
          .containsExactly(
              TiedRecord.of(APC, "B", Optional.empty()),
              TiedRecord.of(GP_JOURNAL, "A", Optional.empty()));
    }

    @Test
    void describesItself() {
      assertThat(policy.strategy()).isEqualTo(ResolutionStrategy.MOST_FREQUENT);
      assertThat(policy.countsEachCodeOncePerSource()).isTrue();
      assertThat(policy.toString()).contains("eachCodeOncePerSource=true");
    }

    @Test
    void moreThanOneModeGivesNullEvenWhereSourcePriorityCouldDecide() {
      // ">1 mode → null"
      Resolution r = policy.resolve(list(rec(D3, GP_JOURNAL, concept("K")), rec(D1, OP, "L")));
      assertThat(r.code()).isEmpty();
      assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_UNRESOLVED);
      assertThat(r.knownCodes()).containsExactly("K", "L");
    }

    @Test
    void unknownsAreNotCounted() {
      Resolution r =
          policy.resolve(
              list(rec(D1, APC, "Z"), rec(D2, APC, "Z"), rec(D2, AE, "X"), rec(D3, OP, "S")));
      assertThat(r.code()).contains("S");
      assertThat(r.rule()).isEqualTo(ResolutionRule.ONLY_KNOWN_CODE);
    }
  }

  // ================================================================================ OpenSAFELY

  /**
   * USERS-AND-METRICS.md §1.1, ehrQL how-to "Finding each patient's ethnicity":
   * "clinical_events.where(snomedct_code.is_in(codelist)).sort_by(date).last_for_patient()", with a
   * codelist from which "6 – Not stated" is deliberately excluded.
   */
  @Nested
  class OpenSafelyLatestPrimaryCare {
    private final ResolutionPolicy policy =
        ResolutionPolicy.openSafelyLatestPrimaryCare(JournalMap.CROSSWALK);

    @Test
    void theLastPrimaryCareCodeWins() {
      Resolution r =
          policy.resolve(
              list(rec(D3, GP_JOURNAL, concept("H")), rec(D1, GP_JOURNAL, concept("A"))));
      assertThat(r.code()).contains("H");
      assertThat(r.rule()).isEqualTo(ResolutionRule.LATEST);
    }

    @Test
    void conceptsOutsideTheCodelistAndHospitalRecordsAreNotClinicalEvents() {
      // snomedct_code.is_in(codelist): Hindu (D2, CODED) is not in the codelist and cannot win
      Resolution r =
          policy.resolve(
              list(
                  rec(D1, GP_JOURNAL, concept("A")),
                  rec(D2, GP_JOURNAL, JournalMap.HINDU),
                  rec(D3, APC, "N")));
      assertThat(r.code()).contains("A");
      assertThat(r.rule()).isEqualTo(ResolutionRule.ONLY_KNOWN_CODE);
      assertThat(r.recordsConsidered()).isEqualTo(2);
    }

    @Test
    void twoCodesOnTheLastDateGiveNoCodeRatherThanAnArbitraryRow() {
      Resolution r =
          policy.resolve(
              list(rec(D2, GP_JOURNAL, concept("H")), rec(D2, GP_JOURNAL, concept("A"))));
      assertThat(r.code()).isEmpty();
      assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_UNRESOLVED);
    }
  }

  /**
   * USERS-AND-METRICS.md §1.1: "most frequent code across APCS + EC + OPA, excluding NULL, 99 and
   * codes starting Z"; "APCS/OPA carry a 2-char code – national letter + optional local char – only
   * the first (national) char is counted". SCHEMES.md §1.4: "ties → lexically greatest code".
   */
  @Nested
  class OpenSafelyMostFrequentSecondaryCare {
    private final ResolutionPolicy policy = ResolutionPolicy.openSafelyMostFrequentSecondaryCare();

    @Test
    void twoCharacterCodesCountWithTheirNationalLetter() {
      // "only the first (national) char is counted": CA and C are both C
      Resolution r =
          policy.resolve(
              list(rec(D1, APC, "CA"), rec(D2, OP, "C"), rec(D3, AE, "A"), rec(D3, APC, "B")));
      assertThat(r.code()).contains("C");
      assertThat(r.rule()).isEqualTo(ResolutionRule.MOST_FREQUENT);
      assertThat(r.knownCodes()).containsExactly("A", "B", "C");
    }

    @Test
    void nullNinetyNineAndCodesStartingZAreExcluded() {
      // "excluding NULL, 99 and codes starting Z"
      Resolution r =
          policy.resolve(
              list(
                  rec(D1, APC, "Z"),
                  rec(D1, APC, "ZA"),
                  rec(D1, OP, "Z9"),
                  rec(D2, AE, "99"),
                  rec(D2, OP, "99"),
                  blank(D2, APC),
                  blank(D2, APC),
                  rec(D3, OP, "NA")));
      assertThat(r.code()).contains("N");
      assertThat(r.rule()).isEqualTo(ResolutionRule.ONLY_KNOWN_CODE);
      assertThat(r.recordsConsidered()).isEqualTo(8);
    }

    @Test
    void aTieGoesToTheLexicallyGreatestCode() {
      // "ties → lexically greatest code", whatever the dates and sources
      Resolution r =
          policy.resolve(
              list(rec(D3, APC, "A"), rec(D3, APC, "A"), rec(D1, OP, "MA"), rec(D1, OP, "M")));
      assertThat(r.code()).contains("M");
      assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_BROKEN_LEXICALLY);
    }

    @Test
    void primaryCareRecordsAreNotSus() {
      Resolution r =
          policy.resolve(
              list(
                  rec(D1, GP_JOURNAL, concept("A")),
                  rec(D1, GP_JOURNAL, concept("A")),
                  rec(D2, OP, "R")));
      assertThat(r.code()).contains("R");
      assertThat(r.recordsConsidered()).isEqualTo(1);
    }
  }

  // ================================================================================ CVD PREVENT

  /**
   * NHSDigital/cvd-prevent-tool documentation/ethnicity_enhance.md: patients are enhanced only with
   * "no valid ethnicity value recorded against any of their CVDP records" or "more than one
   * ethnicity value recorded against their most recent CVDP record"; the CVDP record's
   * ethnicity_code is GDPPR.Patient ("All options use the most recent CVDP patient ethnicity");
   * enhancement priority "GDPPR-Journal, GDPPR-Patient, HES-APC, HES-AE, HES-OP"; invalid: "Z",
   * "z", "X", "x", "99", "9", "", " ".
   */
  @Nested
  class CvdPreventFillIfMissing {
    private final ResolutionPolicy policy =
        ResolutionPolicy.cvdPreventFillIfMissing(JournalMap.CROSSWALK);

    @Test
    void thePatientRecordCodeComesFirstEvenIfALaterJournalCodeDiffers() {
      // Divergence fixed (issue 10): the published algorithm keeps the patient-record code (B);
      // the earlier preset took the GP journal (H, later) as primary and gave H.
      Resolution r =
          policy.resolve(
              list(rec(D1, GP_PATIENT, "B"), rec(D3, GP_JOURNAL, concept("H")), rec(D3, APC, "H")));
      assertThat(r.code()).contains("B");
      assertThat(r.rule()).isEqualTo(ResolutionRule.PRIMARY_SOURCE);
      assertThat(r.underlyingRule()).contains(ResolutionRule.ONLY_KNOWN_CODE);
      assertThat(r.knownCodes()).containsExactly("B", "H");
      assertThat(r.recordsConsidered()).isEqualTo(3);
    }

    @Test
    void aPatientWithNoValidPatientRecordCodeIsEnhancedFromOtherSources() {
      // "no valid ethnicity value recorded against any of their CVDP records": Z and 9 are
      // invalid; the latest other known record is M (APC, D2), later than P (AE, D1).
      Resolution r =
          policy.resolve(
              list(
                  rec(D3, GP_PATIENT, "Z"),
                  rec(D1, GP_PATIENT, "9"),
                  rec(D1, AE, "P"),
                  rec(D2, APC, "M"),
                  blank(D3, OP)));
      assertThat(r.code()).contains("M");
      assertThat(r.rule()).isEqualTo(ResolutionRule.FILLED_FROM_SECONDARY);
      assertThat(r.underlyingRule()).contains(ResolutionRule.LATEST);
    }

    @Test
    void aPatientWithMoreThanOneCodeOnTheMostRecentRecordIsEnhanced() {
      // "more than one ethnicity value recorded against their most recent CVDP record": A and B on
      // D2; enhancement by recency: the journal concept of D3 (B) is the most recent record.
      Resolution r =
          policy.resolve(
              list(
                  rec(D2, GP_PATIENT, "A"),
                  rec(D2, GP_PATIENT, "B"),
                  rec(D3, GP_JOURNAL, concept("B"))));
      assertThat(r.code()).contains("B");
      assertThat(r.rule()).isEqualTo(ResolutionRule.FILLED_FROM_SECONDARY);
    }

    @Test
    void enhancementFollowsThePriorityOfSources() {
      // "GDPPR-Journal, GDPPR-Patient, HES-APC, HES-AE, HES-OP": no patient record; on D2 the
      // journal (H) outranks APC (J) and OP (K).
      Resolution r =
          policy.resolve(
              list(rec(D2, GP_JOURNAL, concept("H")), rec(D2, APC, "J"), rec(D2, OP, "K")));
      assertThat(r.code()).contains("H");
      assertThat(r.rule()).isEqualTo(ResolutionRule.FILLED_FROM_SECONDARY);
      assertThat(r.underlyingRule()).contains(ResolutionRule.TIE_BROKEN_BY_SOURCE_PRIORITY);
    }

    @Test
    void aTieNothingResolvesGivesNoCode() {
      Resolution r =
          policy.resolve(
              list(rec(D2, GP_JOURNAL, concept("A")), rec(D2, GP_JOURNAL, concept("B"))));
      assertThat(r.code()).isEmpty();
      assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_UNRESOLVED);
      assertThat(r.underlyingRule()).isEmpty();
      assertThat(r.tiedRecords())
          .containsExactly(
              TiedRecord.of(GP_JOURNAL, "A", Optional.empty()),
              TiedRecord.of(GP_JOURNAL, "B", Optional.empty()));
    }

    @Test
    void noKnownRecordAnywhereGivesNoCode() {
      Resolution r = policy.resolve(list(rec(D2, GP_JOURNAL, concept("Z")), rec(D3, APC, "99")));
      assertThat(r.rule()).isEqualTo(ResolutionRule.NO_KNOWN_RECORD);
      assertThat(r.recordsConsidered()).isEqualTo(2);
    }

    @Test
    void isBuiltOfAPrimaryAndAFallbackPolicy() {
      assertThat(policy.strategy()).isEqualTo(ResolutionStrategy.FILL_IF_MISSING);
      assertThat(policy.primary().orElseThrow().sources()).contains(Set.of(GP_PATIENT));
      assertThat(policy.fallback().orElseThrow().sourcePriority())
          .containsExactly(GP_JOURNAL, GP_PATIENT, APC, AE, OP);
      assertThat(policy.sources().orElseThrow())
          .containsExactlyInAnyOrder(GP_JOURNAL, GP_PATIENT, APC, AE, OP);
      assertThat(policy.tieRules()).isEmpty();
      assertThat(policy.toString())
          .contains("cvd-prevent-fill-if-missing", "primary=", "fallback=");
    }
  }

  // ============================================================================ custom policies

  @Nested
  class CustomPolicies {

    @Test
    void modeWithTiesBrokenByRecencyAsAurumpipelineDoes() {
      // USERS-AND-METRICS.md §1.3: aurumpipeline::add_ethnicity, "mode, ties broken by most recent"
      ResolutionPolicy aurum =
          ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
              .tieRules(TieRule.LATEST, TieRule.NULL)
              .build();
      Resolution r =
          aurum.resolve(
              list(
                  rec(D1, GP_JOURNAL, "A"),
                  rec(D3, GP_JOURNAL, "A"),
                  rec(D2, GP_JOURNAL, "B"),
                  rec(D2, GP_JOURNAL, "B"),
                  rec(D3, GP_JOURNAL, "C")));
      // A and B both twice; A's latest record (D3) is later than B's (D2)
      assertThat(r.code()).contains("A");
      assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_BROKEN_BY_LATEST);
    }

    @Test
    void modeWithTiesBrokenBySourcePriorityAsCohortExtractorIssue498Proposes() {
      // USERS-AND-METRICS.md §1.1: "prioritise source order APC > A&E > OP"
      ResolutionPolicy policy =
          ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
              .sourcePriority(List.of(APC, AE, OP))
              .tieRules(TieRule.SOURCE_PRIORITY, TieRule.LEXICALLY_GREATEST)
              .build();
      Resolution r =
          policy.resolve(
              list(rec(D1, OP, "S"), rec(D1, OP, "S"), rec(D1, AE, "R"), rec(D2, OP, "R")));
      assertThat(r.code()).contains("R");
      assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_BROKEN_BY_SOURCE_PRIORITY);
    }

    @Test
    void sourcePriorityStrategyTakesTheBestSourceThenItsTieRules() {
      ResolutionPolicy policy =
          ResolutionPolicy.builder(ResolutionStrategy.SOURCE_PRIORITY)
              .sourcePriority(List.of(APC, AE))
              .tieRules(TieRule.LATEST, TieRule.NULL)
              .build();
      assertThat(policy.resolve(list(rec(D1, AE, "A"), rec(D3, OP, "B"), rec(D2, AE, "A"))))
          .satisfies(
              r -> {
                assertThat(r.code()).contains("A");
                assertThat(r.rule()).isEqualTo(ResolutionRule.HIGHEST_PRIORITY_SOURCE);
              });
      assertThat(policy.resolve(list(rec(D1, APC, "A"), rec(D2, APC, "H"), rec(D3, AE, "N"))))
          .satisfies(
              r -> {
                assertThat(r.code()).contains("H");
                assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_BROKEN_BY_LATEST);
              });
    }

    @Test
    void mostFrequentCountsRecordsUnlessToldToCountSources() {
      // A: three APC records, one source. B: one OP and one AE record, two sources.
      List<EthnicityRecord> records =
          list(
              rec(D1, APC, "A"),
              rec(D2, APC, "A"),
              rec(D3, APC, "A"),
              rec(D1, OP, "B"),
              rec(D2, AE, "B"));
      // Records: A 3, B 2 → A.
      assertThat(
              ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
                  .build()
                  .resolve(records)
                  .code())
          .contains("A");
      // Sources: A 1, B 2 → B.
      assertThat(
              ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
                  .countEachCodeOncePerSource(true)
                  .build()
                  .resolve(records)
                  .code())
          .contains("B");
    }

    @Test
    void anUndatedRecordIsOlderThanAnyDatedRecord() {
      ResolutionPolicy latest = ResolutionPolicy.builder(ResolutionStrategy.LATEST).build();
      assertThat(latest.resolve(list(rec(null, GP_PATIENT, "B"), rec(D1, APC, "A"))).code())
          .contains("A");
      assertThat(latest.resolve(list(rec(null, GP_PATIENT, "B"), rec(null, APC, "A"))).rule())
          .isEqualTo(ResolutionRule.TIE_UNRESOLVED);
    }

    @Test
    void tieRulesNarrowInTheirOrder() {
      ResolutionPolicy policy =
          ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
              .sourcePriority(List.of(APC))
              .tieRules(TieRule.SOURCE_PRIORITY, TieRule.LATEST, TieRule.LEXICALLY_GREATEST)
              .build();
      // A, B, C once each; A and B from APC; both on D2 → lexically greatest B
      Resolution r = policy.resolve(list(rec(D2, APC, "A"), rec(D2, APC, "B"), rec(D3, OP, "C")));
      assertThat(r.code()).contains("B");
      assertThat(r.rule()).isEqualTo(ResolutionRule.TIE_BROKEN_LEXICALLY);
      // No tie rule: a tie gives no code.
      ResolutionPolicy none =
          ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT).tieRules().build();
      assertThat(none.resolve(list(rec(D2, APC, "A"), rec(D2, APC, "B"))).rule())
          .isEqualTo(ResolutionRule.TIE_UNRESOLVED);
      // Tie rules that do not decide leave the tie unresolved.
      ResolutionPolicy notEnough =
          ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
              .tieRules(TieRule.LATEST)
              .build();
      assertThat(notEnough.resolve(list(rec(D2, APC, "A"), rec(D2, APC, "B"))).rule())
          .isEqualTo(ResolutionRule.TIE_UNRESOLVED);
    }

    @Test
    void sourcesOfEqualRankAndBroadGroupsReportTiesAtBothLevels() {
      // Priority journal 1, APC 2, OP 2, AE 2; then latest; then null. On D3, OP says B and AE says
      // H: a tie of codes (B, H) and of broad groups (White, Asian). On D2, OP says A and AE says
      // B: a tie of codes but not of broad groups (both White).
      ResolutionPolicy policy =
          ResolutionPolicy.builder(ResolutionStrategy.SOURCE_PRIORITY)
              .sourceRanks(java.util.Map.of(GP_JOURNAL, 1, APC, 2, OP, 2, AE, 2))
              .unknown(UnknownDefinition.of(Set.of(), Set.of("Z"), Set.of()))
              .broadGroups(java.util.Map.of("A", "White", "B", "White", "H", "Asian"))
              .tieRules(TieRule.LATEST, TieRule.NULL)
              .build();
      Resolution both = policy.resolve(list(rec(D1, OP, "A"), rec(D3, OP, "B"), rec(D3, AE, "H")));
      assertThat(both.code()).isEmpty();
      assertThat(both.rule()).isEqualTo(ResolutionRule.TIE_UNRESOLVED);
      assertThat(both.tiedAtCategory()).isTrue();
      assertThat(both.tiedAtBroadGroup()).isTrue();
      assertThat(both.tiedRecords())
          .containsExactly(
              TiedRecord.of(AE, "H", Optional.of("Asian")),
              TiedRecord.of(OP, "B", Optional.of("White")));
      Resolution categoryOnly = policy.resolve(list(rec(D2, OP, "A"), rec(D2, AE, "B")));
      assertThat(categoryOnly.tiedAtCategory()).isTrue();
      assertThat(categoryOnly.tiedAtBroadGroup()).isFalse();
      // APC outranks nothing here: equal ranks; a later APC record decides by LATEST.
      Resolution decided =
          policy.resolve(list(rec(D2, OP, "A"), rec(D2, AE, "B"), rec(D3, APC, "H")));
      assertThat(decided.code()).contains("H");
      assertThat(decided.rule()).isEqualTo(ResolutionRule.TIE_BROKEN_BY_LATEST);
      assertThat(decided.tiedRecords()).isEmpty();
      assertThat(policy.sourcePriority()).containsExactly(GP_JOURNAL, AE, APC, OP);
    }

    @Test
    void aCrosswalkThatKeepsCodesItDoesNotHoldTranslatesOnlyItsOwn() {
      ResolutionPolicy policy =
          ResolutionPolicy.builder(ResolutionStrategy.LATEST)
              .mapCodes(JournalMap.CROSSWALK, NotInCrosswalk.KEEP, List.of(APC))
              .build();
      assertThat(policy.resolve(list(rec(D1, APC, concept("H")))).code()).contains("H");
      assertThat(policy.resolve(list(rec(D1, APC, "R"))).code()).contains("R");
      assertThat(policy.crosswalkIdBySource()).containsEntry(APC, "journal-map");
      assertThatThrownBy(
              () ->
                  ResolutionPolicy.builder(ResolutionStrategy.LATEST)
                      .mapCodes(JournalMap.CROSSWALK, NotInCrosswalk.KEEP, List.of(APC))
                      .mapCodes(JournalMap.CROSSWALK, NotInCrosswalk.DROP, List.of(APC)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source 'apc' already has crosswalk 'journal-map', got 'journal-map'");
    }

    @Test
    void aFillIfMissingPolicyCanBeComposedOfAnyTwoPolicies() {
      ResolutionPolicy fill =
          ResolutionPolicy.fillIfMissing(
              "gp-else-sus",
              ResolutionPolicy.openSafelyLatestPrimaryCare(JournalMap.CROSSWALK),
              ResolutionPolicy.openSafelyMostFrequentSecondaryCare());
      Resolution r = fill.resolve(list(rec(D1, GP_JOURNAL, JournalMap.HINDU), rec(D2, APC, "LA")));
      assertThat(r.code()).contains("L");
      assertThat(r.rule()).isEqualTo(ResolutionRule.FILLED_FROM_SECONDARY);
      assertThat(r.underlyingRule()).contains(ResolutionRule.ONLY_KNOWN_CODE);
      assertThat(fill.name()).isEqualTo("gp-else-sus");
      ResolutionPolicy everySource =
          ResolutionPolicy.fillIfMissing(
              "x",
              ResolutionPolicy.builder(ResolutionStrategy.LATEST).build(),
              ResolutionPolicy.nhsDigitalGdpprModal(JournalMap.CROSSWALK));
      assertThat(everySource.sources()).isEmpty();
    }

    @Test
    void defaultsAreDocumented() {
      ResolutionPolicy policy = ResolutionPolicy.builder(ResolutionStrategy.LATEST).build();
      assertThat(policy.name()).isEqualTo("custom");
      assertThat(policy.sources()).isEmpty();
      assertThat(policy.sourcePriority()).isEmpty();
      assertThat(policy.unknown()).isEqualTo(UnknownDefinition.notCoded());
      assertThat(policy.tieRules()).containsExactly(TieRule.NULL);
      assertThat(policy.comparesFirstCharacterOnly()).isFalse();
      assertThat(policy.countsEachCodeOncePerSource()).isFalse();
      assertThat(policy.primary()).isEmpty();
      assertThat(policy.fallback()).isEmpty();
    }
  }

  // ========================================================================= invalid arguments

  @Nested
  class InvalidArguments {

    @Test
    void nullArgumentsAreNamed() {
      ResolutionPolicy policy = ResolutionPolicy.nhsDigitalGdpprRecency(JournalMap.CROSSWALK);
      assertThatThrownBy(() -> ResolutionPolicy.builder(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("strategy");
      assertThatThrownBy(() -> policy.resolve(null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("records");
      assertThatThrownBy(
              () ->
                  policy.resolveEach(
                      (java.util.Iterator<EthnicityRecord>) null, InputOrder.SORTED_BY_PERSON_KEY))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("records");
      assertThatThrownBy(() -> policy.resolveEach(List.<EthnicityRecord>of().iterator(), null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("order");
      assertThatThrownBy(() -> ResolutionPolicy.fillIfMissing("x", null, policy))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("primary");
      assertThatThrownBy(() -> ResolutionPolicy.fillIfMissing("x", policy, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("fallback");
      ResolutionPolicy.Builder builder = ResolutionPolicy.builder(ResolutionStrategy.LATEST);
      assertThatThrownBy(() -> builder.unknown(null)).hasMessage("unknown");
      assertThatThrownBy(() -> builder.tieRules(TieRule.NULL, null))
          .isInstanceOf(NullPointerException.class)
          .hasMessage("tieRules element");
      assertThatThrownBy(() -> builder.onlySources(null)).hasMessage("sources");
    }

    @Test
    void emptyAndMixedRecordListsAreRejected() {
      ResolutionPolicy policy = ResolutionPolicy.nhsDigitalGdpprRecency(JournalMap.CROSSWALK);
      assertThatThrownBy(() -> policy.resolve(List.of()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("at least one record");
      assertThatThrownBy(
              () ->
                  policy.resolve(
                      List.of(rec("secret-1", D1, APC, "A"), rec("secret-2", D1, APC, "A"))))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("another person")
          .hasMessageNotContaining("secret");
    }

    @Test
    void fillIfMissingIsBuiltFromTwoPolicies() {
      assertThatThrownBy(() -> ResolutionPolicy.builder(ResolutionStrategy.FILL_IF_MISSING))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("FILL_IF_MISSING")
          .hasMessageContaining("fillIfMissing");
      ResolutionPolicy p = ResolutionPolicy.nhsDigitalGdpprRecency(JournalMap.CROSSWALK);
      assertThatThrownBy(() -> ResolutionPolicy.fillIfMissing(" ", p, p))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("name must not be blank, got ' '");
    }

    @Test
    void tieRulesThatCouldNeverApplyAreRejected() {
      assertThatThrownBy(
              () ->
                  ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
                      .tieRules(TieRule.NULL, TieRule.LATEST)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("tie rule LATEST follows NULL, which always ends a tie, in [NULL, LATEST]");
      assertThatThrownBy(
              () ->
                  ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
                      .tieRules(TieRule.LEXICALLY_GREATEST, TieRule.NULL)
                      .build())
          .hasMessageContaining("follows LEXICALLY_GREATEST");
      assertThatThrownBy(
              () ->
                  ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
                      .tieRules(TieRule.LATEST, TieRule.LATEST)
                      .build())
          .hasMessage("tie rule LATEST is repeated in [LATEST, LATEST]");
      assertThatThrownBy(
              () ->
                  ResolutionPolicy.builder(ResolutionStrategy.LATEST)
                      .tieRules(TieRule.LATEST)
                      .build())
          .hasMessageContaining("tie rule LATEST cannot break a tie left by strategy LATEST");
      assertThatThrownBy(
              () ->
                  ResolutionPolicy.builder(ResolutionStrategy.SOURCE_PRIORITY)
                      .sourcePriority(List.of(APC))
                      .tieRules(TieRule.SOURCE_PRIORITY)
                      .build())
          .hasMessageContaining("cannot break a tie left by strategy SOURCE_PRIORITY");
    }

    @Test
    void countingEachCodeOncePerSourceNeedsMostFrequent() {
      assertThatThrownBy(
              () ->
                  ResolutionPolicy.builder(ResolutionStrategy.LATEST)
                      .countEachCodeOncePerSource(true)
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage(
              "counting each code once per source applies to strategy MOST_FREQUENT only, got"
                  + " LATEST");
    }

    @Test
    void sourcePriorityMustBeGivenAndFitTheSources() {
      assertThatThrownBy(() -> ResolutionPolicy.builder(ResolutionStrategy.SOURCE_PRIORITY).build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("source priority must name at least one source for SOURCE_PRIORITY, got []");
      assertThatThrownBy(
              () ->
                  ResolutionPolicy.builder(ResolutionStrategy.LATEST)
                      .tieRules(TieRule.SOURCE_PRIORITY)
                      .build())
          .hasMessageContaining("source priority must name at least one source");
      assertThatThrownBy(
              () ->
                  ResolutionPolicy.builder(ResolutionStrategy.LATEST)
                      .sourcePriority(List.of(APC, OP))
                      .onlySources(List.of(APC))
                      .build())
          .hasMessage("source priority names 'op', which is not one of the sources [apc]");
      assertThatThrownBy(
              () ->
                  ResolutionPolicy.builder(ResolutionStrategy.LATEST)
                      .sourcePriority(List.of(APC, APC)))
          .hasMessage("sourcePriority must not repeat a source, got 'apc' twice in [apc, apc]");
      assertThatThrownBy(
              () -> ResolutionPolicy.builder(ResolutionStrategy.LATEST).sourcePriority(List.of("")))
          .hasMessage("sourcePriority element must not be blank, got ''");
      assertThatThrownBy(
              () -> ResolutionPolicy.builder(ResolutionStrategy.LATEST).onlySources(List.of()))
          .hasMessage("sources must name at least one source, got []");
    }
  }

  // ========================================================================== property tests

  private static final List<String> SOURCES = List.of(GP_JOURNAL, GP_PATIENT, APC, AE, OP, "other");
  private static final List<String> KNOWN_CODES = List.of("A", "B", "C", "CA", "H", "N", "NA", "S");
  private static final List<String> UNKNOWN_CODES =
      List.of("Z", "z", "ZA", "99", "X", "x", "9", "");

  /** Records of one person with few dates, sources and codes, so that ties are frequent. */
  private static Gen<EthnicityRecord> record(List<String> codes) {
    return integers()
        .between(0, 4)
        .zip(
            arbitrary().pick(SOURCES),
            arbitrary().pick(codes),
            (day, source, code) -> {
              Optional<java.time.LocalDate> date =
                  day == 0 ? Optional.empty() : Optional.of(java.time.LocalDate.of(2020, 1, day));
              return code.isEmpty()
                  ? EthnicityRecord.uncoded(Records.PERSON, date, source, RecognitionStatus.MISSING)
                  : EthnicityRecord.coded(Records.PERSON, date, source, code, Records.kindOf(code));
            });
  }

  private static Gen<List<EthnicityRecord>> person(List<String> codes) {
    return lists().of(record(codes)).ofSizeBetween(1, 12);
  }

  private static List<ResolutionPolicy> allPolicies() {
    return List.of(
        ResolutionPolicy.nhsDigitalGdpprRecency(JournalMap.CROSSWALK),
        ResolutionPolicy.nhsDigitalGdpprModal(JournalMap.CROSSWALK),
        ResolutionPolicy.openSafelyLatestPrimaryCare(JournalMap.CROSSWALK),
        ResolutionPolicy.openSafelyMostFrequentSecondaryCare(),
        ResolutionPolicy.cvdPreventFillIfMissing(JournalMap.CROSSWALK),
        ResolutionPolicy.builder(ResolutionStrategy.MOST_FREQUENT)
            .sourcePriority(List.of(APC, AE, OP))
            .tieRules(TieRule.LATEST, TieRule.SOURCE_PRIORITY, TieRule.LEXICALLY_GREATEST)
            .build(),
        ResolutionPolicy.builder(ResolutionStrategy.SOURCE_PRIORITY)
            .sourcePriority(List.of(GP_PATIENT, GP_JOURNAL))
            .tieRules(TieRule.LATEST, TieRule.LEXICALLY_GREATEST)
            .firstCharacterOnly(true)
            .build());
  }

  private static List<String> mixed() {
    List<String> codes = new ArrayList<>(KNOWN_CODES);
    codes.addAll(UNKNOWN_CODES);
    return codes;
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfAPersonsRecords() {
    // Every strategy and tie rule selects by a property of the whole set of records.
    for (ResolutionPolicy policy : allPolicies()) {
      qt().withExamples(300)
          .forAll(person(mixed()), integers().all())
          .checkAssert(
              (records, seed) -> {
                List<EthnicityRecord> shuffled = new ArrayList<>(records);
                Collections.shuffle(shuffled, new Random(seed));
                assertThat(policy.resolve(shuffled)).isEqualTo(policy.resolve(records));
              });
    }
  }

  @Test
  void theChosenCodeIsAlwaysOneOfThePersonsKnownCodes() {
    for (ResolutionPolicy policy : allPolicies()) {
      qt().withExamples(300)
          .forAll(person(mixed()))
          .checkAssert(
              records -> {
                Resolution r = policy.resolve(records);
                assertThat(r.rule().givesCode()).isEqualTo(r.code().isPresent());
                r.code()
                    .ifPresent(
                        code -> {
                          assertThat(r.knownCodes()).contains(code);
                          assertThat(records)
                              .anySatisfy(
                                  rec -> {
                                    assertThat(rec.code()).isPresent();
                                    assertThat(isKnownUnder(policy, rec)).isTrue();
                                    assertThat(rec.code().get()).startsWith(code);
                                  });
                        });
                assertThat(r.recordsConsidered()).isLessThanOrEqualTo(records.size());
              });
    }
  }

  @Test
  void aPersonWithNoKnownRecordGetsNoCode() {
    // Null, 99 and codes starting Z are unknown in every published pipeline (SCHEMES.md §1.4).
    for (ResolutionPolicy policy : allPolicies()) {
      qt().withExamples(200)
          .forAll(person(List.of("Z", "z", "ZA", "99", "")))
          .checkAssert(records -> assertNoCode(policy.resolve(records)));
    }
    // X and 9 are unknown too for the NHS Digital asset, and so for CVD PREVENT.
    for (ResolutionPolicy policy :
        List.of(
            ResolutionPolicy.nhsDigitalGdpprRecency(JournalMap.CROSSWALK),
            ResolutionPolicy.nhsDigitalGdpprModal(JournalMap.CROSSWALK),
            ResolutionPolicy.cvdPreventFillIfMissing(JournalMap.CROSSWALK))) {
      qt().withExamples(200)
          .forAll(person(UNKNOWN_CODES))
          .checkAssert(records -> assertNoCode(policy.resolve(records)));
    }
  }

  private static void assertNoCode(Resolution r) {
    assertThat(r.code()).isEmpty();
    assertThat(r.rule()).isEqualTo(ResolutionRule.NO_KNOWN_RECORD);
    assertThat(r.knownCodes()).isEmpty();
  }

  @Test
  void aPersonWhoseKnownRecordsAgreeGetsThatCode() {
    qt().withExamples(300)
        .forAll(person(List.of("H", "Z", "99", "")))
        .checkAssert(
            records -> {
              Resolution r =
                  ResolutionPolicy.nhsDigitalGdpprModal(JournalMap.CROSSWALK).resolve(records);
              boolean anyKnown =
                  records.stream()
                      .anyMatch(
                          rec ->
                              rec.code().equals(Optional.of("H"))
                                  && !rec.source().equals("other")
                                  // journal records hold SNOMED CT concepts: a letter is dropped
                                  && !rec.source().equals(GP_JOURNAL));
              assertThat(r.code()).isEqualTo(anyKnown ? Optional.of("H") : Optional.empty());
              assertThat(r.rule())
                  .isEqualTo(
                      anyKnown ? ResolutionRule.ONLY_KNOWN_CODE : ResolutionRule.NO_KNOWN_RECORD);
            });
  }

  private static boolean isKnownUnder(ResolutionPolicy policy, EthnicityRecord record) {
    if (policy.strategy() == ResolutionStrategy.FILL_IF_MISSING) {
      return isKnownUnder(policy.primary().orElseThrow(), record)
          || isKnownUnder(policy.fallback().orElseThrow(), record);
    }
    return policy.sources().map(s -> s.contains(record.source())).orElse(true)
        && policy.knownKey(record) != null;
  }
}
