package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.equalitymonitoring.coding.DetailedCategory.Placement;
import org.junit.jupiter.api.Test;

class WriteInClassifierTest {
  /** Rows of census/census2021_ethnic_group_detailed.csv (code, label, heading, 20b code). */
  private static final DetailedCategory FILIPINO_ASIAN =
      DetailedCategory.of(
          "TS022-011",
          "Filipino",
          "Asian, Asian British or Asian Welsh",
          "5",
          Placement.SECTION_ANY_OTHER);

  private static final DetailedCategory FILIPINO_OTHER =
      DetailedCategory.of(
          "TS022-243", "Filipino", "Other ethnic group", "19", Placement.ANY_OTHER_ETHNIC_GROUP);

  private static final DetailedCategory BANGLADESHI =
      DetailedCategory.of(
          "TS022-007",
          "Bangladeshi, British Bangladeshi",
          "Asian, Asian British or Asian Welsh",
          "1",
          Placement.OWN_CATEGORY);

  private static final DetailedCategory ARAB_ASIAN =
      DetailedCategory.of(
          "TS022-005",
          "Arab",
          "Asian, Asian British or Asian Welsh",
          "5",
          Placement.SECTION_ANY_OTHER);

  private static final DetailedCategory ARAB_WHITE =
      DetailedCategory.of("TS022-148", "Arab", "White", "17", Placement.SECTION_ANY_OTHER);

  private final WriteInClassifier classifier =
      WriteInClassifier.of(
          List.of(FILIPINO_ASIAN, BANGLADESHI, ARAB_ASIAN, ARAB_WHITE, FILIPINO_OTHER));

  @Test
  void theMostSpecificSectionIsSuggested() {
    WriteInMatch match = classifier.classify("Filipino");
    assertThat(match.outcome()).isEqualTo(WriteInMatch.Outcome.MATCHED);
    assertThat(match.basis()).isEqualTo(WriteInMatch.Basis.WHOLE_LABEL);
    assertThat(match.candidates()).containsExactly(FILIPINO_ASIAN, FILIPINO_OTHER);
    assertThat(match.suggestion()).contains(FILIPINO_ASIAN);
    assertThat(match).hasToString("WriteInMatch{MATCHED, 2 candidates}");
  }

  @Test
  void caseSpacingPunctuationAndAccentsAreIgnored() {
    for (String text : List.of("FILIPINO", "  filipino. ", "Filipino!", "Fílipino")) {
      assertThat(classifier.classify(text).suggestion()).as(text).contains(FILIPINO_ASIAN);
    }
    assertThat(classifier.classify("Filipina").outcome())
        .as("no fuzzy matching")
        .isEqualTo(WriteInMatch.Outcome.NOT_FOUND);
  }

  @Test
  void aPartOfALabelListingSeveralNamesMatchesWhenNoWholeLabelDoes() {
    WriteInMatch match = classifier.classify("british bangladeshi");
    assertThat(match.basis()).isEqualTo(WriteInMatch.Basis.PART_OF_LABEL);
    assertThat(match.suggestion()).contains(BANGLADESHI);
    assertThat(classifier.classify("Bangladeshi, British Bangladeshi").basis())
        .isEqualTo(WriteInMatch.Basis.WHOLE_LABEL);
  }

  @Test
  void equallySpecificSectionsWithDifferentCodesAreAmbiguous() {
    // Arab under Asian (-> 5) and under White (-> 17): both the "Any other" of a named section
    WriteInMatch match = classifier.classify("arab");
    assertThat(match.outcome()).isEqualTo(WriteInMatch.Outcome.AMBIGUOUS);
    assertThat(match.candidates()).containsExactly(ARAB_ASIAN, ARAB_WHITE);
    assertThat(match.suggestion()).isEmpty();
  }

  @Test
  void blankTextIsBlankAndNothingEverThrows() {
    assertThat(classifier.classify(" .. ").outcome()).isEqualTo(WriteInMatch.Outcome.BLANK);
    qt().forAll(strings().allPossible().ofLengthBetween(0, 30))
        .checkAssert(text -> assertThat(classifier.classify(text)).isNotNull());
  }

