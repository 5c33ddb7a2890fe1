package org.equalitymonitoring.fhir;

import java.util.Set;

/**
 * The canonical URLs of HL7 UK Core (FHIR R4) and the earlier CareConnect (STU3) profiles that
 * carry a person's ethnic category, as published (PROVENANCE.md of this module names each source).
 */
public final class UkCore {
  /**
   * The UK Core extension on Patient whose {@code valueCodeableConcept} is the ethnic category,
   * bound (extensible) to {@link #ETHNIC_CATEGORY_VALUE_SET}. Source:
   * NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN@c9f011cb
   * structuredefinitions/Extension-UKCore-EthnicCategory.xml.
   */
  public static final String ETHNIC_CATEGORY_EXTENSION =
      "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-EthnicCategory";

  /**
   * The legacy CareConnect (STU3) extension with the same shape, still found in records migrated
   * from STU3 systems. Source: yorkshire-and-humber-care-record/fhir-ig
   * fsh-tank/input/fsh/CareConnect-fsh/ExtensionEthnicCategory.fsh.
   */
  public static final String CARE_CONNECT_ETHNIC_CATEGORY_EXTENSION =
      "https://fhir.hl7.org.uk/STU3/StructureDefinition/Extension-CareConnect-EthnicCategory-1";

  /**
   * The UK Core value set: every code of the England and Wales code systems (2.2.0, active).
   * Source: SCHEMES.md §3.2 (S4).
   */
  public static final String ETHNIC_CATEGORY_VALUE_SET =
      "https://fhir.hl7.org.uk/ValueSet/UKCore-EthnicCategory";

  /** UK Core Ethnic Category England: the NHS Data Dictionary codes. SCHEMES.md §3.2 (S4). */
  public static final String ENGLAND_SYSTEM =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryEngland";

  /** UK Core Ethnic Category Wales: the NHS Wales Data Dictionary codes. SCHEMES.md §3.2 (S4). */
  public static final String WALES_SYSTEM =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryWales";

  /**
   * The retired UK Core code system of the 68 PDS extended codes (national letter plus a second
   * character). SCHEMES.md §2 and §3.2 (S4).
   */
  public static final String EXTENDED_SYSTEM =
      "https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategory";

  /**
   * The CareConnect (STU3) code system of the same extended codes, as the legacy extension carries
   * them. Source: CareConnect Patient examples in public repositories (PROVENANCE.md); SCHEMES.md
   * S5 gives the matching value set {@code
   * https://fhir.nhs.uk/STU3/ValueSet/CareConnect-EthnicCategory-1}.
   */
  public static final String CARE_CONNECT_SYSTEM =
      "https://fhir.hl7.org.uk/STU3/CodeSystem/CareConnect-EthnicCategory-1";

  /** The extensions read from a Patient, UK Core first. */
  static final Set<String> ETHNIC_CATEGORY_EXTENSIONS =
      Set.of(ETHNIC_CATEGORY_EXTENSION, CARE_CONNECT_ETHNIC_CATEGORY_EXTENSION);

  /** The code systems that the UK Core extension's value set binds: England and Wales. */
  static final Set<String> BOUND_SYSTEMS = Set.of(ENGLAND_SYSTEM, WALES_SYSTEM);

  /**
   * Systems of codes whose first character is the national code of a scheme with {@code
   * firstCharacterIsNational} (NHS Data Dictionary ETHNIC CATEGORY, format an2; SCHEMES.md §1, §2).
   */
  static final Set<String> EXTENDED_SYSTEMS = Set.of(EXTENDED_SYSTEM, CARE_CONNECT_SYSTEM);

  private UkCore() {}
}
