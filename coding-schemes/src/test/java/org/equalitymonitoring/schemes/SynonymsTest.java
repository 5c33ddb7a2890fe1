package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionRule;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.coding.Scheme;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled synonyms against the GOV.UK Ethnicity facts and figures lookup in
 * src/test/resources/reference/labels (a copy as published), read independently, and against a
 * hand-written table of EFF standard value to code.
 */
class SynonymsTest {
  private static final String NHS = "nhs-ethnic-category-2001";
  private static final String CENSUS_2021 = "ons-census-2021-england-wales";

  /** EFF standard value to NHS 2001 letter, for the values that name exactly one letter. */
  private static final Map<String, String> EFF_TO_NHS =
      Map.ofEntries(
          Map.entry("White British", "A"),
          Map.entry("White Irish", "B"),
          Map.entry("White other", "C"),
          Map.entry("Mixed White/Black Caribbean", "D"),
          Map.entry("Mixed White/Black African", "E"),
          Map.entry("Mixed White/Asian", "F"),
          Map.entry("Mixed other", "G"),
          Map.entry("Indian", "H"),
          Map.entry("Pakistani", "J"),
          Map.entry("Bangladeshi", "K"),
          Map.entry("Asian other", "L"),
          Map.entry("Black Caribbean", "M"),
          Map.entry("Black African", "N"),
          Map.entry("Black other", "P"),
          Map.entry("Chinese", "R"),
          Map.entry("Any other", "S"));

  /** EFF standard value to Census 2021 20b code, for the values that name exactly one code. */
  private static final Map<String, String> EFF_TO_CENSUS_2021 =
      Map.ofEntries(
          Map.entry("White British", "13"),
          Map.entry("White Irish", "14"),
          Map.entry("White Gypsy/Traveller", "15"),
          Map.entry("Irish Traveller", "15"),
          Map.entry("Roma", "16"),
          Map.entry("White other", "17"),
          Map.entry("Mixed White/Asian", "9"),
          Map.entry("Mixed White/Black African", "10"),
          Map.entry("Mixed White/Black Caribbean", "11"),
          Map.entry("Mixed other", "12"),
          Map.entry("Bangladeshi", "1"),
          Map.entry("Chinese", "2"),
          Map.entry("Indian", "3"),
          Map.entry("Pakistani", "4"),
          Map.entry("Asian other", "5"),
          Map.entry("Black African", "6"),
          Map.entry("Black Caribbean", "7"),
          Map.entry("Black other", "8"),
          Map.entry("Arab", "18"),
          Map.entry("Any other", "19"));

  /**
   * Lookup texts whose EFF value has a code but which are not recognised: "white non-british" also
   * covers White Irish; the others equal, ignoring case, spacing and punctuation, a text with a
   * broad value ("other/chinese" is Other, "other/mixed" is Other, "mixed / multiple ethnic groups"
   * is Mixed).
   */
  private static final Set<String> MAPPED_BUT_LEFT_OUT =
      Set.of(
          "white non-british",
          "white non-british total",
          "other chinese",
          "other - chinese",
          "other  - chinese",
          "other mixed",
          "mixed/ multiple ethnic groups");

  private static final Set<RecognitionRule> AT_LEAST_SYNONYM =
      EnumSet.of(
          RecognitionRule.CODE,
          RecognitionRule.CODE_IGNORING_CASE_AND_SPACE,
          RecognitionRule.LEGACY_VALUE,
          RecognitionRule.LABEL,
          RecognitionRule.ALTERNATIVE_LABEL,
          RecognitionRule.SYNONYM);

  private final BundledSchemes bundled = BundledSchemes.get();

  /** Lookup text to its EFF standard values, as published (a text may be listed twice). */
  private static Map<String, Set<String>> lookup() {
    Map<String, Set<String>> values = new LinkedHashMap<>();
    for (Map<String, String> row : ReferenceCsv.read("labels/eff_classification_lookup.csv")) {
      values
          .computeIfAbsent(row.get("Ethnicity"), k -> new LinkedHashSet<>())
          .add(row.get("Standard Ethnicity"));
    }
    return values;
  }