  /** Rows of census/census2021_ethnic_group_detailed.csv whose labels carry a bracketed note. */
  private static List<DetailedCategory> bracketedRows() {
    return List.of(
        DetailedCategory.of(
            "TS022-023",
            "Nepali (includes Gurkha)",
            "Asian, Asian British or Asian Welsh",
            "5",
            Placement.SECTION_ANY_OTHER),
        DetailedCategory.of(
            "TS022-260",
            "Nepali (includes Gurkha)",
            "Other ethnic group",
            "19",
            Placement.ANY_OTHER_ETHNIC_GROUP),
        DetailedCategory.of(
            "TS022-092",
            "Asian (unspecified) and European",
            "Mixed or Multiple ethnic groups",
            "12",
            Placement.SECTION_ANY_OTHER),
        DetailedCategory.of(
            "TS022-161", "Cypriot (part not stated)", "White", "17", Placement.SECTION_ANY_OTHER),
        DetailedCategory.of(
            "TS022-237",
            "Cypriot (part not stated)",
            "Other ethnic group",
            "19",
            Placement.ANY_OTHER_ETHNIC_GROUP));
  }

  @Test
  void aBracketedNoteIsNotAPartOfTheLabel() {
    WriteInClassifier notes = WriteInClassifier.of(bracketedRows());
    List<DetailedCategory> rows = bracketedRows();
    // "Nepali (includes Gurkha)": the part is "Nepali"; the note "includes Gurkha" is no name.
    WriteInMatch nepali = notes.classify("nepali");
    assertThat(nepali.basis()).isEqualTo(WriteInMatch.Basis.PART_OF_LABEL);
    assertThat(nepali.candidates()).containsExactly(rows.get(0), rows.get(1));
    // Asian section's "Any other" (5) is more specific than "Any other ethnic group" (19).
    assertThat(nepali.suggestion()).contains(rows.get(0));
    assertThat(notes.classify("Gurkha").outcome()).isEqualTo(WriteInMatch.Outcome.NOT_FOUND);
    assertThat(notes.classify("Nepali (includes Gurkha)").basis())
        .isEqualTo(WriteInMatch.Basis.WHOLE_LABEL);
    // Text after the note belongs to the part: "Asian (unspecified) and European" has the one
    // part "Asian and European", not "Asian".
    WriteInMatch asianAndEuropean = notes.classify("Asian and European");
    assertThat(asianAndEuropean.basis()).isEqualTo(WriteInMatch.Basis.PART_OF_LABEL);
    assertThat(asianAndEuropean.suggestion()).contains(rows.get(2));
    assertThat(notes.classify("Asian").outcome()).isEqualTo(WriteInMatch.Outcome.NOT_FOUND);
    // Cypriot under White (17, the section's "Any other") beats Other ethnic group (19).
    assertThat(notes.classify("cypriot").suggestion()).contains(rows.get(3));
  }

  @Test
  void aNestedNoteEndsAtItsOwnClosingBracket() {
    // A made-up label (no published label nests brackets): its one part is "Outer tail"; "inner"
    // and "still note" are inside the outer note.
    DetailedCategory nested =
        DetailedCategory.of(
            "X-1", "Outer (note (inner) still note) tail", "H", "1", Placement.OWN_CATEGORY);
    WriteInClassifier notes = WriteInClassifier.of(List.of(nested));
    assertThat(notes.classify("outer tail").suggestion()).contains(nested);
    assertThat(notes.classify("outer still note tail").outcome())
        .isEqualTo(WriteInMatch.Outcome.NOT_FOUND);
    assertThat(notes.categories()).containsExactly(nested);
  }

  @Test
  void theCategoriesAreKeptInTheOrderGiven() {
    assertThat(classifier.categories())
        .containsExactly(FILIPINO_ASIAN, BANGLADESHI, ARAB_ASIAN, ARAB_WHITE, FILIPINO_OTHER);
  }

  @Test
  void invalidClassificationsAreRejected() {
    assertThatThrownBy(() -> WriteInClassifier.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a detailed classification needs at least one category");
    assertThatThrownBy(() -> WriteInClassifier.of(List.of(FILIPINO_ASIAN, FILIPINO_ASIAN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duplicate detailed category 'TS022-011'");
    assertThatThrownBy(() -> DetailedCategory.of("X", " ", "H", "1", Placement.OWN_CATEGORY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label must not be blank");
  }
}
