package org.equalitymonitoring.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF2;
import org.equalitymonitoring.mapping.Translation;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * The SQL function {@code translate_ethnicity_code(code, crosswalkId)}: translates a code through a
 * bundled crosswalk ({@link org.equalitymonitoring.mapping.Crosswalk#translate}), giving a struct
 * of {@link EthnicityFunctions#TRANSLATION_TYPE}: the outcome (MAPPED, ONE_TO_MANY, UNMATCHED or
 * NOT_IN_CROSSWALK), the target code when MAPPED, and every target code. The code is looked up
 * exactly as given; recognise raw values first to normalise case and spacing. A null code gives
 * null.
 *
 * <p>The class has a no-argument constructor for PySpark's {@code spark.udf.registerJavaFunction};
 * the crosswalks are read from the bundled data on each executor.
 */
public final class TranslateCode implements UDF2<String, String, Row> {
  private static final long serialVersionUID = 1L;

  /** Returns the function. */
  public TranslateCode() {}

  /**
   * Translates one code.
   *
   * @param code the code of the crosswalk's source scheme, or null
   * @param crosswalkId a bundled crosswalk id, such as {@code gdppr-to-nhs-2001}, not null
   * @return the struct of the translation, or null for a null code
   * @throws org.equalitymonitoring.schemes.UnknownIdException if the crosswalk is not bundled
   */
  @Override
  public Row call(String code, String crosswalkId) {
    if (code == null) {
      return null;
    }
    Translation translation = BundledSchemes.get().requireCrosswalk(crosswalkId).translate(code);
    return RowFactory.create(
        translation.outcome().name(),
        translation.outcome() == Translation.Outcome.MAPPED
            ? translation.targetCodes().get(0)
            : null,
        translation.targetCodes());
  }
}
