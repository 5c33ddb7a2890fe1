package org.equalitymonitoring.spark;

import static java.util.Objects.requireNonNull;
import static org.apache.spark.sql.functions.col;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.resolution.EthnicityRecord;
import org.equalitymonitoring.resolution.InputOrder;
import org.equalitymonitoring.resolution.Resolution;
import org.equalitymonitoring.resolution.ResolutionPolicy;
import org.equalitymonitoring.resolution.TiedRecord;
import org.equalitymonitoring.schemes.BundledPresets;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * A bundled resolution preset ({@link BundledPresets}) as a DataFrame transformation: from records
 * (person, source, date, raw value) to one row per person, equal to what the core {@link
 * ResolutionPolicy} and the command-line tool's {@code resolve} give for the same records. The
 * records are partitioned and sorted by person and each partition is resolved by {@link
 * ResolutionPolicy#resolveEach}, so a person's records meet on one executor and nothing else is
 * held in memory.
 *
 * <p>Each record is read as {@code resolve} reads an extract: the source stripped and in lower
 * case; the raw value recognised against the scheme ({@link BundledRecognition#defaults}), except
 * for the sources whose codes the preset translates itself (the GP journal's SNOMED CT concepts),
 * whose values are passed on stripped, a blank one as MISSING. The person is used as given (cast to
 * a string). Immutable and serialisable: only the preset name, scheme id and column names travel to
 * the executors.
 */
public final class PresetResolution {
  /**
   * The rows of the result, one per person: {@code person}; {@code code}, the resolved code or
   * null; {@code rule} and {@code underlying_rule} (names of {@link
   * org.equalitymonitoring.resolution.ResolutionRule}, the second null except for a fill-if-missing
   * preset); {@code known_codes}, sorted; {@code records_considered}; {@code tied_at_category} and
   * {@code tied_at_broad_group}, the Secure Data Environment pipeline's tie flags; and {@code
   * tied_records}, sorted by source and code.
   */
  public static final StructType RESULT_TYPE =
      new StructType()
          .add("person", DataTypes.StringType, false)
          .add("code", DataTypes.StringType, true)
          .add("rule", DataTypes.StringType, false)
          .add("underlying_rule", DataTypes.StringType, true)
          .add("known_codes", DataTypes.createArrayType(DataTypes.StringType, false), false)
          .add("records_considered", DataTypes.IntegerType, false)
          .add("tied_at_category", DataTypes.BooleanType, false)
          .add("tied_at_broad_group", DataTypes.BooleanType, false)
          .add(
              "tied_records",
              DataTypes.createArrayType(
                  new StructType()
                      .add("source", DataTypes.StringType, false)
                      .add("code", DataTypes.StringType, false)
                      .add("broad_group", DataTypes.StringType, true),
                  false),
              false);

  private final String preset;
  private final String schemeId;

  private PresetResolution(String preset, String schemeId) {
    this.preset = preset;
    this.schemeId = schemeId;
  }

  /**
   * Returns the resolution by a preset of values recorded in a scheme.
   *
   * @param preset a preset name, such as {@code bhf-dsc-sde-curate-ethnicity}, not null
   * @param schemeId the bundled scheme the raw values are recognised against, such as {@code
   *     nhs-ethnic-category-2001}, not null
   * @return the resolution
   * @throws IllegalArgumentException if no preset has that name (the message lists the names)
   * @throws org.equalitymonitoring.schemes.UnknownIdException if the scheme is not bundled
   */
  public static PresetResolution of(String preset, String schemeId) {
    BundledPresets.get().requirePreset(preset);
    BundledSchemes.get().requireScheme(requireNonNull(schemeId, "schemeId"));
    return new PresetResolution(preset, schemeId);
  }

  /**
   * Resolves records to one row per person, of {@link #RESULT_TYPE}, in no particular order.
   *
   * @param records the records, not null
   * @param person the column of the person's key: any type, cast to a string; never null
   * @param source the column of the source id, such as {@code gp-journal}: a string, never blank
   * @param date the column of the record's date: a date, null for an undated record
   * @param value the column of the raw recorded value: a string, null for a missing value
   * @return the persons
   * @throws IllegalArgumentException if a column is missing or the date or value column has another
   *     type; a null or blank person or source fails the Spark job with a message that names the
   *     column
   */
  public Dataset<Row> apply(
      Dataset<Row> records, String person, String source, String date, String value) {
    requireNonNull(records, "records");
    requireType(records, date, DataTypes.DateType);
    requireType(records, value, DataTypes.StringType);
    requireType(records, source, DataTypes.StringType);
    Dataset<Row> columns =
        records.select(
            col(person).cast(DataTypes.StringType).as("person"),
            col(source).as("source"),
            col(date).as("date"),
            col(value).as("value"));
    return columns
        .repartition(col("person"))
        .sortWithinPartitions(col("person"))
        .mapPartitions(new ResolvePartition(preset, schemeId), Encoders.row(RESULT_TYPE));
  }

  private static void requireType(Dataset<Row> records, String column, DataType type) {
    requireNonNull(column, "column");
    StructType schema = records.schema();
    if (!List.of(schema.fieldNames()).contains(column)) {
      throw new IllegalArgumentException(
          "no column '"
              + column
              + "' in the records; columns: "
              + String.join(", ", schema.names()));
    }
    DataType actual = schema.apply(column).dataType();
    if (!actual.equals(type)) {
      throw new IllegalArgumentException(
          "column '"
              + column
              + "' must be of type "
              + type.simpleString()
              + ", got "
              + actual.simpleString());
    }
  }

  /** Resolves one partition of records grouped by person, on an executor. */
  private static final class ResolvePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private final String preset;
    private final String schemeId;

    ResolvePartition(String preset, String schemeId) {
      this.preset = preset;
      this.schemeId = schemeId;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      ResolutionPolicy policy = BundledPresets.get().requirePreset(preset);
      CrosswalkRecogniser recogniser =
          BundledRecognition.defaults(BundledSchemes.get().requireScheme(schemeId)).recogniser();
      Set<String> translated = translatedSources(policy);
      Iterator<EthnicityRecord> records =
          new Iterator<>() {
            @Override
            public boolean hasNext() {
              return rows.hasNext();
            }

            @Override
            public EthnicityRecord next() {
              return record(rows.next(), recogniser, translated);
            }
          };
      Iterator<Resolution> persons = policy.resolveEach(records, InputOrder.GROUPED_BY_PERSON_KEY);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return persons.hasNext();
        }

        @Override
        public Row next() {
          return row(persons.next());
        }
      };
    }
  }

  private static EthnicityRecord record(
      Row row, CrosswalkRecogniser recogniser, Set<String> translated) {
    String person = row.getString(0);
    if (person == null || person.isBlank()) {
      throw new IllegalArgumentException(
          "the person column is null or blank in a record; every record needs a person");
    }
    String source = row.getString(1);
    source = source == null ? "" : source.strip().toLowerCase(Locale.ROOT);
    if (source.isEmpty()) {
      throw new IllegalArgumentException(
          "the source column is null or blank in a record; every record needs a source, such as"
              + " gp-journal");
    }
    Optional<LocalDate> date = Optional.ofNullable(day(row.get(2)));
    String value = row.getString(3);
    if (translated.contains(source)) {
      String recorded = value == null ? "" : value.strip();
      return recorded.isEmpty()
          ? EthnicityRecord.uncoded(person, date, source, RecognitionStatus.MISSING)
          : EthnicityRecord.coded(person, date, source, recorded, CategoryKind.SUBSTANTIVE);
    }
    return EthnicityRecord.recognised(person, date, source, recogniser.recognise(value));
  }

  /** Returns the day of a date column's value: a java.sql.Date, or a LocalDate with Java 8 API. */
  private static LocalDate day(Object date) {
    if (date == null || date instanceof LocalDate) {
      return (LocalDate) date;
    }
    return ((java.sql.Date) date).toLocalDate();
  }

  private static Row row(Resolution resolution) {
    List<Row> tied = new ArrayList<>(resolution.tiedRecords().size());
    for (TiedRecord record : resolution.tiedRecords()) {
      tied.add(RowFactory.create(record.source(), record.code(), record.broadGroup().orElse(null)));
    }
    return RowFactory.create(
        resolution.personKey(),
        resolution.code().orElse(null),
        resolution.rule().name(),
        resolution.underlyingRule().map(Enum::name).orElse(null),
        RecognitionRow.seq(new ArrayList<>(resolution.knownCodes())),
        resolution.recordsConsidered(),
        resolution.tiedAtCategory(),
        resolution.tiedAtBroadGroup(),
        RecognitionRow.seq(tied));
  }

  /** Returns the sources whose codes the policy translates itself, as the CLI's resolve does. */
  private static Set<String> translatedSources(ResolutionPolicy policy) {
    Set<String> sources = new HashSet<>(policy.crosswalkIdBySource().keySet());
    policy.primary().ifPresent(primary -> sources.addAll(translatedSources(primary)));
    policy.fallback().ifPresent(fallback -> sources.addAll(translatedSources(fallback)));
    return sources;
  }
}