  private static JsonNode resource(String schemeId) throws IOException {
    String name = "/org/equalitymonitoring/schemes/synonyms/" + schemeId + ".synonyms.json";
    try (InputStream in = SynonymsTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new ObjectMapper().readTree(in);
    }
  }

  private void checkSynonymsComeFromTheLookup(String schemeId, Map<String, String> table)
      throws IOException {
    Scheme scheme = bundled.requireScheme(schemeId);
    Map<String, Set<String>> lookup = lookup();
    Map<String, String> synonyms = bundled.synonyms(schemeId);
    assertThat(synonyms).isNotEmpty();
    Recogniser withSynonyms = bundled.recogniser(scheme);
    Recogniser plain = Recogniser.of(scheme);
    synonyms.forEach(
        (text, code) -> {
          if (DECLINED.containsKey(text)) {
            return;
          }
          assertThat(lookup).as("text from the EFF lookup").containsKey(text);
          for (String value : lookup.get(text)) {
            assertThat(table.get(value)).as("'%s' via %s", text, value).isEqualTo(code);
          }
          Recognition recognition = withSynonyms.recognise(text);
          assertThat(recognition.status()).as(text).isEqualTo(RecognitionStatus.CODED);
          assertThat(recognition.category().map(Category::code)).as(text).contains(code);
          assertThat(recognition.rule()).as(text).isIn(AT_LEAST_SYNONYM);
          // The file adds only what the scheme's own codes and labels do not already recognise.
          assertThat(plain.recognise(text).status())
              .as(text)
              .isEqualTo(RecognitionStatus.UNRECOGNISED);
        });
    JsonNode file = resource(schemeId);
    assertThat(file.get("scheme").asText()).isEqualTo(schemeId);
    assertThat(file.get("source").asText()).contains("classification_lookup.csv");
    assertThat(file.get("licence").asText()).contains("MIT / OGL");
    assertThat(file.get("description").asText()).contains("Left out");
    assertThat(file.get("synonyms")).hasSize(synonyms.size());
    for (JsonNode entry : file.get("synonyms")) {
      if (!DECLINED.containsKey(entry.get("text").asText())) {
        assertThat(lookup.get(entry.get("text").asText())).contains(entry.get("via").asText());
      }
    }
  }

  /**
   * Every lookup text whose value names one code is recognised as that code (by the scheme or a
   * synonym), except the texts left out on purpose; no text of a left-out value becomes a code
   * through a synonym.
   */
  private void checkEveryLookupTextIsRecognisedOrLeftOut(
      String schemeId, Map<String, String> table) {
    Recogniser recogniser = bundled.recogniser(bundled.requireScheme(schemeId));
    Set<String> notRecognised = new TreeSet<>();
    lookup()
        .forEach(
            (text, values) -> {
              Recognition recognition = recogniser.recognise(text);
              String code = values.size() == 1 ? table.get(values.iterator().next()) : null;
              if (code == null) {
                assertThat(recognition.rule()).as(text).isNotEqualTo(RecognitionRule.SYNONYM);
              } else if (recognition.status() == RecognitionStatus.UNRECOGNISED) {
                notRecognised.add(text);
              } else {
                assertThat(recognition.category().map(Category::code)).as(text).contains(code);
              }
            });
    assertThat(notRecognised).containsExactlyInAnyOrderElementsOf(MAPPED_BUT_LEFT_OUT);
  }

  @Test
  void nhs2001SynonymsComeFromTheLookupAndGiveTheTableCode() throws IOException {
    checkSynonymsComeFromTheLookup(NHS, EFF_TO_NHS);
    // 82 texts from the lookup and the 2 typed-in texts for Z.
    assertThat(bundled.synonyms(NHS)).hasSize(84);
  }

