package org.equalitymonitoring.resolution;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeInfo;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkInfo;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.mapping.Equivalence;

/**
 * A part of NHS Digital's GDPPR SNOMED CT map (ethnicity_reference_data_snomed.csv, SOURCES.md):
 * one "ethnic category 2001 census" concept per letter, with the letter the map gives it, plus a
 * second concept for A, so that tests can write GP journal records as SNOMED CT concepts.
 */
final class JournalMap {
  /** Concept id of each letter, as NHS Digital's map gives it (term in the comment). */
  private static final Map<String, String> CONCEPT = new LinkedHashMap<>();

  static {
    CONCEPT.put("A", "92571000000102"); // Cornish
    CONCEPT.put("B", "494161000000100"); // White Irish
    CONCEPT.put("C", "92561000000109"); // Northern Irish
    CONCEPT.put("H", "110751000000108"); // Indian or British Indian
    CONCEPT.put("J", "92461000000105"); // Pakistani or British Pakistani
    CONCEPT.put("K", "92471000000103"); // Bangladeshi or British Bangladeshi
    CONCEPT.put("L", "92641000000107"); // Punjabi
    CONCEPT.put("M", "107691000000105"); // Caribbean
    CONCEPT.put("N", "92711000000100"); // Somali
    CONCEPT.put("Z", "92531000000104"); // Ethnic category not stated
  }

  /** English - ethnic category 2001 census: A in NHS Digital's map. */
  static final String ENGLISH = "110761000000106";

  /**
   * Hindu - ethnic category 2001 census: in OpenSAFELY's uk-categories list but in neither this map
   * nor OpenSAFELY's 0removed codelist.
   */
  static final String HINDU = "110831000000107";

  static final Crosswalk CROSSWALK = build();

  private JournalMap() {}

  /** Returns the concept the map gives this letter. */
  static String concept(String letter) {
    String concept = CONCEPT.get(letter);
    if (concept == null) {
      throw new IllegalArgumentException("no concept for " + letter);
    }
    return concept;
  }

  private static Crosswalk build() {
    List<Category> concepts = new ArrayList<>();
    List<Category> letters = new ArrayList<>();
    List<CrosswalkRow> rows = new ArrayList<>();
    CONCEPT.forEach(
        (letter, concept) -> {
          concepts.add(Category.of(concept, "concept " + concept, CategoryKind.SUBSTANTIVE));
          letters.add(Category.of(letter, "letter " + letter, CategoryKind.SUBSTANTIVE));
          rows.add(CrosswalkRow.of(concept, letter, Equivalence.BROADER, Optional.empty()));
        });
    concepts.add(Category.of(ENGLISH, "English", CategoryKind.SUBSTANTIVE));
    rows.add(CrosswalkRow.of(ENGLISH, "A", Equivalence.BROADER, Optional.empty()));
    Scheme snomed = Scheme.of(info("snomed"), concepts, List.of());
    Scheme gdppr = Scheme.of(info("gdppr"), letters, List.of());
    return Crosswalk.of(
        CrosswalkInfo.builder()
            .id("journal-map")
            .title("t")
            .version("1")
            .publisher("p")
            .source("s")
            .licence("l")
            .sourceSchemeId("snomed")
            .targetSchemeId("gdppr")
            .description("d")
            .build(),
        rows,
        snomed,
        gdppr);
  }

  private static SchemeInfo info(String id) {
    return TestSchemes.info(id).build();
  }
}
