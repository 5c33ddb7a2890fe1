package org.equalitymonitoring.cli;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.fhir.PatientEthnicity;
import org.equalitymonitoring.fhir.PatientReader;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.io.JsonFormatException;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;

/**
 * Reads FHIR Patient resources, a bulk-export {@code .ndjson} file or a Bundle {@code .json}, as
 * comma-separated text with one line per Patient, so that they go through the same {@link
 * CsvReader} as a CSV extract. The columns are {@value #ETHNICITY} (the ethnic category of the UK
 * Core or CareConnect extension, as {@link PatientEthnicity#recordedValue} gives it for the
 * command's recogniser), {@value #ORGANIZATION} and {@value #PRACTITIONER} (the reference, else the
 * identifier value, of the managing organisation and the first general practitioner, to use as
 * units). No patient id or name is read into the text. Memory holds one resource at a time.
 */
final class PatientSheet extends RowsAsCsv {
  static final String ETHNICITY = "ethnicity";
  static final String ORGANIZATION = "managing_organization";
  static final String PRACTITIONER = "general_practitioner";

  private final PatientReader patients;
  private final List<Scheme> schemes;
  private final String source;

  private PatientSheet(PatientReader patients, List<Scheme> schemes, String source) {
    this.patients = patients;
    this.schemes = schemes;
    this.source = source;
    text.append(ETHNICITY).append(',').append(ORGANIZATION).append(',').append(PRACTITIONER);
    text.append('\n');
  }

  /**
   * Whether a file is read as FHIR patients: a named {@code .ndjson} or {@code .json} file, or
   * standard input that starts with a JSON object.
   */
  static boolean isPatients(Path file) {
    if (Extracts.isStandardInput(file)) {
      return Extracts.standardInputIsJson();
    }
    return file.getFileName() != null && PatientReader.isPatientFile(file.getFileName().toString());
  }

  /**
   * Opens a FHIR patient file as a CSV extract.
   *
   * @param recogniser the recogniser of the ethnicity column: codes of its scheme, and of the
   *     bundled source schemes of its crosswalks, are read as codes
   */
  static CsvReader open(
      Path file, Progress progress, ExtractOptions options, CrosswalkRecogniser recogniser) {
    List<Scheme> schemes = new ArrayList<>();
    schemes.add(recogniser.scheme());
    for (Crosswalk crosswalk : recogniser.crosswalks()) {
      BundledSchemes.get().scheme(crosswalk.info().sourceSchemeId()).ifPresent(schemes::add);
    }
    if (options.textOptionGiven() || options.sheet().isPresent()) {
      throw new UsageException(
          "--delimiter, --encoding and --sheet apply to CSV and .xlsx extracts, not FHIR files");
    }
    try {
      String name = Extracts.name(file);
      PatientReader patients =
          Extracts.isStandardInput(file)
              // No file name tells NDJSON from a Bundle: the content does.
              ? PatientReader.detecting(progress.counting(Extracts.standardInput()), name)
              : PatientReader.open(
                  progress.counting(new BufferedInputStream(Files.newInputStream(file))), name);
      return CsvReader.of(new PatientSheet(patients, schemes, name), name, ',');
    } catch (NoSuchFileException e) {
      throw new InputException(file + ": file not found");
    } catch (IOException e) {
      throw new InputException(file + ": cannot be read (" + e.getMessage() + ")", e);
    }
  }

  @Override
  protected boolean appendRow() {
    Optional<Patient> patient = next();
    if (patient.isEmpty()) {
      return false;
    }
    line(patient.get());
    return true;
  }

  private Optional<Patient> next() {
    try {
      return patients.next();
    } catch (JsonFormatException e) {
      // PatientReader stops at the first problem: one line names it.
      throw new InputException(e.source() + ": " + e.problems().get(0), e);
    }
  }

  private void line(Patient patient) {
    Csv.field(text, PatientEthnicity.recordedValue(patient, schemes));
    text.append(',');
    Csv.field(text, unit(patient.getManagingOrganization()));
    text.append(',');
    Csv.field(
        text,
        patient.hasGeneralPractitioner() ? unit(patient.getGeneralPractitionerFirstRep()) : "");
    text.append('\n');
  }

  private static String unit(Reference reference) {
    if (reference.hasReference()) {
      return reference.getReference();
    }
    return reference.hasIdentifier() && reference.getIdentifier().hasValue()
        ? reference.getIdentifier().getValue()
        : "";
  }

  @Override
  public void close() {
    patients.close();
  }

  @Override
  public String toString() {
    return source;
  }
}
