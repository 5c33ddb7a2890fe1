package org.equalitymonitoring.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeInfo;
import org.equalitymonitoring.coding.TestSchemes;
import org.junit.jupiter.api.Test;

class CrosswalkTest {
  private final Scheme nhs = TestSchemes.nhs2001();
  // Census 2021 "20b" codes as in ons_census2021_ew_ethnic_group_20b.csv (a subset).
  private final Scheme census =
      Scheme.of(
          SchemeInfo.builder()
              .id("census-2021")
              .title("t")
              .version("1")
              .publisher("ONS")
              .source("s")
              .licence("OGL")
              .build(),
          List.of(
              Category.of("15", "White: Gypsy or Irish Traveller", CategoryKind.SUBSTANTIVE),
              Category.of("16", "White: Roma", CategoryKind.SUBSTANTIVE),
              Category.of("17", "White: Other White", CategoryKind.OTHER),
              Category.of(
                  "13",
                  "White: English, Welsh, Scottish, Northern Irish or British",
                  CategoryKind.SUBSTANTIVE)),
          List.of());

  private CrosswalkInfo info(String from, String to) {
    return CrosswalkInfo.builder()
        .id("nhs-2001-to-census-2021")
        .title("t")
        .version("1")
        .publisher("p")
        .source("s")
        .licence("l")
        .sourceSchemeId(from)
        .targetSchemeId(to)
        .description("d")
        .build();
  }

  private Crosswalk crosswalk() {
    return Crosswalk.of(
        info("nhs-ethnic-category-2001", "census-2021"),
        List.of(
            CrosswalkRow.of("A", "13", Equivalence.EQUIVALENT, Optional.empty()),
            CrosswalkRow.of("C", "15", Equivalence.INEXACT, Optional.of("convention")),
            CrosswalkRow.of("C", "16", Equivalence.INEXACT, Optional.empty()),
            CrosswalkRow.of("C", "17", Equivalence.NARROWER, Optional.empty()),
            CrosswalkRow.unmatched("Z", Optional.of("census has no not-stated category"))),
        nhs,
        census);
  }

  @Test
  void translatesOneToOne() {
    Translation translation = crosswalk().translate("A");
    assertThat(translation.outcome()).isEqualTo(Translation.Outcome.MAPPED);
    assertThat(translation.targetCodes()).containsExactly("13");
  }

  @Test
  void reportsOneToManyWithoutChoosing() {
    Translation translation = crosswalk().translate("C");
    assertThat(translation.outcome()).isEqualTo(Translation.Outcome.ONE_TO_MANY);
    assertThat(translation.targetCodes()).containsExactly("15", "16", "17");
    assertThat(translation.rows().get(0).comment()).contains("convention");
  }

  @Test
  void reportsUnmatchedAndAbsentCodes() {
    assertThat(crosswalk().translate("Z").outcome()).isEqualTo(Translation.Outcome.UNMATCHED);
    assertThat(crosswalk().translate("Z").targetCodes()).isEmpty();
    assertThat(crosswalk().translate("B").outcome())
        .isEqualTo(Translation.Outcome.NOT_IN_CROSSWALK);
  }

  @Test
  void rejectsRowsOutsideTheSchemesListingEveryProblem() {
    assertThatThrownBy(
            () ->
                Crosswalk.of(
                    info("nhs-ethnic-category-2001", "census-2021"),
                    List.of(
                        CrosswalkRow.of("Q", "13", Equivalence.BROADER, Optional.empty()),
                        CrosswalkRow.of("A", "99", Equivalence.BROADER, Optional.empty()),
                        CrosswalkRow.of("A", "13", Equivalence.BROADER, Optional.empty()),
                        CrosswalkRow.of("A", "13", Equivalence.BROADER, Optional.empty()),
                        CrosswalkRow.unmatched("A", Optional.empty())),
                    nhs,
                    census))
        .isInstanceOfSatisfying(
            InvalidCrosswalkException.class,
            e ->
                assertThat(e.problems())
                    .containsExactly(
                        "rows[0].from: code 'Q' is not in 'nhs-ethnic-category-2001'",
                        "rows[1].to: code '99' is not in 'census-2021'",
                        "rows[3]: repeats the row A -> 13",
                        "rows[4]: code 'A' is both UNMATCHED and mapped"));
  }

