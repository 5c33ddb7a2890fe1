package org.equalitymonitoring.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.resolution.EthnicityRecord;
import org.equalitymonitoring.resolution.InputOrder;
import org.equalitymonitoring.resolution.Resolution;
import org.equalitymonitoring.resolution.ResolutionPolicy;
import org.equalitymonitoring.resolution.SourceIds;
import org.equalitymonitoring.schemes.BundledPresets;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.SchemeId;

/**
 * Chooses one ethnicity per person from records of several sources and dates that disagree, with
 * the NHS Digital GDPPR recency method: drop unknowns (Z, 99, X, blanks), take the most recent
 * record, break a tie on that date by source priority (GP journal, GP patient, APC, A&amp;E,
 * outpatients), and give no code if the top source still disagrees with itself.
 *
 * <p>Shows: {@link EthnicityRecord#recognised} from raw values, {@link
 * ResolutionPolicy#resolveEach} over a stream sorted by person (one person in memory at a time),
 * and the {@link org.equalitymonitoring.resolution.ResolutionRule} that decided each result. The
 * person keys are made up; real ones are personal data and must not be logged.
 */
public final class OneEthnicityPerPerson {
  private OneEthnicityPerPerson() {}

  /** Resolves the records, which must be sorted by person key; one resolution per person. */
  public static List<Resolution> resolve(Stream<EthnicityRecord> recordsSortedByPerson) {
    // 1. The preset reproduces the published GDPPR pipeline; its Javadoc names the reference. It is
    // wired with the bundled NHS Digital SNOMED CT map, through which it reads GP journal concepts.
    ResolutionPolicy policy = BundledPresets.get().requirePreset("nhs-digital-gdppr-recency");
    // 2. Resolve lazily, person by person; a key out of order is reported, not silently merged.
    return policy
        .resolveEach(recordsSortedByPerson, InputOrder.SORTED_BY_PERSON_KEY)
        .collect(Collectors.toList());
  }

  /** Five made-up persons whose records show each rule of the recency method. */
  public static Stream<EthnicityRecord> sampleRecords() {
    Recogniser nhs =
        Recogniser.of(BundledSchemes.get().requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001));
    return Stream.of(
        // p1: the latest known record (hospital, 2023) wins; the later Z is unknown and dropped.
        journal("p1", "2019-03-01", "92571000000102"), // Cornish: A in NHS Digital's map
        record(nhs, "p1", "2023-06-01", SourceIds.APC, "H"),
        journal("p1", "2024-01-15", "92531000000104"), // Ethnic category not stated: Z
        // p2: two codes on the latest date: admitted care ranks above outpatients.
        record(nhs, "p2", "2024-03-01", SourceIds.OP, "M"),
        record(nhs, "p2", "2024-03-01", SourceIds.APC, "C"),
        // p3: the GP journal disagrees with itself on the latest date: no code.
        journal("p3", "2024-02-02", "92571000000102"), // Cornish: A
        journal("p3", "2024-02-02", "494161000000100"), // White Irish: B
        // p4: only Not known and a blank: no known record.
        record(nhs, "p4", "2024-01-01", SourceIds.APC, "99"),
        record(nhs, "p4", "2024-02-01", SourceIds.AE, " "),
        // p5: every known record agrees (the GP patient field has no date).
        record(nhs, "p5", null, SourceIds.GP_PATIENT, "N"),
        record(nhs, "p5", "2022-05-05", SourceIds.AE, "Black African"));
  }

  /** A GP journal record: a SNOMED CT concept id, which the policy maps to a letter. */
  private static EthnicityRecord journal(String person, String date, String conceptId) {
    return EthnicityRecord.coded(
        person,
        Optional.of(LocalDate.parse(date)),
        SourceIds.GP_JOURNAL,
        conceptId,
        CategoryKind.SUBSTANTIVE);
  }

  private static EthnicityRecord record(
      Recogniser nhs, String person, String date, String source, String raw) {
    Optional<LocalDate> when = Optional.ofNullable(date).map(LocalDate::parse);
    // 3. A record keeps the recognised code and status, never the raw value.
    return EthnicityRecord.recognised(person, when, source, nhs.recognise(raw));
  }

  public static void main(String[] args) {
    for (Resolution r : resolve(sampleRecords())) {
      System.out.printf(
          "%s: %-4s by %-29s known codes %s%n",
          r.personKey(), r.code().orElse("none"), r.rule(), r.knownCodes());
    }
  }
}
