package org.equalitymonitoring.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.mapping.Translation;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.CrosswalkId;
import org.equalitymonitoring.schemes.SchemeId;

/**
 * Recognises messy recorded values as NHS ETHNIC CATEGORY letters and translates them to Census
 * 2021 categories.
 *
 * <p>Shows: a code with stray space and in lower case ({@code " a"}), a display label ({@code
 * "White - British"}), a legacy value ({@code "X"}, HES "Not known"), a SNOMED CT concept read
 * through the OpenSAFELY crosswalk ({@code 92711000000100}, Somali), and a translation that is one
 * to many ({@code C}, Any other White background, becomes Census 2021 {@code 17}, {@code 15} or
 * {@code 16}: the library lists them and never guesses).
 */
public final class CodeAndTranslate {
  /** One raw value, how it was recognised and, if it has a code, its Census 2021 translation. */
  public record Row(String input, Recognition recognition, Optional<Translation> census) {}

  private CodeAndTranslate() {}

  /** Recognises each raw value and translates its code to Census 2021. */
  public static List<Row> codeAndTranslate(List<String> rawValues) {
    BundledSchemes bundled = BundledSchemes.get();
    Scheme nhs = bundled.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001);
    // 1. A recogniser for NHS letters that also reads SNOMED CT codes via the OpenSAFELY list.
    CrosswalkRecogniser recogniser =
        CrosswalkRecogniser.of(
            nhs,
            List.of(bundled.requireCrosswalk(CrosswalkId.OPENSAFELY_SNOMED_TO_NHS_2001)),
            bundled.schemeFinder());
    // 2. The published crosswalk from NHS letters to Census 2021 categories.
    Crosswalk toCensus = bundled.requireCrosswalk(CrosswalkId.NHS_2001_TO_CENSUS_2021);
    List<Row> rows = new ArrayList<>();
    for (String raw : rawValues) {
      // 3. recognise never throws: an unusable value comes back as MISSING or UNRECOGNISED.
      Recognition recognition = recogniser.recognise(raw);
      // 4. Translate the code; a ONE_TO_MANY translation lists every candidate target.
      rows.add(new Row(raw, recognition, recognition.code().map(toCensus::translate)));
    }
    return rows;
  }

  public static void main(String[] args) {
    Scheme census = BundledSchemes.get().requireScheme(SchemeId.ONS_CENSUS_2021_ENGLAND_WALES);
    List<String> raw = List.of("  a", "White - British", "X", "92711000000100", "c", "Martian");
    for (Row row : codeAndTranslate(raw)) {
      System.out.printf(
          "%-18s %-13s %-36s %s%n",
          "\"" + row.input() + "\"",
          row.recognition().status(),
          row.recognition().code().orElse("-") + " by " + row.recognition().rule(),
          row.census().map(t -> describe(t, census)).orElse(""));
    }
  }

  private static String describe(Translation translation, Scheme census) {
    List<String> targets = new ArrayList<>();
    for (String code : translation.targetCodes()) {
      targets.add(code + " " + census.requireCategory(code).label());
    }
    return "-> " + translation.outcome() + " " + targets;
  }
}
