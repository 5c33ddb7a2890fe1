package org.equalitymonitoring.fhir;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Patient;

/**
 * Reads and writes a person's ethnic category on a FHIR R4 Patient: the UK Core extension {@link
 * UkCore#ETHNIC_CATEGORY_EXTENSION}, or the legacy CareConnect extension {@link
 * UkCore#CARE_CONNECT_ETHNIC_CATEGORY_EXTENSION} of records migrated from STU3, whose {@code
 * valueCodeableConcept} holds the category.
 *
 * <p>A coding counts for a scheme only where its system is the scheme's (or, for a local
 * sub-classification, a scheme it extends): a Wales {@code B} (Gypsy or Irish Traveller) is never
 * read as England's {@code B} (White - Irish). Stateless and thread-safe; nothing is logged.
 */
public final class PatientEthnicity {
  /** Separates system and code in the value of a coding of another system. */
  static final char SYSTEM_SEPARATOR = '|';

  private PatientEthnicity() {}

  /**
   * Returns the ethnic category a Patient carries: the UK Core extension's value, else the
   * CareConnect extension's.
   *
   * @param patient the patient, not null
   * @return the concept, or empty when neither extension has a CodeableConcept value
   */
  public static Optional<CodeableConcept> concept(Patient patient) {
    requireNonNull(patient, "patient");
    Optional<CodeableConcept> ukCore = value(patient, UkCore.ETHNIC_CATEGORY_EXTENSION);
    return ukCore.isPresent()
        ? ukCore
        : value(patient, UkCore.CARE_CONNECT_ETHNIC_CATEGORY_EXTENSION);
  }

  private static Optional<CodeableConcept> value(Patient patient, String url) {
    for (Extension extension : patient.getExtensionsByUrl(url)) {
      if (extension.getValue() instanceof CodeableConcept) {
        return Optional.of((CodeableConcept) extension.getValue());
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the recorded value of a Patient's ethnic category for a recogniser of a scheme: the
   * code of the first coding in a system of the scheme (its own, a base scheme's, or for a scheme
   * whose first character is national the PDS extended and CareConnect systems, whose codes start
   * with the national code); else {@code system|code} of the first other coding, which no
   * recogniser takes for a code; else the concept's text; else the empty string (not recorded).
   *
   * @param patient the patient, not null
   * @param scheme the scheme the value will be recognised in, not null
   * @return the value to recognise, never null
   */
  public static String recordedValue(Patient patient, Scheme scheme) {
    return recordedValue(patient, List.of(requireNonNull(scheme, "scheme")));
  }

  /**
   * Returns the recorded value of a Patient's ethnic category for a recogniser that tries several
   * schemes, such as one that translates codes of other schemes through crosswalks: as {@link
   * #recordedValue(Patient, Scheme)}, with the code of the first coding in a system of any of them.
   *
   * @param patient the patient, not null
   * @param schemes the schemes whose codes the recogniser takes, not null
   * @return the value to recognise, never null
   */
  public static String recordedValue(Patient patient, List<Scheme> schemes) {
    requireNonNull(schemes, "schemes");
    Optional<CodeableConcept> concept = concept(patient);
    if (concept.isEmpty()) {
      return "";
    }
    Set<String> systems = new HashSet<>();
    schemes.forEach(scheme -> systems.addAll(systems(scheme)));
    Coding other = null;
    for (Coding coding : concept.get().getCoding()) {
      if (!coding.hasCode()) {
        continue;
      }
      if (systems.contains(coding.getSystem())) {
        return coding.getCode();
      }
      if (other == null) {
        other = coding;
      }
    }
    if (other != null) {
      return other.getSystem() + SYSTEM_SEPARATOR + other.getCode();
    }
    return concept.get().hasText() ? concept.get().getText() : "";
  }

  /**
   * Recognises a Patient's ethnic category.
   *
   * @param patient the patient, not null
   * @param recogniser a recogniser of the scheme to recognise in, not null
   * @return the recognition; MISSING when the Patient carries no ethnic category
   */
  public static Recognition recognise(Patient patient, Recogniser recogniser) {
    requireNonNull(recogniser, "recogniser");
    return recogniser.recognise(recordedValue(patient, recogniser.scheme()));
  }

  /** The systems whose codes a scheme's recogniser reads as codes. */
  private static Set<String> systems(Scheme scheme) {
    Set<String> systems = new HashSet<>();
    TerminologyExport export = TerminologyExport.standard();
    for (Optional<Scheme> s = Optional.of(scheme); s.isPresent(); s = s.get().base()) {
      systems.add(export.codeSystemUrl(s.get()));
      s.get().info().system().ifPresent(systems::add);
      if (s.get().info().firstCharacterIsNational()) {
        systems.addAll(UkCore.EXTENDED_SYSTEMS);
      }
    }
    return systems;
  }

  /**
   * Sets a Patient's UK Core ethnic category extension to a resolved category, replacing any UK
   * Core or CareConnect ethnic category extension it had. The value's first coding is the national
   * code the category rolls up to, in UK Core England or Wales; for a local category a second
   * coding holds the local code in the local scheme's system ({@link
   * TerminologyExport#codeSystemUrl}).
   *
   * @param patient the patient to change, not null
   * @param scheme the scheme of the category: UK Core England or Wales, or a local scheme that
   *     extends one
   * @param category a selectable category of that scheme
   * @param export gives the canonical URL of a local scheme without a system of its own, not null
   * @return the patient
   * @throws IllegalArgumentException if the scheme neither is nor extends UK Core England or Wales,
   *     the category is not the scheme's or is a heading records should not carry
   */
  public static Patient write(
      Patient patient, Scheme scheme, Category category, TerminologyExport export) {
    requireNonNull(patient, "patient");
    requireNonNull(scheme, "scheme");
    requireNonNull(category, "category");
    requireNonNull(export, "export");
    if (!scheme.category(category.code()).equals(Optional.of(category))) {
      throw new IllegalArgumentException(
          "category '" + category.code() + "' is not a category of scheme '" + scheme.id() + "'");
    }
    if (!category.selectable()) {
      throw new IllegalArgumentException(
          "category '" + category.code() + "' is a heading that records should not carry");
    }
    Scheme national = scheme;
    while (!isBound(national) && national.base().isPresent()) {
      national = national.base().get();
    }
    if (!isBound(national)) {
      throw new IllegalArgumentException(
          "the UK Core ethnic category extension carries codes of UK Core England or Wales;"
              + " scheme '"
              + scheme.id()
              + "' is neither and extends neither");
    }
    Category code = scheme.rollUpToBase(category);
    while (!national.contains(code.code())) {
      code = scheme.parent(code).orElseThrow();
    }
    CodeableConcept value = new CodeableConcept();
    value
        .addCoding()
        .setSystem(national.info().system().orElseThrow())
        .setCode(code.code())
        .setDisplay(code.label());
    if (!code.equals(category)) {
      value
          .addCoding()
          .setSystem(export.codeSystemUrl(scheme))
          .setCode(category.code())
          .setDisplay(category.label());
    }
    patient
        .getExtension()
        .removeIf(extension -> UkCore.ETHNIC_CATEGORY_EXTENSIONS.contains(extension.getUrl()));
    patient.addExtension(UkCore.ETHNIC_CATEGORY_EXTENSION, value);
    return patient;
  }

  private static boolean isBound(Scheme scheme) {
    return scheme.base().isEmpty()
        && scheme.info().system().filter(UkCore.BOUND_SYSTEMS::contains).isPresent();
  }
}
