package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemeTest {
  private final Scheme nhs = TestSchemes.nhs2001();

  private static SchemeInfo info(String id, boolean caseSensitive) {
    return TestSchemes.info(id).caseSensitive(caseSensitive).build();
  }

  /**
   * A guard against work that grows with the square of the number of categories: the tests of large
   * hierarchies take well under a second when hierarchy work is linear, and minutes when it is not.
   */
  private static final Duration LINEAR_TIME = Duration.ofSeconds(10);

  private static final int LARGE = 20_000;

  /** Returns categories P0, P1, ... in which each one's parent is the one before it. */
  private static List<Category> chain(String prefix, int length, Optional<String> firstParent) {
    List<Category> categories = new ArrayList<>();
    for (int i = 0; i < length; i++) {
      Category.Builder builder = Category.builder(prefix + i, "Level " + i);
      (i == 0 ? firstParent : Optional.of(prefix + (i - 1))).ifPresent(builder::parent);
      categories.add(builder.build());
    }
    return categories;
  }

  @Test
  void handlesAHierarchyTwentyThousandLevelsDeep() {
    assertTimeoutPreemptively(
        LINEAR_TIME,
        () -> {
          Scheme deep =
              Scheme.of(info("deep", true), chain("C", LARGE, Optional.empty()), List.of());
          Category deepest = deep.requireCategory("C19999");
          assertThat(deep.depth(deepest)).isEqualTo(19_999);
          assertThat(deep.heading(deepest).code()).isEqualTo("C0");
          assertThat(deep.rollUp(deepest, 0).code()).isEqualTo("C0");
          assertThat(deep.rollUp(deepest, 1).code()).isEqualTo("C1");
          assertThat(deep.rollUp(deepest, 12_345).code()).isEqualTo("C12345");
          assertThat(deep.rollUp(deepest, 19_998).code()).isEqualTo("C19998");
          assertThat(deep.rollUp(deepest, 19_999)).isEqualTo(deepest);
          assertThat(deep.rollUp(deep.requireCategory("C7"), 3).code()).isEqualTo("C3");
          List<Category> ancestors = deep.ancestors(deepest);
          assertThat(ancestors).hasSize(19_999);
          assertThat(ancestors.get(0).code()).isEqualTo("C19998");
          assertThat(ancestors.get(19_998).code()).isEqualTo("C0");
          assertThat(deep.children(deep.requireCategory("C5")))
              .extracting(Category::code)
              .containsExactly("C6");
          assertThat(deep.children(deepest)).isEmpty();
          // Every category of a chain has the same heading; at depth 1 all but C0 roll up to C1.
          assertThat(deep.categories().stream().map(deep::heading).distinct())
              .extracting(Category::code)
              .containsExactly("C0");
          assertThat(deep.categories().stream().map(c -> deep.rollUp(c, 1)).distinct())
              .extracting(Category::code)
              .containsExactly("C0", "C1");
        });
  }

  @Test
  void handlesAHeadingWithTwentyThousandCategories() {
    assertTimeoutPreemptively(
        LINEAR_TIME,
        () -> {
          List<Category> categories = new ArrayList<>();
          categories.add(Category.builder("H", "Heading").selectable(false).build());
          for (int i = 1; i < LARGE; i++) {
            categories.add(Category.builder("W" + i, "Category " + i).parent("H").build());
          }
          Scheme wide = Scheme.of(info("wide", true), categories, List.of());
          Category heading = wide.requireCategory("H");
          List<Category> children = wide.children(heading);
          assertThat(children).hasSize(19_999);
          assertThat(children.get(0).code()).isEqualTo("W1");
          assertThat(children.get(19_998).code()).isEqualTo("W19999");
          assertThat(children.stream().map(wide::heading).distinct()).containsExactly(heading);
          assertThat(children.stream().mapToInt(wide::depth).distinct()).containsExactly(1);
          assertThat(children.stream().map(wide::ancestors).distinct())
              .containsExactly(List.of(heading));
        });
  }

  @Test
  void rollsATwentyThousandLevelLocalChainUpToItsBaseCode() {
    SchemeInfo local =
        SchemeInfo.builder()
            .from(info("borough", true))
            .baseSchemeId("nhs-ethnic-category-2001")
            .build();
    assertTimeoutPreemptively(
        LINEAR_TIME,
        () -> {
          Scheme borough = Scheme.extend(nhs, local, chain("L-", LARGE, Optional.of("L")));
          Category deepest = borough.requireCategory("L-19999");
          assertThat(borough.isLocal(deepest)).isTrue();
          assertThat(borough.rollUpToBase(deepest).code()).isEqualTo("L");
          assertThat(borough.heading(deepest).code()).isEqualTo("Asian or Asian British");
          // Heading (0), L (1), then L-0 at depth 2: the deepest local code is at depth 20,001.
          assertThat(borough.depth(deepest)).isEqualTo(20_001);
          assertThat(borough.rollUp(deepest, 2).code()).isEqualTo("L-0");
        });
  }

  @Test
  void reportsEachCodeOfATwentyThousandLongCycleWithPartOfTheCycle() {
    assertTimeoutPreemptively(
        LINEAR_TIME,
        () -> {
          List<Category> cycle = chain("C", LARGE, Optional.of("C19999"));
          assertThatThrownBy(() -> Scheme.of(info("cycle", true), cycle, List.of()))
              .isInstanceOfSatisfying(
                  InvalidSchemeException.class,
                  e -> {
                    assertThat(e.problems()).hasSize(LARGE);
                    // The first ten codes met going up from each code, in parent order.
                    assertThat(e.problems().get(0).toString())
                        .isEqualTo(
                            "categories[0].parent: code 'C0' is in a cycle of 20000 parents [C0,"
                                + " C19999, C19998, C19997, C19996, C19995, C19994, C19993,"
                                + " C19992, C19991, ...]");
                    assertThat(e.problems().get(5).toString())
                        .isEqualTo(
                            "categories[5].parent: code 'C5' is in a cycle of 20000 parents [C5,"
                                + " C4, C3, C2, C1, C0, C19999, C19998, C19997, C19996, ...]");
                  });
        });
  }

  @Test
  void listsACycleOfTwentyCodesInFullAndALongerOneInPart() {
    assertThatThrownBy(
            () -> Scheme.of(info("twenty", true), chain("C", 20, Optional.of("C19")), List.of()))
        .isInstanceOfSatisfying(
            InvalidSchemeException.class,
            e ->
                assertThat(e.problems().get(0).message())
                    .startsWith("code 'C0' is in a cycle of parents [")
                    .contains("C0", "C1", "C9", "C10", "C19")
                    .doesNotContain("..."));
    assertThatThrownBy(
            () -> Scheme.of(info("longer", true), chain("C", 21, Optional.of("C20")), List.of()))
        .isInstanceOfSatisfying(
            InvalidSchemeException.class,
            e ->
                assertThat(e.problems().get(0).message())
                    .isEqualTo(
                        "code 'C0' is in a cycle of 21 parents [C0, C20, C19, C18, C17, C16, C15,"
                            + " C14, C13, C12, ...]"));
  }

  @Test
  void requiresAKnownLegacyValueToNameItsCodeAndEachValueOnce() {
    List<Category> categories = List.of(Category.of("99", "Not known", CategoryKind.NOT_KNOWN));
    assertThatThrownBy(
            () ->
                Scheme.of(
                    info("legacy", true),
                    categories,
                    List.of(
                        LegacyValue.of("W", CategoryKind.SUBSTANTIVE, Optional.empty(), "n"),
                        LegacyValue.of("U", CategoryKind.NOT_KNOWN, Optional.empty(), "n"),
                        LegacyValue.of(" u ", CategoryKind.NOT_KNOWN, Optional.empty(), "n"))))
        .isInstanceOfSatisfying(
            InvalidSchemeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(SchemeProblem::toString)
                    .containsExactly(
                        "legacyValues[0].code: legacy value 'W' is SUBSTANTIVE and must name the"
                            + " code it stands for",
                        "legacyValues[2].value: duplicate legacy value ' u '"));
  }

  @Test
  void reportsTheCodesOfACycleButNotTheCodesBelowIt() {
    List<Category> categories =
        List.of(
            Category.builder("C", "Four").parent("D").build(),
            Category.builder("D", "Five").parent("C").build(),
            Category.builder("E", "Below the cycle").parent("C").build());
    assertThatThrownBy(() -> Scheme.of(info("bad", true), categories, List.of()))
        .isInstanceOfSatisfying(
            InvalidSchemeException.class,
            e ->
                assertThat(e.problems())
                    .extracting(SchemeProblem::toString)
                    .containsExactly(
                        "categories[0].parent: code 'C' is in a cycle of parents [C, D]",
                        "categories[1].parent: code 'D' is in a cycle of parents [C, D]"));
  }

  @Test
  void findsChildrenWhoseParentCodeDiffersInCaseWhereTheSchemeIgnoresCase() {
    Scheme scheme =
        Scheme.of(
            info("insensitive", false),
            List.of(
                Category.builder("W", "White").selectable(false).build(),
                Category.builder("A", "White - British").parent("w").build()),
            List.of());
    Category white = scheme.requireCategory("W");
    assertThat(scheme.children(white)).extracting(Category::code).containsExactly("A");
    assertThat(scheme.parent(scheme.requireCategory("a"))).contains(white);
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
  void describesItselfAndNamesTheSchemeOfAnUnknownCode() {
    assertThat(nhs).hasToString("nhs-ethnic-category-2001 test (23 categories)");
    assertThatThrownBy(() -> nhs.requireCategory("Q"))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.schemeId()).isEqualTo("nhs-ethnic-category-2001");
              assertThat(e.code()).isEqualTo("Q");
            });
  }

  @Test
  void rejectsASchemeWithoutCategories() {
    assertThatThrownBy(() -> Scheme.of(info("empty", true), List.of(), List.of()))
        .isInstanceOfSatisfying(
            InvalidSchemeException.class,
            e -> {
              assertThat(e.schemeId()).isEqualTo("empty");
              assertThat(e)
                  .hasMessage(
                      "scheme 'empty' has 1 problem:\n"
                          + "  categories: a scheme needs at least one category");
            });
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
