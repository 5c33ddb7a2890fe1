package org.equalitymonitoring.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A hand-built copy of the NHS Data Dictionary ETHNIC CATEGORY list (SCHEMES.md §1.1), written out
 * here so that tests of the coding model do not depend on the bundled data.
 */
public final class TestSchemes {
  private TestSchemes() {}

  /**
   * Returns a builder of a scheme's information with every required field but the id filled in with
   * placeholders: title "t", version "1", publisher "p", source "s", licence "l".
   */
  public static SchemeInfo.Builder info(String id) {
    return SchemeInfo.builder()
        .id(id)
        .title("t")
        .version("1")
        .publisher("p")
        .source("s")
        .licence("l");
  }

  /** Returns the NHS 2001 scheme with its five headings, Z, 99 and legacy values X and 9. */
  public static Scheme nhs2001() {
    List<Category> categories = new ArrayList<>();
    heading(
        categories,
        "White",
        "A White - British",
        "B White - Irish",
        "C* White - Any other White background");
    heading(
        categories,
        "Mixed",
        "D Mixed - White and Black Caribbean",
        "E Mixed - White and Black African",
        "F Mixed - White and Asian",
        "G* Mixed - Any other mixed background");
    heading(
        categories,
        "Asian or Asian British",
        "H Asian or Asian British - Indian",
        "J Asian or Asian British - Pakistani",
        "K Asian or Asian British - Bangladeshi",
        "L* Asian or Asian British - Any other Asian background");
    heading(
        categories,
        "Black or Black British",
        "M Black or Black British - Caribbean",
        "N Black or Black British - African",
        "P* Black or Black British - Any other Black background");
    heading(
        categories,
        "Other Ethnic Groups",
        "R Other Ethnic Groups - Chinese",
        "S* Other Ethnic Groups - Any other ethnic group");
    categories.add(Category.of("Z", "Not stated", CategoryKind.NOT_STATED));
    categories.add(Category.of("99", "Not known", CategoryKind.NOT_KNOWN));
    SchemeInfo info =
        SchemeInfo.builder()
            .id("nhs-ethnic-category-2001")
            .title("NHS ETHNIC CATEGORY")
            .version("test")
            .publisher("NHS England")
            .source("https://www.datadictionary.nhs.uk/data_elements/ethnic_category.html")
            .licence("OGL v3")
            .firstCharacterIsNational(true)
            .build();
    return Scheme.of(
        info,
        categories,
        List.of(
            LegacyValue.of("X", CategoryKind.NOT_KNOWN, Optional.of("99"), "HES ETHRAW"),
            LegacyValue.of("9", CategoryKind.NOT_KNOWN, Optional.of("99"), "CP406")));
  }

  private static void heading(List<Category> categories, String heading, String... members) {
    categories.add(Category.builder(heading, heading).selectable(false).build());
    for (String member : members) {
      int space = member.indexOf(' ');
      String code = member.substring(0, space).replace("*", "");
      CategoryKind kind =
          member.startsWith(code + "*") ? CategoryKind.OTHER : CategoryKind.SUBSTANTIVE;
      String label = member.substring(space + 1);
      String shortLabel = label.substring(label.indexOf(" - ") + 3);
      categories.add(
          Category.builder(code, label)
              .parent(heading)
              .kind(kind)
              .alternativeLabels(List.of(shortLabel))
              .build());
    }
  }
}
