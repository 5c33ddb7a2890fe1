package org.equalitymonitoring.schemes;

/**
 * The id of a crosswalk, with a constant for each bundled crosswalk, for {@link
 * BundledSchemes#requireCrosswalk(CrosswalkId)} and the other typed look-ups. The string-id methods
 * stay for ids that come from data or users. Immutable; equal when the ids are equal.
 */
public final class CrosswalkId extends DataId {
  /**
   * {@code opensafely-snomed-to-nhs-2001}: OpenSAFELY SNOMED CT ethnicity codelist to NHS ETHNIC
   * CATEGORY 2001.
   */
  public static final CrosswalkId OPENSAFELY_SNOMED_TO_NHS_2001 =
      new CrosswalkId("opensafely-snomed-to-nhs-2001");

  /**
   * {@code primis-snomed-to-nhs-2001}: PRIMIS eth2001 SNOMED CT concepts to NHS ETHNIC CATEGORY
   * 2001.
   */
  public static final CrosswalkId PRIMIS_SNOMED_TO_NHS_2001 =
      new CrosswalkId("primis-snomed-to-nhs-2001");

  /**
   * {@code nhsd-gdppr-snomed-to-gdppr}: NHS Digital GDPPR SNOMED CT ethnicity map to GDPPR ethnic
   * categories.
   */
  public static final CrosswalkId NHSD_GDPPR_SNOMED_TO_GDPPR =
      new CrosswalkId("nhsd-gdppr-snomed-to-gdppr");

  /**
   * {@code opensafely-ctv3-to-nhs-2001}: OpenSAFELY CTV3 ethnicity codelist to NHS ETHNIC CATEGORY
   * 2001.
   */
  public static final CrosswalkId OPENSAFELY_CTV3_TO_NHS_2001 =
      new CrosswalkId("opensafely-ctv3-to-nhs-2001");

  /**
   * {@code census-2021-to-nhs-2001}: ONS Census 2021 ethnic group (20b) to NHS ETHNIC CATEGORY
   * 2001.
   */
  public static final CrosswalkId CENSUS_2021_TO_NHS_2001 =
      new CrosswalkId("census-2021-to-nhs-2001");

  /**
   * {@code nhs-2001-to-census-2021}: NHS ETHNIC CATEGORY 2001 to ONS Census 2021 ethnic group
   * (20b).
   */
  public static final CrosswalkId NHS_2001_TO_CENSUS_2021 =
      new CrosswalkId("nhs-2001-to-census-2021");

  /**
   * {@code census-2011-to-census-2021}: ONS Census 2011 ethnic group to ONS Census 2021 ethnic
   * group (England and Wales).
   */
  public static final CrosswalkId CENSUS_2011_TO_CENSUS_2021 =
      new CrosswalkId("census-2011-to-census-2021");

  /** {@code gdppr-to-nhs-2001}: NHS Digital GDPPR ethnic categories to NHS ETHNIC CATEGORY 2001. */
  public static final CrosswalkId GDPPR_TO_NHS_2001 = new CrosswalkId("gdppr-to-nhs-2001");

  /**
   * {@code hes-ethnos-pre-2003-to-nhs-2001}: HES ETHNOS codes before 2003 to NHS ETHNIC CATEGORY
   * 2001.
   */
  public static final CrosswalkId HES_ETHNOS_PRE_2003_TO_NHS_2001 =
      new CrosswalkId("hes-ethnos-pre-2003-to-nhs-2001");

  /** {@code nhs-2001-to-eth16}: NHS ETHNIC CATEGORY 2001 to eth16 (LSHTM/CPRD). */
  public static final CrosswalkId NHS_2001_TO_ETH16 = new CrosswalkId("nhs-2001-to-eth16");

  /** {@code nhs-2001-to-eth5}: NHS ETHNIC CATEGORY 2001 to eth5 (LSHTM/CPRD). */
  public static final CrosswalkId NHS_2001_TO_ETH5 = new CrosswalkId("nhs-2001-to-eth5");

  /** {@code nhs-2001-to-qrisk2-ethnicity}: NHS ETHNIC CATEGORY 2001 to QRISK2 (Exeter coding). */
  public static final CrosswalkId NHS_2001_TO_QRISK2_ETHNICITY =
      new CrosswalkId("nhs-2001-to-qrisk2-ethnicity");

  /**
   * {@code nhs-2001-to-broad-groups-data-dictionary}: NHS 2001 letters to five broad groups,
   * Chinese under Other.
   */
  public static final CrosswalkId NHS_2001_TO_BROAD_GROUPS_DATA_DICTIONARY =
      new CrosswalkId("nhs-2001-to-broad-groups-data-dictionary");

  /**
   * {@code nhs-2001-to-broad-groups-census-2021}: NHS 2001 letters to five broad groups, Chinese
   * under Asian.
   */
  public static final CrosswalkId NHS_2001_TO_BROAD_GROUPS_CENSUS_2021 =
      new CrosswalkId("nhs-2001-to-broad-groups-census-2021");

  /**
   * {@code census-2021-to-broad-groups-data-dictionary}: Census 2021 categories to five broad
   * groups, Chinese under Other.
   */
  public static final CrosswalkId CENSUS_2021_TO_BROAD_GROUPS_DATA_DICTIONARY =
      new CrosswalkId("census-2021-to-broad-groups-data-dictionary");

  /**
   * {@code census-2021-to-broad-groups-census-2021}: Census 2021 categories to five broad groups,
   * Chinese under Asian.
   */
  public static final CrosswalkId CENSUS_2021_TO_BROAD_GROUPS_CENSUS_2021 =
      new CrosswalkId("census-2021-to-broad-groups-census-2021");

  private CrosswalkId(String value) {
    super(value, "crosswalk");
  }

  /**
   * Returns the id of a crosswalk, bundled or added by another jar.
   *
   * @param value the id, such as {@code opensafely-snomed-to-nhs-2001}, not null
   * @return the id
   * @throws IllegalArgumentException if value is empty or blank
   */
  public static CrosswalkId of(String value) {
    return new CrosswalkId(value);
  }
}
