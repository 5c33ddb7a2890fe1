package org.equalitymonitoring.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.io.JsonFormatException;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.Test;

class PatientReaderTest {
  @Test
  void readsNdjsonLineByLineSkippingBlankLines() {
    List<String> ids = new ArrayList<>();
    try (PatientReader reader = open("patients.ndjson")) {
      for (Optional<Patient> p = reader.next(); p.isPresent(); p = reader.next()) {
        ids.add(p.get().getIdElement().getIdPart());
      }
      assertThat(reader.skipped()).isZero();
    }

    assertThat(ids).containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7");
  }

  @Test
  void readsTheBundlesPatientsAndCountsOtherResources() {
    List<String> ids = new ArrayList<>();
    try (PatientReader reader = open("bundle.json")) {
      for (Optional<Patient> p = reader.next(); p.isPresent(); p = reader.next()) {
        ids.add(p.get().getIdElement().getIdPart());
      }
      assertThat(reader.skipped()).isEqualTo(1);
    }

    assertThat(ids).containsExactly("b1", "b2");
  }

  @Test
  void aJsonFileMustBeABundle() {
    try (PatientReader reader = open("not-a-bundle.json")) {
      assertThatThrownBy(reader::next)
          .isInstanceOf(JsonFormatException.class)
          .hasMessage(
              "not-a-bundle.json: 1 problem\n"
                  + "  line 2, column 19, resourceType: expected a Bundle, got 'Patient'");
    }
  }

  @Test
  void aBrokenLineIsReportedByItsNumber() {
    try (PatientReader reader = open("broken.ndjson")) {
      assertThat(reader.next()).isPresent();
      assertThatThrownBy(reader::next)
          .isInstanceOf(JsonFormatException.class)
          .hasMessageStartingWith(
              "broken.ndjson: 1 problem\n  line 2, column 1, (document): not a FHIR R4 resource: ");
    }
  }

  @Test
  void aFileThatIsNotUtf8IsReportedAtItsLine() {
    byte[] latin1 =
        "{\"resourceType\": \"Patient\", \"id\": \"caf\u00e9\"}\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    try (PatientReader reader =
        PatientReader.ndjson(new ByteArrayInputStream(latin1), "latin1.ndjson")) {
      assertThatThrownBy(reader::next)
          .isInstanceOf(JsonFormatException.class)
          .hasMessage(
              "latin1.ndjson: 1 problem\n  line 1, column 1, (document): the file is not UTF-8 text");
    }
  }

  @Test
  void patientFilesAreNamedNdjsonOrJson() {
    assertThat(PatientReader.isPatientFile("export/Patient.NDJSON")).isTrue();
    assertThat(PatientReader.isPatientFile("bundle.json")).isTrue();
    assertThat(PatientReader.isPatientFile("extract.csv")).isFalse();
  }

  @Test
  void tellsNdjsonFromABundleByTheContent() throws IOException {
    assertThat(idsDetected(resource("patients.ndjson")))
        .containsExactly("p1", "p2", "p3", "p4", "p5", "p6", "p7");
    assertThat(idsDetected(resource("bundle.json"))).containsExactly("b1", "b2");
    // A Bundle on one line is a whole JSON object, but a Bundle.
    String oneLine =
        "{\"resourceType\": \"Bundle\", \"type\": \"collection\", \"entry\": [{\"resource\":"
            + " {\"resourceType\": \"Patient\", \"id\": \"x1\"}}]}";
    assertThat(idsDetected(oneLine.getBytes(StandardCharsets.UTF_8))).containsExactly("x1");
    // Blank lines before the first resource, and no line break after the last.
    String ndjson =
        "\n  \r\n{\"resourceType\": \"Patient\", \"id\": \"n1\"}\n"
            + "{\"resourceType\": \"Patient\", \"id\": \"n2\"}";
    assertThat(idsDetected(ndjson.getBytes(StandardCharsets.UTF_8))).containsExactly("n1", "n2");
  }

  @Test
  void aFirstLineLongerThanTheLookAheadIsReadAsABundle() {
    String longPatient =
        "{\"resourceType\": \"Patient\", \"id\": \"p\", \"text\": {\"status\": \"generated\","
            + " \"div\": \"<div>"
            + "x".repeat(PatientReader.LOOK_AHEAD)
            + "</div>\"}}\n";
    try (PatientReader reader =
        PatientReader.detecting(
            new ByteArrayInputStream(longPatient.getBytes(StandardCharsets.UTF_8)), "stdin")) {
      assertThatThrownBy(reader::next)
          .isInstanceOf(JsonFormatException.class)
          .hasMessageContaining("expected a Bundle, got 'Patient'");
    }
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = PatientReaderTest.class.getResourceAsStream("/patients/" + name)) {
      return in.readAllBytes();
    }
  }

  private static List<String> idsDetected(byte[] content) {
    List<String> ids = new ArrayList<>();
    try (PatientReader reader =
        PatientReader.detecting(new ByteArrayInputStream(content), "standard input")) {
      for (Optional<Patient> p = reader.next(); p.isPresent(); p = reader.next()) {
        ids.add(p.get().getIdElement().getIdPart());
      }
    }
    return ids;
  }

  private static PatientReader open(String name) {
    InputStream in = PatientReaderTest.class.getResourceAsStream("/patients/" + name);
    return PatientReader.open(in, name);
  }
}
