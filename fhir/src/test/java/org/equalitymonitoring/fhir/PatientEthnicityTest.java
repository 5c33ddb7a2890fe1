package org.equalitymonitoring.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.monitoring.MonitoringResult;
import org.equalitymonitoring.monitoring.MonitoringTally;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.SchemeId;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class PatientEthnicityTest {
  private static final BundledSchemes BUNDLED = BundledSchemes.get();
  private static final Scheme ENGLAND = BUNDLED.requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001);
  private static final Scheme WALES = BUNDLED.requireScheme(SchemeId.UKCORE_ETHNIC_CATEGORY_WALES);

  /**
   * patients.ndjson, one patient per line: England A; England Z; CareConnect CA (English); Wales B;
   * no extension; England 99; text only "White British".
   */
  @Test
  void recordedValuesTakeOnlyCodesOfTheSchemesSystems() {
    assertThat(patients().stream().map(p -> PatientEthnicity.recordedValue(p, ENGLAND)))
        .containsExactly(
            "A",
            "Z",
            "CA",
            "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryWales|B",
            "",
            "99",
            "White British");
  }

  @Test
  void recognisesEveryExtensionAgainstEngland() {
    Recogniser england = Recogniser.of(ENGLAND);

    List<String> recognised = new ArrayList<>();
    for (Patient patient : patients()) {
      Recognition r = PatientEthnicity.recognise(patient, england);
      recognised.add(r.status() + ":" + r.code().orElse("-"));
    }

    // CA: the national code is its first character, C (NHS DD ETHNIC CATEGORY an2). A Wales code
    // is not an England code. "White British" is an alternative label of A.
    assertThat(recognised)
        .containsExactly(
            "CODED:A",
            "NOT_STATED:Z",
            "CODED:C",
            "UNRECOGNISED:-",
            "MISSING:-",
            "NOT_KNOWN:99",
            "CODED:A");
  }

  @Test
  void aWalesCodeIsRecognisedAgainstWales() {
    Patient wales = patients().get(3);

    Recognition recognition = PatientEthnicity.recognise(wales, Recogniser.of(WALES));

    // UK Core Wales: B = Gypsy or Irish Traveller (SCHEMES.md §3.2), not England's White - Irish.
    assertThat(recognition.category().orElseThrow().label()).isEqualTo("Gypsy or Irish Traveller");
  }

  @Test
  void patientsFeedCompletenessAndMonitoringTallies() {
    Recogniser england = Recogniser.of(ENGLAND);
    CompletenessTally completeness = CompletenessTally.create();
    MonitoringTally monitoring = MonitoringTally.create(ENGLAND);
    for (Patient patient : patients()) {
      String unit = patient.getManagingOrganization().getReference();
      Recognition recognition = PatientEthnicity.recognise(patient, england);
      completeness.add(unit, recognition);
      monitoring.add(unit, Optional.empty(), recognition);
    }

    // By hand: Organization/RX1 holds A, Z, CA (C): 3 records, 2 with a known group;
    // Organization/RX2 holds Wales B, none, 99, "White British" (A): 4 records, 1 known.
    Map<String, long[]> byUnit =
        completeness.units().entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> e.getKey(),
                    e ->
                        new long[] {
                          e.getValue().total(), e.getValue().complete(CompletenessDefinition.KNOWN)
                        }));
    assertThat(byUnit.get("Organization/RX1")).containsExactly(3, 2);
    assertThat(byUnit.get("Organization/RX2")).containsExactly(4, 1);
    MonitoringResult result = monitoring.result();
    assertThat(result.records()).isEqualTo(7);
    assertThat(result.knownByGroup()).containsExactly(Map.entry("A", 2L), Map.entry("C", 1L));
    assertThat(result.overall().byStatus().get(RecognitionStatus.MISSING)).isEqualTo(1);
  }

  @Test
  void theUkCoreExtensionIsReadBeforeTheCareConnectOne() {
    Patient both = new Patient();
    both.addExtension(
        UkCore.CARE_CONNECT_ETHNIC_CATEGORY_EXTENSION,
        new CodeableConcept(new Coding(UkCore.CARE_CONNECT_SYSTEM, "CA", null)));
    both.addExtension(
        UkCore.ETHNIC_CATEGORY_EXTENSION,
        new CodeableConcept(new Coding(UkCore.ENGLAND_SYSTEM, "B", null)));

    assertThat(PatientEthnicity.recordedValue(both, ENGLAND)).isEqualTo("B");
  }

  @Test
  void writesTheUkCoreExtensionForANationalCategoryReplacingTheLegacyOne() {
    Patient patient = new Patient();
    patient.setId("w1");
    patient.setActive(true);
    patient.addExtension(
        UkCore.CARE_CONNECT_ETHNIC_CATEGORY_EXTENSION,
        new CodeableConcept(new Coding(UkCore.CARE_CONNECT_SYSTEM, "CA", null)));

    PatientEthnicity.write(
        patient, ENGLAND, ENGLAND.requireCategory("H"), TerminologyExport.standard());

    JsonSubset.assertHolds(patient, "/expected/Patient-written-england.json");
    assertThat(JsonSubset.json(patient).get("extension")).hasSize(1);
    assertThat(R4Validation.errors(patient)).isEmpty();
    assertThat(PatientEthnicity.recordedValue(patient, ENGLAND)).isEqualTo("H");
  }

  @Test
  void writesTheNationalCodeAndTheLocalCodeForALocalCategory() {
    Scheme local = BUNDLED.requireScheme(SchemeId.EXAMPLE_LONDON_BOROUGH);
    Patient patient = new Patient();
    patient.setId("w2");

    PatientEthnicity.write(
        patient, local, local.requireCategory("N1"), TerminologyExport.standard());

    JsonSubset.assertHolds(patient, "/expected/Patient-written-local.json");
    assertThat(R4Validation.errors(patient)).isEmpty();
    assertThat(PatientEthnicity.recordedValue(patient, local)).isEqualTo("N");
  }

  @Test
  void writingNeedsUkCoreEnglandOrWales() {
    Scheme census = BUNDLED.requireScheme(SchemeId.ONS_CENSUS_2021_ENGLAND_WALES);

    assertThatThrownBy(
            () ->
                PatientEthnicity.write(
                    new Patient(),
                    census,
                    census.requireCategory("13"),
                    TerminologyExport.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "the UK Core ethnic category extension carries codes of UK Core England or Wales;"
                + " scheme 'ons-census-2021-england-wales' is neither and extends neither");
  }

  @Test
  void writingRefusesAHeadingAndACategoryOfAnotherScheme() {
    assertThatThrownBy(
            () ->
                PatientEthnicity.write(
                    new Patient(),
                    ENGLAND,
                    ENGLAND.requireCategory("White"),
                    TerminologyExport.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category 'White' is a heading that records should not carry");
    assertThatThrownBy(
            () ->
                PatientEthnicity.write(
                    new Patient(),
                    ENGLAND,
                    WALES.requireCategory("T"),
                    TerminologyExport.standard()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("category 'T' is not a category of scheme 'nhs-ethnic-category-2001'");
  }

  static List<Patient> patients() {
    List<Patient> patients = new ArrayList<>();
    InputStream in = PatientEthnicityTest.class.getResourceAsStream("/patients/patients.ndjson");
    try (PatientReader reader = PatientReader.ndjson(in, "patients.ndjson")) {
      for (Optional<Patient> p = reader.next(); p.isPresent(); p = reader.next()) {
        patients.add(p.get());
      }
    }
    return patients;
  }
}
