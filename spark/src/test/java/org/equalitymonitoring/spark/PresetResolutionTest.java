package org.equalitymonitoring.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.resolution.EthnicityRecord;
import org.equalitymonitoring.resolution.Resolution;
import org.equalitymonitoring.resolution.ResolutionPolicy;
import org.equalitymonitoring.resolution.ResolutionRule;
import org.equalitymonitoring.resolution.TiedRecord;
import org.equalitymonitoring.schemes.BundledPresets;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.junit.jupiter.api.Test;

class PresetResolutionTest {
  private static final String SCHEME = "nhs-ethnic-category-2001";
  private static final List<Row> RECORDS = MessyRecords.generate(13, 400, 6);
  private static final Dataset<Row> FRAME = MessyRecords.frame(RECORDS);

  @Test
  void everyPresetGivesTheCoreResolutionOfEveryPerson() {
    for (String preset : BundledPresets.get().names()) {
      Map<String, List<Object>> expected = core(BundledPresets.get().requirePreset(preset));

      List<Row> rows =
          PresetResolution.of(preset, SCHEME)
              .apply(FRAME, "person", "source", "date", "value")
              .collectAsList();

      Map<String, List<Object>> actual = new HashMap<>();
      rows.forEach(row -> actual.put(row.getString(0), fields(row)));
      assertThat(actual).as(preset).hasSameSizeAs(rows).isEqualTo(expected);
    }
  }

  @Test
  void theSecureDataEnvironmentPresetMeetsTiesAtCategoryAndBroadGroup() {
    // The data must reach the tie flags, or the comparison above would not test them.
    Map<String, List<Object>> persons =
        core(BundledPresets.get().requirePreset("bhf-dsc-sde-curate-ethnicity"));

    assertThat(persons.values()).anyMatch(person -> person.get(5).equals(true));
    assertThat(persons.values()).anyMatch(person -> person.get(6).equals(true));
    assertThat(persons.values())
        .anyMatch(person -> person.get(1).equals(ResolutionRule.TIE_UNRESOLVED.name()));
  }

  @Test
  void unknownPresetFailsListingThePresets() {
    assertThatThrownBy(() -> PresetResolution.of("gdppr-latest", SCHEME))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no resolution preset 'gdppr-latest'; presets: "
                + String.join(", ", BundledPresets.get().names()));
  }

  @Test
  void aColumnOfAnotherTypeFailsNamingIt() {
    Dataset<Row> stringDates = FRAME.withColumn("date", FRAME.col("date").cast("string"));
    PresetResolution resolution = PresetResolution.of("nhs-digital-gdppr-recency", SCHEME);

    assertThatThrownBy(() -> resolution.apply(stringDates, "person", "source", "date", "value"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column 'date' must be of type date, got string");
    assertThatThrownBy(() -> resolution.apply(FRAME, "person", "source", "day", "value"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "no column 'day' in the records; columns: person, source, date, value, unit, outcome");
  }

  @Test
  void aBlankPersonFailsTheJobNamingTheColumnNotTheValue() {
    Dataset<Row> blank =
        MessyRecords.frame(
            List.of(
                RowFactory.create(" ", "apc", null, "A", null, null),
                RowFactory.create("P1", "apc", null, "B", null, null)));

    assertThatThrownBy(
            () ->
                PresetResolution.of("nhs-digital-gdppr-recency", SCHEME)
                    .apply(blank, "person", "source", "date", "value")
                    .collectAsList())
        .isInstanceOf(SparkException.class)
        .hasMessageContaining(
            "the person column is null or blank in a record; every record needs a person");
  }

  /**
   * Resolves the records with the core library, reading each as the command-line tool's resolve
   * reads an extract: source stripped and in lower case, values of the sources the preset
   * translates itself passed on stripped (blank as MISSING), other values recognised.
   */
  private static Map<String, List<Object>> core(ResolutionPolicy policy) {
    CrosswalkRecogniser recogniser =
        BundledRecognition.defaults(BundledSchemes.get().requireScheme(SCHEME)).recogniser();
    Set<String> translated = translated(policy);
    Map<String, List<EthnicityRecord>> byPerson = new LinkedHashMap<>();
    for (Row row : RECORDS) {
      String person = row.getString(0);
      String source = row.getString(1).strip().toLowerCase(Locale.ROOT);
      Optional<LocalDate> date =
          row.isNullAt(2) ? Optional.empty() : Optional.of(row.getDate(2).toLocalDate());
      String value = row.getString(3);
      EthnicityRecord record;
      if (translated.contains(source)) {
        record =
            value == null || value.isBlank()
                ? EthnicityRecord.uncoded(person, date, source, RecognitionStatus.MISSING)
                : EthnicityRecord.coded(
                    person, date, source, value.strip(), CategoryKind.SUBSTANTIVE);
      } else {
        record = EthnicityRecord.recognised(person, date, source, recogniser.recognise(value));
      }
      byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(record);
    }
    Map<String, List<Object>> persons = new HashMap<>();
    byPerson.forEach((person, records) -> persons.put(person, fields(policy.resolve(records))));
    return persons;
  }

  private static Set<String> translated(ResolutionPolicy policy) {
    Set<String> sources = new HashSet<>(policy.crosswalkIdBySource().keySet());
    policy.primary().ifPresent(primary -> sources.addAll(translated(primary)));
    policy.fallback().ifPresent(fallback -> sources.addAll(translated(fallback)));
    return sources;
  }

  private static List<Object> fields(Resolution resolution) {
    List<String> tied = new ArrayList<>();
    for (TiedRecord record : resolution.tiedRecords()) {
      tied.add(record.source() + "|" + record.code() + "|" + record.broadGroup().orElse(null));
    }
    return Arrays.asList(
        resolution.code().orElse(null),
        resolution.rule().name(),
        resolution.underlyingRule().map(Enum::name).orElse(null),
        List.copyOf(resolution.knownCodes()),
        resolution.recordsConsidered(),
        resolution.tiedAtCategory(),
        resolution.tiedAtBroadGroup(),
        tied);
  }

  private static List<Object> fields(Row row) {
    List<String> tied = new ArrayList<>();
    for (Row record : row.<Row>getList(8)) {
      tied.add(record.getString(0) + "|" + record.getString(1) + "|" + record.getString(2));
    }
    return Arrays.asList(
        row.getString(1),
        row.getString(2),
        row.getString(3),
        List.copyOf(row.<String>getList(4)),
        row.getInt(5),
        row.getBoolean(6),
        row.getBoolean(7),
        tied);
  }
}
