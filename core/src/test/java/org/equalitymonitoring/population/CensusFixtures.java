package org.equalitymonitoring.population;

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
 * Census 2021 scheme, crosswalk to NHS letters and RM032 population built in the test straight from
 * the reference files (20b codes, the label-based crosswalk CSV, RM032 rows), independent of the
 * bundled data.
 */
final class CensusFixtures {
  static final String RM032 = "census/census2021_rm032_england_wales_ethnic20_sex_age5.csv";

  private CensusFixtures() {}

  /** The 20b scheme: headings from the high_level column, -8 top-level NOT_KNOWN. */
  static Scheme census2021() {
    List<Map<String, String>> rows =
        ReferenceFiles.read("census/ons_census2021_ew_ethnic_group_20b.csv");
    Map<String, List<Category>> byHeading = new LinkedHashMap<>();
    List<Category> categories = new ArrayList<>();
    for (Map<String, String> row : rows) {
      if (row.get("code").equals("-8")) {
        continue;
      }
      byHeading
          .computeIfAbsent(row.get("high_level"), h -> new ArrayList<>())
          .add(
              Category.builder(row.get("code"), row.get("label"))
                  .parent(row.get("high_level"))
                  .build());
    }
    byHeading.forEach(
        (heading, children) -> {
          categories.add(Category.builder(heading, heading).selectable(false).build());
          categories.addAll(children);
        });
    categories.add(Category.of("-8", "Does not apply", CategoryKind.NOT_KNOWN));
    return Scheme.of(
        SchemeInfo.builder()
            .id("ons-census-2021-england-wales")
            .title("Census 2021 20b")
            .version("test")
            .publisher("ONS")
            .source("ons_census2021_ew_ethnic_group_20b.csv")
            .licence("OGL v3")
            .build(),
        categories,
        List.of());
  }

  static Scheme nhs2001() {
    return TestSchemes.nhs2001();
  }

  /** The label-based crosswalk CSV: notes starting "no 2001 code" are conventions (INEXACT). */
  static Crosswalk census2021ToNhs() {
    Map<String, String> codeByLabel = new LinkedHashMap<>();
    for (Map<String, String> row :
        ReferenceFiles.read("census/ons_census2021_ew_ethnic_group_20b.csv")) {
      codeByLabel.put(row.get("label"), row.get("code"));
    }
    List<CrosswalkRow> rows = new ArrayList<>();
    for (Map<String, String> row :
        ReferenceFiles.read("census/census2021_to_nhs_ethnic_category_2001_crosswalk.csv")) {
      String note = row.get("note");
      rows.add(
          CrosswalkRow.of(
              codeByLabel.get(row.get("census2021_label")),
              row.get("nhs_ethnic_category_2001_code"),
              note.startsWith("no 2001 code") ? Equivalence.INEXACT : Equivalence.EQUIVALENT,
              note.isEmpty() ? Optional.empty() : Optional.of(note)));
    }
    rows.add(CrosswalkRow.unmatched("-8", Optional.of("Does not apply")));
    return Crosswalk.of(
        CrosswalkInfo.builder()
            .id("census-2021-to-nhs-2001")
            .title("t")
            .version("test")
            .publisher("p")
            .source("census2021_to_nhs_ethnic_category_2001_crosswalk.csv")
            .licence("derived")
            .sourceSchemeId("ons-census-2021-england-wales")
            .targetSchemeId("nhs-ethnic-category-2001")
            .description("d")
            .build(),
        rows,
        census2021(),
        nhs2001());
  }

  /** RM032 (England and Wales, 20 codes x sex x age) built cell by cell from the raw rows. */
  static ReferencePopulation rm032() {
    ReferencePopulation.Builder builder =
        ReferencePopulation.builder(
            PopulationInfo.builder()
                .id("census-2021-rm032")
                .title("RM032")
                .version("test")
                .source(RM032)
                .licence("OGL v3")
                .schemeId("ons-census-2021-england-wales")
                .build());
    for (Map<String, String> row : ReferenceFiles.read(RM032)) {
      builder.add(
          row.get("ethnic_group_code"),
          row.get("area_name"),
          Optional.of(row.get("age_band")),
          Optional.of(row.get("sex")),
          Long.parseLong(row.get("observation")));
    }
    return builder.build();
  }

  /** Sum of RM032 England observations for the given ethnic group labels, from the raw rows. */
  static long rm032England(String... labels) {
    List<String> wanted = List.of(labels);
    long sum = 0;
    for (Map<String, String> row : ReferenceFiles.read(RM032)) {
      if (row.get("area_name").equals("England") && wanted.contains(row.get("ethnic_group"))) {
        sum += Long.parseLong(row.get("observation"));
      }
    }
    return sum;
  }
}