  @Test
  void census2021SynonymsComeFromTheLookupAndGiveTheTableCode() throws IOException {
    checkSynonymsComeFromTheLookup(CENSUS_2021, EFF_TO_CENSUS_2021);
    assertThat(bundled.synonyms(CENSUS_2021)).hasSize(123);
  }

  @Test
  void nhs2001RecognisesEveryLookupTextWithOneCodeOrLeavesItOutOnPurpose() {
    checkEveryLookupTextIsRecognisedOrLeftOut(NHS, EFF_TO_NHS);
  }

  @Test
  void census2021RecognisesEveryLookupTextWithOneCodeOrLeavesItOutOnPurpose() {
    checkEveryLookupTextIsRecognisedOrLeftOut(CENSUS_2021, EFF_TO_CENSUS_2021);
  }

  private static void assertCode(Recogniser recogniser, String raw, String code) {
    Recognition recognition = recogniser.recognise(raw);
    assertThat(recognition.category().map(Category::code)).as(raw).contains(code);
  }

  @Test
  void nhs2001Examples() {
    Recogniser recogniser = bundled.recogniser(bundled.requireScheme(NHS));
    assertCode(recogniser, "white - british", "A");
    assertCode(recogniser, "black african", "N");
    assertCode(recogniser, "asian other", "L");
    assertCode(recogniser, "Asian - Indian", "H");
    assertCode(recogniser, "  ETHNICITY_MINOR_WHITE_BRITISH ", "A");
    assertCode(recogniser, "other white", "C");
    assertCode(recogniser, "Other ethnic group: Chinese", "R");
    assertCode(recogniser, "other - any other", "S");
    assertThat(recogniser.recognise("asian - indian").rule()).isEqualTo(RecognitionRule.SYNONYM);
    assertThat(recogniser.recognise("white - british").rule()).isEqualTo(RecognitionRule.LABEL);
  }

  /**
   * Texts for "asked and declined", which the NHS Data Dictionary codes Z Not stated (SCHEMES.md
   * §1.3: Z is for a person asked who chose not to state, "refused, or genuinely could not choose";
   * "Prefer not to say" is the LOINC answer text, USERS-AND-METRICS.md §1.4).
   */
  private static final Map<String, String> DECLINED =
      Map.of("prefer not to say", "Z", "refused", "Z");

  @Test
  void declinedTextsAreNotStatedInNhs2001() {
    Recogniser recogniser = bundled.recogniser(bundled.requireScheme(NHS));
    for (String raw : List.of("Prefer not to say", "PREFER NOT TO SAY.", "Refused")) {
      Recognition recognition = recogniser.recognise(raw);
      assertThat(recognition.status()).as(raw).isEqualTo(RecognitionStatus.NOT_STATED);
      assertThat(recognition.code()).as(raw).contains("Z");
    }
    DECLINED.forEach((text, code) -> assertThat(bundled.synonyms(NHS)).containsEntry(text, code));
    // Mixing not stated with not known, so neither: the lookup's own "Unknown" text stays out.
    assertThat(recogniser.recognise("not known / prefer not to say").status())
        .isEqualTo(RecognitionStatus.UNRECOGNISED);
    // Census 2021 has no not-stated code, so no such synonym.
    assertThat(bundled.synonyms(CENSUS_2021)).doesNotContainKeys("prefer not to say", "refused");
  }

