package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemeTest {
  private final Scheme nhs = TestSchemes.nhs2001();

  private static SchemeInfo info(String id, boolean caseSensitive) {
    return SchemeInfo.builder()
        .id(id)
        .title("t")
        .version("1")
        .publisher("p")
        .source("s")
        .licence("l")
        .caseSensitive(caseSensitive)
        .build();
  }

  @Test
  void keepsPresentationOrderAndHierarchy() {
    assertThat(nhs.categories()).hasSize(23);
    assertThat(nhs.categories().get(0).code()).isEqualTo("White");
    Category british = nhs.requireCategory("A");
    assertThat(nhs.parent(british).map(Category::code)).contains("White");
    assertThat(nhs.heading(british).code()).isEqualTo("White");
    assertThat(nhs.depth(british)).isEqualTo(1);
    assertThat(nhs.children(nhs.requireCategory("Other Ethnic Groups")))
        .extracting(Category::code)
        .containsExactly("R", "S");
    // Chinese sits under Other in the 2001 scheme (SCHEMES.md §1.2).
    assertThat(nhs.heading(nhs.requireCategory("R")).code()).isEqualTo("Other Ethnic Groups");
    assertThat(nhs.heading(nhs.requireCategory("Z")).code()).isEqualTo("Z");
  }

  @Test
  void rollsUpToAnyDepth() {
    Category indian = nhs.requireCategory("H");
    assertThat(nhs.rollUp(indian, 0).code()).isEqualTo("Asian or Asian British");
    assertThat(nhs.rollUp(indian, 1)).isEqualTo(indian);
    assertThat(nhs.rollUp(indian, 5)).isEqualTo(indian);
    assertThatThrownBy(() -> nhs.rollUp(indian, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("depth must be at least 0, got -1");
  }

  @Test
  void looksUpCodesAsPublished() {
    assertThat(nhs.category("A")).isPresent();
    assertThat(nhs.category("a")).isEmpty();
    assertThat(nhs.contains("99")).isTrue();
    assertThatThrownBy(() -> nhs.requireCategory("Q"))
        .isInstanceOf(UnknownCodeException.class)
        .hasMessage("code 'Q' is not in scheme 'nhs-ethnic-category-2001'");
  }

  @Test
  void rejectsCategoriesOfAnotherScheme() {
    Category foreign = Category.of("A", "Something else", CategoryKind.SUBSTANTIVE);
    assertThatThrownBy(() -> nhs.parent(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "category 'A Something else' is not a category of scheme 'nhs-ethnic-category-2001'");
  }

  @Test
  void reportsEveryProblemAtOnce() {
    List<Category> categories =
        List.of(
            Category.of("A", "One", CategoryKind.SUBSTANTIVE),
            Category.of("A", "Two", CategoryKind.SUBSTANTIVE),
            Category.builder("B", "Three").parent("Q").build(),
            Category.builder("C", "Four").parent("D").build(),
            Category.builder("D", "Five").parent("C").build());
    assertThatThrownBy(() -> Scheme.of(info("bad", true), categories, List.of()))
        .isInstanceOfSatisfying(
            InvalidSchemeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(SchemeProblem::toString)
                    .containsExactly(
                        "categories[1].code: duplicate code 'A'",
                        "categories[2].parent: unknown parent code 'Q' of code 'B'",
                        "categories[3].parent: code 'C' is in a cycle of parents [C, D]",
                        "categories[4].parent: code 'D' is in a cycle of parents [C, D]"));
  }

  @Test
  void treatsCodesDifferingByCaseAsDuplicatesWhenNotCaseSensitive() {
    List<Category> categories =
        List.of(
            Category.of("a", "One", CategoryKind.SUBSTANTIVE),
            Category.of("A", "Two", CategoryKind.SUBSTANTIVE));
    assertThat(Scheme.of(info("sensitive", true), categories, List.of()).categories()).hasSize(2);
    assertThatThrownBy(() -> Scheme.of(info("insensitive", false), categories, List.of()))
        .isInstanceOf(InvalidSchemeException.class)
        .hasMessageContaining("duplicate code 'A' (codes of this scheme ignore case)");
  }

  @Test
  void checksLegacyValues() {
    List<Category> categories = List.of(Category.of("99", "Not known", CategoryKind.NOT_KNOWN));
    assertThatThrownBy(
            () ->
                Scheme.of(
                    info("legacy", true),
                    categories,
                    List.of(
                        LegacyValue.of("X", CategoryKind.NOT_KNOWN, Optional.of("98"), "n"),
                        LegacyValue.of("9", CategoryKind.NOT_STATED, Optional.of("99"), "n"))))
        .isInstanceOfSatisfying(
            InvalidSchemeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(SchemeProblem::toString)
                    .containsExactly(
                        "legacyValues[0].code: legacy value 'X' names unknown code '98'",
                        "legacyValues[1].kind: legacy value '9' is NOT_STATED but code '99' is"
                            + " NOT_KNOWN"));
  }

  @Test
  void extendsABaseSchemeWithLocalCodesThatRollUp() {
    SchemeInfo local =
        SchemeInfo.builder()
            .from(info("borough", false))
            .baseSchemeId("nhs-ethnic-category-2001")
            .build();
    Scheme borough =
        Scheme.extend(
            nhs,
            local,
            List.of(
                Category.builder("L1", "Filipino").parent("L").build(),
                Category.builder("L1a", "Filipino (Tagalog speaking)").parent("L1").build()));
    Category tagalog = borough.requireCategory("l1A");
    assertThat(borough.isLocal(tagalog)).isTrue();
    assertThat(borough.rollUpToBase(tagalog).code()).isEqualTo("L");
    assertThat(borough.heading(tagalog).code()).isEqualTo("Asian or Asian British");
    assertThat(borough.rollUpToBase(borough.requireCategory("A")).code()).isEqualTo("A");
    assertThat(borough.legacyValues()).isEqualTo(nhs.legacyValues());
    assertThat(borough.base()).contains(nhs);
  }

  @Test
  void rejectsLocalCodesThatDoNotRollUp() {
    SchemeInfo local =
        SchemeInfo.builder()
            .from(info("borough", true))
            .baseSchemeId("nhs-ethnic-category-2001")
            .build();
    assertThatThrownBy(
            () ->
                Scheme.extend(
                    nhs,
                    local,
                    List.of(
                        Category.of("Q1", "Orphan", CategoryKind.SUBSTANTIVE),
                        Category.builder("A", "Clash").parent("White").build())))
        .isInstanceOfSatisfying(
            InvalidSchemeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(SchemeProblem::toString)
                    .containsExactly(
                        "categories[0].parent: local code 'Q1' must roll up to a code of"
                            + " 'nhs-ethnic-category-2001'",
                        "categories[1].code: duplicate code 'A'"));
  }

  @Test
  void rejectsAMismatchedBaseScheme() {
    assertThatThrownBy(
            () ->
                Scheme.extend(
                    nhs,
                    info("borough", true),
                    List.of(Category.builder("L1", "Filipino").parent("L").build())))
        .isInstanceOf(InvalidSchemeException.class)
        .hasMessageContaining(
            "extends: local scheme must extend 'nhs-ethnic-category-2001', got none");
  }
}
