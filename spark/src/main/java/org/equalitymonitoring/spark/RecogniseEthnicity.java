package org.equalitymonitoring.spark;

import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * The SQL function {@code recognise_ethnicity(value, schemeId)}: recognises a raw recorded value
 * against a bundled scheme as the command-line tool does ({@link BundledRecognition#defaults}:
 * codes in any case and spacing, labels, legacy values, bundled synonyms and broad-group terms,
 * SNOMED CT and CTV3 concepts through the default crosswalks), giving a struct of {@link
 * EthnicityFunctions#RECOGNITION_TYPE}. Never returns null: a null value is MISSING.
 *
 * <p>The class has a no-argument constructor for PySpark's {@code spark.udf.registerJavaFunction}.
 * Only the class travels to executors; each builds its recognisers on first use, so nothing but the
 * scheme id is serialised. An instance is used by one task at a time.
 */
public final class RecogniseEthnicity implements UDF2<String, String, Row> {
  private static final long serialVersionUID = 1L;

  private transient Map<String, Recognisers> bySchemeId;

  /** Returns the function; its recognisers are built on first use. */
  public RecogniseEthnicity() {}

  /**
   * Recognises one value.
   *
   * @param value the raw value, or null for a missing value
   * @param schemeId a bundled scheme id, such as {@code nhs-ethnic-category-2001}, not null
   * @return the struct of the recognition
   * @throws org.equalitymonitoring.schemes.UnknownIdException if the scheme is not bundled
   */
  @Override
  public Row call(String value, String schemeId) {
    if (bySchemeId == null) {
      bySchemeId = new HashMap<>();
    }
    return bySchemeId.computeIfAbsent(schemeId, Recognisers::new).row(value);
  }

  /** One scheme's recogniser, with the struct of each recognition built once. */
  private static final class Recognisers {
    private final CrosswalkRecogniser recogniser;
    private final Map<Recognition, Row> rows = new HashMap<>();

    Recognisers(String schemeId) {
      this.recogniser =
          BundledRecognition.defaults(BundledSchemes.get().requireScheme(schemeId)).recogniser();
    }

    Row row(String value) {
      return rows.computeIfAbsent(recogniser.recognise(value), RecognitionRow::encode);
    }
  }
}