  @Test
  void broadGroupTermsAreRecognisedAsBroadGroupsNotJunkNorCoded() {
    Recogniser recogniser = bundled.recogniser(bundled.requireScheme(NHS));
    // "bame" and "bme" are EFF "Other", a broad group (SCHEMES.md §7.2 advises against both);
    // "ethnic minorities" is EFF "Other" too; "asian" is EFF "Asian", which spans H, J, K and L.
    for (String raw : List.of("BAME", "bme", "Ethnic minorities", "asian", "non-white")) {
      Recognition recognition = recogniser.recognise(raw);
      assertThat(recognition.status()).as(raw).isEqualTo(RecognitionStatus.BROAD_GROUP);
      assertThat(recognition.rule()).as(raw).isEqualTo(RecognitionRule.BROAD_GROUP_TERM);
    }
    // "mixed" is the scheme's own heading Mixed, which takes precedence.
    assertThat(recogniser.recognise("mixed").status()).isEqualTo(RecognitionStatus.HEADING);
    assertThat(bundled.broadGroupTerms(NHS)).contains("bame", "bme").doesNotContain("mixed");
    assertThat(bundled.broadGroupTerms(CENSUS_2021)).contains("bame", "bme");
    assertThat(bundled.broadGroupTerms("us-omb-1997")).isEmpty();
  }

  @Test
  void broadAndUnknownValuesAreNotLetters() {
    Recogniser recogniser = bundled.recogniser(bundled.requireScheme(NHS));
    for (String raw :
        List.of(
            "asian",
            "asian/asian british",
            "black or black british",
            "mixed",
            "bame",
            "pakistani and bangladeshi",
            "gypsy/roma",
            "white gypsy or irish traveller",
            "other ethnic group: arab",
            "mixed white/black",
            "unknown",
            "not known / prefer not to say")) {
      Recognition recognition = recogniser.recognise(raw);
      assertThat(recognition.category().filter(c -> "ABCDEFGHJKLMNPRS".contains(c.code())))
          .as(raw)
          .isEmpty();
      assertThat(recognition.rule()).as(raw).isNotEqualTo(RecognitionRule.SYNONYM);
    }
  }

  @Test
  void census2021Examples() {
    Recogniser recogniser = bundled.recogniser(bundled.requireScheme(CENSUS_2021));
    assertCode(recogniser, "asian - indian", "3");
    assertCode(recogniser, "other - arab", "18");
    assertCode(recogniser, "Irish Traveller", "15");
    assertCode(recogniser, "asian - chinese", "2");
    assertCode(recogniser, "african", "6");
    for (String raw : List.of("gypsy/roma", "pakistani/bangladeshi", "not stated", "asian")) {
      assertThat(recogniser.recognise(raw).rule()).as(raw).isNotEqualTo(RecognitionRule.SYNONYM);
    }
  }

  @Test
  void localSchemeUsesTheSynonymsOfItsBase() {
    Scheme local = bundled.requireScheme("example-london-borough");
    assertThat(bundled.synonyms(local.id())).isEmpty();
    Recogniser recogniser = bundled.recogniser(local);
    assertThat(recogniser.scheme()).isSameAs(local);
    Recognition recognition = recogniser.recognise("asian - indian");
    assertThat(recognition.category().map(Category::code)).contains("H");
    assertThat(recognition.rule()).isEqualTo(RecognitionRule.SYNONYM);
  }

  @Test
  void schemesWithoutSynonymsRecogniseAsBefore() {
    assertThat(bundled.synonyms("us-omb-1997")).isEmpty();
    assertThat(bundled.synonyms("no-such-scheme")).isEmpty();
    Scheme omb = bundled.requireScheme("us-omb-1997");
    Recogniser recogniser = bundled.recogniser(omb);
    assertThat(recogniser.scheme()).isSameAs(omb);
    assertThat(recogniser.recognise("asian - indian").status())
        .isEqualTo(RecognitionStatus.UNRECOGNISED);
  }

  @Test
  void synonymsAreUnmodifiableAndArgumentsChecked() {
    Map<String, String> synonyms = bundled.synonyms(NHS);
    assertThatThrownBy(() -> synonyms.put("x", "A"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> bundled.synonyms(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> bundled.recogniser(null)).isInstanceOf(NullPointerException.class);
  }
}
