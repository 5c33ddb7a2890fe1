package org.equalitymonitoring.schemes;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.DetailedCategory;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.WriteInClassifier;
import org.equalitymonitoring.io.CsvReader;

/**
 * The bundled detailed classification of write-ins: ONS Census 2021 England and Wales "ethnic group
 * (detailed)" (TS022), 287 categories under 6 questionnaire sections, under {@code
 * org/equalitymonitoring/schemes/detailed/} with its {@code PROVENANCE.md}.
 *
 * <p>Each detailed category's Census 2021 code ({@link SchemeId#ONS_CENSUS_2021_ENGLAND_WALES},
 * output classification 20b) is <strong>inferred</strong>, not published by ONS: a tick-box label
 * is counted in its own code, every other write-in in the "Any other" code of its section (the
 * African section in 6 African). Its placement: a tick-box category itself; a write-in under a
 * category of its own (the African section); the "Any other" of a named section; or 19 Any other
 * ethnic group. Immutable and thread-safe.
 */
public final class BundledWriteInClassification {
  private static final String FILE =
      "/org/equalitymonitoring/schemes/detailed/census2021_ethnic_group_detailed.csv";

  /** The section of "Any other ethnic group" in the file's {@code heading_key} column. */
  private static final String OTHER_SECTION = "OTHER";

  /** How the file's {@code mapping_basis} column starts for a tick-box category of the 19. */
  private static final String TICK_BOX = "tick-box category";

  private static final class Holder {
    static final WriteInClassifier CENSUS_2021 = load();
  }

  private BundledWriteInClassification() {}

  /**
   * Returns the classifier of write-ins against Census 2021 "ethnic group (detailed)"; each
   * category's {@link DetailedCategory#outputCode()} is a code of {@code
   * ons-census-2021-england-wales} (inferred, see above).
   *
   * @return the classifier, loaded on first use
   * @throws IllegalStateException if the bundled resource is missing or malformed (a packaging
   *     error)
   */
  public static WriteInClassifier census2021() {
    return Holder.CENSUS_2021;
  }

  private static WriteInClassifier load() {
    Scheme census = BundledSchemes.get().requireScheme(SchemeId.ONS_CENSUS_2021_ENGLAND_WALES);
    InputStream in = BundledWriteInClassification.class.getResourceAsStream(FILE);
    if (in == null) {
      throw new IllegalStateException("bundled resource " + FILE + " is missing");
    }
    List<DetailedCategory> categories = new ArrayList<>();
    try (CsvReader csv = CsvReader.of(new InputStreamReader(in, StandardCharsets.UTF_8), FILE)) {
      int code = csv.column("code");
      int label = csv.column("label");
      int heading = csv.column("heading");
      int headingKey = csv.column("heading_key");
      int output = csv.column("ethnic_group_19_code");
      int basis = csv.column("mapping_basis");
      while (csv.next()) {
        Category category =
            census
                .category(csv.get(output))
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            "bundled resource "
                                + FILE
                                + " line "
                                + csv.line()
                                + ": not a Census 2021 code"));
        DetailedCategory.Placement placement;
        if (csv.get(basis).startsWith(TICK_BOX)) {
          placement = DetailedCategory.Placement.OWN_CATEGORY;
        } else if (category.kind() != CategoryKind.OTHER) {
          placement = DetailedCategory.Placement.WRITE_IN_OF_A_CATEGORY;
        } else if (csv.get(headingKey).equals(OTHER_SECTION)) {
          placement = DetailedCategory.Placement.ANY_OTHER_ETHNIC_GROUP;
        } else {
          placement = DetailedCategory.Placement.SECTION_ANY_OTHER;
        }
        categories.add(
            DetailedCategory.of(
                csv.get(code), csv.get(label), csv.get(heading), category.code(), placement));
      }
    }
    return WriteInClassifier.of(categories);
  }
}