  @Test
  void rejectsSchemesOtherThanNamed() {
    assertThatThrownBy(
            () ->
                Crosswalk.of(
                    info("x", "census-2021"),
                    List.of(CrosswalkRow.of("A", "13", Equivalence.BROADER, Optional.empty())),
                    nhs,
                    census))
        .isInstanceOf(InvalidCrosswalkException.class)
        .hasMessageContaining(
            "from: crosswalk names source scheme 'x' but was given 'nhs-ethnic-category-2001'");
  }

  @Test
  void describesItselfAndKeepsRowsInPublishedOrder() {
    Crosswalk crosswalk = crosswalk();
    assertThat(crosswalk.id()).isEqualTo("nhs-2001-to-census-2021");
    assertThat(crosswalk.info().targetSchemeId()).isEqualTo("census-2021");
    assertThat(crosswalk.rows())
        .extracting(CrosswalkRow::toString)
        .containsExactly(
            "A -> 13 EQUIVALENT",
            "C -> 15 INEXACT",
            "C -> 16 INEXACT",
            "C -> 17 NARROWER",
            "Z -> (none) UNMATCHED");
    assertThat(crosswalk)
        .hasToString("nhs-2001-to-census-2021 (nhs-ethnic-category-2001 -> census-2021, 5 rows)");
  }

  @Test
  void translatesCodesExactlyAsPublished() {
    // The NHS scheme is case-sensitive: "a" is not its code A, so the crosswalk has no row for it.
    assertThat(crosswalk().translate("a").outcome())
        .isEqualTo(Translation.Outcome.NOT_IN_CROSSWALK);
    assertThatThrownBy(() -> crosswalk().translate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sourceCode");
  }

  @Test
  void rejectsAnotherTargetSchemeAndAnEmptyCrosswalkTogether() {
    assertThatThrownBy(
            () -> Crosswalk.of(info("nhs-ethnic-category-2001", "x"), List.of(), nhs, census))
        .isInstanceOfSatisfying(
            InvalidCrosswalkException.class,
            e -> {
              assertThat(e.crosswalkId()).isEqualTo("nhs-2001-to-census-2021");
              assertThat(e)
                  .hasMessage(
                      "crosswalk 'nhs-2001-to-census-2021' has 2 problems:\n"
                          + "  to: crosswalk names target scheme 'x' but was given 'census-2021'\n"
                          + "  rows: a crosswalk needs at least one row");
            });
  }

  @Test
  void rejectsACodeMappedAfterBeingDeclaredUnmatched() {
    assertThatThrownBy(
            () ->
                Crosswalk.of(
                    info("nhs-ethnic-category-2001", "census-2021"),
                    List.of(
                        CrosswalkRow.unmatched("Z", Optional.empty()),
                        CrosswalkRow.of("Z", "17", Equivalence.INEXACT, Optional.empty())),
                    nhs,
                    census))
        .isInstanceOf(InvalidCrosswalkException.class)
        .hasMessage(
            "crosswalk 'nhs-2001-to-census-2021' has 1 problem:\n"
                + "  rows[1]: code 'Z' is both UNMATCHED and mapped");
  }

  @Test
  void reportsARepeatedUnmatchedRowOnlyAsARepeat() {
    assertThatThrownBy(
            () ->
                Crosswalk.of(
                    info("nhs-ethnic-category-2001", "census-2021"),
                    List.of(
                        CrosswalkRow.unmatched("Z", Optional.empty()),
                        CrosswalkRow.unmatched("Z", Optional.of("again"))),
                    nhs,
                    census))
        .isInstanceOfSatisfying(
            InvalidCrosswalkException.class,
            e -> assertThat(e.problems()).containsExactly("rows[1]: repeats the row Z -> (none)"));
  }
}
