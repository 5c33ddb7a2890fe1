package org.equalitymonitoring.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.udf;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * Column functions over raw ethnicity values: {@link #recognise} against a bundled scheme and
 * {@link #translate} through a bundled crosswalk, the same as the core library row for row; and
 * {@link #register}, which makes them SQL functions for Spark SQL and PySpark.
 */
public final class EthnicityFunctions {
  /**
   * The result of {@link #recognise}: {@code code} (the recognised category's code, null without
   * one), {@code status} and {@code rule} (names of {@link
   * org.equalitymonitoring.coding.RecognitionStatus} and {@link
   * org.equalitymonitoring.coding.RecognitionRule}), and {@code candidates} (the matching codes:
   * one when recognised, several when AMBIGUOUS, else none). As DDL: {@value #RECOGNITION_DDL}.
   */
  public static final StructType RECOGNITION_TYPE = RecognitionRow.TYPE;

  /** {@link #RECOGNITION_TYPE} as DDL, for PySpark's {@code registerJavaFunction}. */
  public static final String RECOGNITION_DDL =
      "struct<code:string,status:string,rule:string,candidates:array<string>>";

  /**
   * The result of {@link #translate}: {@code outcome} (a name of {@link
   * org.equalitymonitoring.mapping.Translation.Outcome}), {@code code} (the target when MAPPED,
   * else null) and {@code targets} (every target code). As DDL: {@value #TRANSLATION_DDL}.
   */
  public static final StructType TRANSLATION_TYPE =
      new StructType()
          .add("outcome", DataTypes.StringType, false)
          .add("code", DataTypes.StringType, true)
          .add("targets", DataTypes.createArrayType(DataTypes.StringType, false), false);

  /** {@link #TRANSLATION_TYPE} as DDL, for PySpark's {@code registerJavaFunction}. */
  public static final String TRANSLATION_DDL =
      "struct<outcome:string,code:string,targets:array<string>>";

  /** The SQL name of {@link RecogniseEthnicity}. */
  public static final String RECOGNISE_SQL_NAME = "recognise_ethnicity";

  /** The SQL name of {@link TranslateCode}. */
  public static final String TRANSLATE_SQL_NAME = "translate_ethnicity_code";

  private static final UserDefinedFunction RECOGNISE =
      udf(new RecogniseEthnicity(), RECOGNITION_TYPE).asNonNullable();
  private static final UserDefinedFunction TRANSLATE = udf(new TranslateCode(), TRANSLATION_TYPE);

  private EthnicityFunctions() {}

  /**
   * Returns a column that recognises raw values against a bundled scheme, as {@link
   * RecogniseEthnicity} describes: a struct of {@link #RECOGNITION_TYPE}, never null.
   *
   * @param value a string column of raw recorded values, not null
   * @param schemeId a bundled scheme or example local scheme id, such as {@code
   *     nhs-ethnic-category-2001}, not null
   * @return the column
   * @throws org.equalitymonitoring.schemes.UnknownIdException if the scheme is not bundled (checked
   *     here, on the driver)
   */
  public static Column recognise(Column value, String schemeId) {
    requireNonNull(value, "value");
    BundledSchemes.get().requireScheme(schemeId);
    return RECOGNISE.apply(value, lit(schemeId));
  }

  /**
   * Returns a column that translates codes through a bundled crosswalk, as {@link TranslateCode}
   * describes: a struct of {@link #TRANSLATION_TYPE}, null where the code is null.
   *
   * @param code a string column of codes of the crosswalk's source scheme, not null
   * @param crosswalkId a bundled crosswalk id, such as {@code gdppr-to-nhs-2001}, not null
   * @return the column
   * @throws org.equalitymonitoring.schemes.UnknownIdException if the crosswalk is not bundled
   *     (checked here, on the driver)
   */
  public static Column translate(Column code, String crosswalkId) {
    requireNonNull(code, "code");
    BundledSchemes.get().requireCrosswalk(crosswalkId);
    return TRANSLATE.apply(code, lit(crosswalkId));
  }

  /**
   * Registers {@value #RECOGNISE_SQL_NAME}{@code (value, schemeId)} and {@value
   * #TRANSLATE_SQL_NAME}{@code (code, crosswalkId)} as SQL functions of a session. From PySpark,
   * {@code spark.udf.registerJavaFunction} with the class names and DDL types does the same.
   *
   * @param spark the session, not null
   */
  public static void register(SparkSession spark) {
    requireNonNull(spark, "spark");
    spark.udf().register(RECOGNISE_SQL_NAME, RECOGNISE);
    spark.udf().register(TRANSLATE_SQL_NAME, TRANSLATE);
  }
}
