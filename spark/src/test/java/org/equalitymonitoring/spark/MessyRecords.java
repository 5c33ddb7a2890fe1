package org.equalitymonitoring.spark;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.resolution.SourceIds;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.CrosswalkId;
import org.equalitymonitoring.schemes.SchemeId;

/**
 * Generated record-level extracts as found in national data: NHS ethnic category codes in any case
 * with stray spaces, tabs and no-break spaces, display labels in place of codes, SNOMED CT concepts
 * and HES ETHNOS digits (all taken from the bundled data, not invented), legacy values, headings,
 * broad-group terms, invalid codes, blanks and nulls; records of several sources on a few dates, so
 * that persons have conflicts and ties. The same seed gives the same records.
 */
final class MessyRecords {
  /** person, source, date, value, unit, outcome. */
  static final StructType TYPE =
      new StructType()
          .add("person", DataTypes.StringType, false)
          .add("source", DataTypes.StringType, false)
          .add("date", DataTypes.DateType, true)
          .add("value", DataTypes.StringType, true)
          .add("unit", DataTypes.StringType, true)
          .add("outcome", DataTypes.BooleanType, true);

  private static final List<String> SOURCES =
      List.of(
          SourceIds.GP_JOURNAL, SourceIds.GP_PATIENT, SourceIds.APC, SourceIds.AE, SourceIds.OP);

  /** Values no scheme recognises, or that only look like codes: invalid, blank, null, terms. */
  private static final List<String> JUNK =
      List.of("Q1", "XX", "foo", "??", "1234", "", "   ", "\t", "BAME", "Mixed", "x", "X", "A9");

  private MessyRecords() {}

  /** Returns a record's raw values: each column of {@link #TYPE} in order. */
  static List<Row> generate(long seed, int persons, int maxRecordsPerPerson) {
    Random random = new Random(seed);
    BundledSchemes bundled = BundledSchemes.get();
    Scheme nhs = bundled.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001);
    List<String> codes = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (Category category : nhs.categories()) {
      codes.add(category.code());
      labels.add(category.label());
    }
    List<String> snomed = sourceCodes(bundled, CrosswalkId.NHSD_GDPPR_SNOMED_TO_GDPPR);
    snomed.addAll(sourceCodes(bundled, CrosswalkId.OPENSAFELY_SNOMED_TO_NHS_2001));
    List<String> ethnos = sourceCodes(bundled, CrosswalkId.HES_ETHNOS_PRE_2003_TO_NHS_2001);
    List<Row> rows = new ArrayList<>();
    for (int p = 0; p < persons; p++) {
      String person = "P" + random.nextInt(persons * 4);
      int records = 1 + random.nextInt(maxRecordsPerPerson);
      for (int r = 0; r < records; r++) {
        String source = SOURCES.get(random.nextInt(SOURCES.size()));
        String value;
        int kind = random.nextInt(20);
        if (source.equals(SourceIds.GP_JOURNAL) && kind < 12) {
          value = pick(random, snomed);
        } else if (source.equals(SourceIds.APC) && kind < 4) {
          value = pick(random, ethnos);
        } else if (kind < 8) {
          value = pick(random, codes);
        } else if (kind < 11) {
          value = messy(random, pick(random, codes));
        } else if (kind < 14) {
          value = messy(random, pick(random, labels));
        } else if (kind < 19) {
          value = pick(random, JUNK);
        } else {
          value = null;
        }
        Date date =
            random.nextInt(8) == 0
                ? null
                : Date.valueOf(LocalDate.of(2020, 1, 1).plusDays(30L * random.nextInt(6)));
        String unit = random.nextInt(30) == 0 ? null : "unit-" + random.nextInt(4);
        Boolean outcome = random.nextInt(10) == 0 ? null : random.nextInt(3) == 0;
        rows.add(RowFactory.create(person, source, date, value, unit, outcome));
      }
    }
    return rows;
  }

  /** Returns the generated records as a DataFrame of {@link #TYPE} in two partitions. */
  static Dataset<Row> frame(List<Row> rows) {
    return LocalSpark.session().createDataFrame(rows, TYPE).repartition(2);
  }

  private static List<String> sourceCodes(BundledSchemes bundled, CrosswalkId id) {
    List<String> codes = new ArrayList<>();
    for (CrosswalkRow row : bundled.requireCrosswalk(id).rows()) {
      codes.add(row.sourceCode());
    }
    return codes;
  }

  private static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Returns a value as people type it: another case, spaces, tabs or no-break spaces around. */
  private static String messy(Random random, String value) {
    switch (random.nextInt(5)) {
      case 0:
        return value.toLowerCase(java.util.Locale.ROOT);
      case 1:
        return "  " + value + " ";
      case 2:
        return "\u00A0" + value.toUpperCase(java.util.Locale.ROOT) + "\t";
      case 3:
        return value.replace(' ', '-');
      default:
        return " " + value.toLowerCase(java.util.Locale.ROOT);
    }
  }
}
