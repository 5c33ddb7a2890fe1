package org.equalitymonitoring.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.mapping.Translation;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.UnknownIdException;
import org.junit.jupiter.api.Test;

class EthnicityFunctionsTest {
  private static final SparkSession SPARK = LocalSpark.session();

  /** The values of a one-column DataFrame, in order, and their recognitions. */
  private static List<Row> recognise(List<String> values, String schemeId) {
    Dataset<Row> frame = SPARK.createDataset(values, Encoders.STRING()).toDF("value");
    return frame.select(EthnicityFunctions.recognise(col("value"), schemeId)).collectAsList();
  }

  private static List<Object> fields(Row struct) {
    return Arrays.asList(
        struct.getString(0), struct.getString(1), struct.getString(2), struct.getList(3));
  }

  @Test
  void recognisesCodesLabelsConceptsAndJunkAsTheNhsStandardSays() {
    List<Row> rows =
        recognise(
            Arrays.asList(
                "A",
                " b ",
                "A9",
                "Q1",
                "Z",
                "X",
                null,
                "   ",
                "asian or asian british indian",
                "110751000000108",
                "BAME"),
            "nhs-ethnic-category-2001");

    // SCHEMES.md §1: A-S and Z are the national codes, "the second character is local" (A9 is A),
    // Q is no code, X is HES's legacy "Not known" (the bundled scheme's legacy value for the
    // default code 99, SCHEMES.md §1.3), H's label is "Asian or Asian British - Indian";
    // OpenSAFELY's SNOMED codelist maps 110751000000108 (Indian or British Indian) to H; "BAME"
    // is a broad-group term of the GOV.UK standardiser lookup.
    assertThat(rows)
        .extracting(row -> fields(row.getStruct(0)))
        .containsExactly(
            List.of("A", "CODED", "CODE", List.of("A")),
            List.of("B", "CODED", "CODE_IGNORING_CASE_AND_SPACE", List.of("B")),
            List.of("A", "CODED", "NATIONAL_CODE_PREFIX", List.of("A")),
            Arrays.asList(null, "UNRECOGNISED", "NONE", List.of()),
            List.of("Z", "NOT_STATED", "CODE", List.of("Z")),
            List.of("99", "NOT_KNOWN", "LEGACY_VALUE", List.of("99")),
            Arrays.asList(null, "MISSING", "BLANK", List.of()),
            Arrays.asList(null, "MISSING", "BLANK", List.of()),
            List.of("H", "CODED", "LABEL", List.of("H")),
            List.of("H", "CODED", "CROSSWALK", List.of("H")),
            Arrays.asList(null, "BROAD_GROUP", "BROAD_GROUP_TERM", List.of()));
  }

  @Test
  void givesTheCoreRecognitionOfEveryMessyValue() {
    for (String schemeId : List.of("nhs-ethnic-category-2001", "ons-census-2021-england-wales")) {
      List<String> values = new ArrayList<>();
      MessyRecords.generate(7, 200, 3).forEach(row -> values.add(row.getString(3)));
      CrosswalkRecogniser core =
          BundledRecognition.defaults(BundledSchemes.get().requireScheme(schemeId)).recogniser();

      List<Row> rows = recognise(values, schemeId);

      List<Recognition> expected = new ArrayList<>();
      values.forEach(value -> expected.add(core.recognise(value)));
      List<Recognition> actual = new ArrayList<>();
      rows.forEach(row -> actual.add(RecognitionRow.decode(row.getStruct(0), core.scheme())));
      assertThat(actual).isEqualTo(expected);
    }
  }

  @Test
  void translatesThroughANamedCrosswalk() {
    Dataset<Row> frame =
        SPARK.createDataset(Arrays.asList("A", "T", "Q", null), Encoders.STRING()).toDF("code");

    List<Row> rows =
        frame
            .select(EthnicityFunctions.translate(col("code"), "gdppr-to-nhs-2001"))
            .collectAsList();

    // gdppr-to-nhs-2001 (SCHEMES.md §1.5): A is A; GDPPR's Traveller T is folded into C by
    // convention; Q is not a GDPPR code; null in, null out.
    assertThat(rows.get(0).getStruct(0).toString()).isEqualTo("[MAPPED,A,ArraySeq(A)]");
    assertThat(rows.get(1).getStruct(0).toString()).isEqualTo("[MAPPED,C,ArraySeq(C)]");
    assertThat(rows.get(2).getStruct(0).toString()).isEqualTo("[NOT_IN_CROSSWALK,null,ArraySeq()]");
    assertThat(rows.get(3).isNullAt(0)).isTrue();
  }

  @Test
  void translatesEveryCodeAsTheCoreCrosswalkDoes() {
    var crosswalk = BundledSchemes.get().requireCrosswalk("opensafely-snomed-to-nhs-2001");
    List<String> codes = new ArrayList<>();
    crosswalk.rows().forEach(row -> codes.add(row.sourceCode()));
    codes.add("no such concept");

    List<Row> rows =
        SPARK
            .createDataset(codes, Encoders.STRING())
            .toDF("code")
            .select(EthnicityFunctions.translate(col("code"), crosswalk.id()))
            .collectAsList();

    for (int i = 0; i < codes.size(); i++) {
      Translation expected = crosswalk.translate(codes.get(i));
      Row actual = rows.get(i).getStruct(0);
      assertThat(actual.getString(0)).isEqualTo(expected.outcome().name());
      assertThat(actual.<String>getList(2)).isEqualTo(expected.targetCodes());
    }
  }

  @Test
  void registersSqlFunctionsThatGiveTheSameStructs() {
    EthnicityFunctions.register(SPARK);
    SPARK
        .createDataset(Arrays.asList(" h ", "T", null), Encoders.STRING())
        .toDF("value")
        .createOrReplaceTempView("ethnicity_values");

    List<Row> rows =
        SPARK
            .sql(
                "SELECT recognise_ethnicity(value, 'nhs-ethnic-category-2001') AS r,"
                    + " translate_ethnicity_code(value, 'gdppr-to-nhs-2001') AS t"
                    + " FROM ethnicity_values")
            .collectAsList();

    assertThat(fields(rows.get(0).getStruct(0)))
        .isEqualTo(List.of("H", "CODED", "CODE_IGNORING_CASE_AND_SPACE", List.of("H")));
    assertThat(rows.get(0).getStruct(1).getString(0)).isEqualTo("NOT_IN_CROSSWALK");
    assertThat(rows.get(1).getStruct(1).getString(1)).isEqualTo("C");
    assertThat(fields(rows.get(2).getStruct(0)))
        .isEqualTo(Arrays.asList(null, "MISSING", "BLANK", List.of()));
  }

  @Test
  void unknownSchemeOrCrosswalkFailsOnTheDriverListingTheIds() {
    assertThatThrownBy(() -> EthnicityFunctions.recognise(col("value"), "nhs-1991"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("nhs-1991")
        .hasMessageContaining("nhs-ethnic-category-2001");
    assertThatThrownBy(() -> EthnicityFunctions.translate(col("value"), "nhs-to-omb"))
        .isInstanceOf(UnknownIdException.class)
        .hasMessageContaining("nhs-to-omb")
        .hasMessageContaining("gdppr-to-nhs-2001");
  }
}
