package org.equalitymonitoring.schemes;

/**
 * The id of a scheme, with a constant for each bundled scheme and example local scheme, for {@link
 * BundledSchemes#requireScheme(SchemeId)} and the other typed look-ups. The string-id methods stay
 * for ids that come from data or users. Immutable; equal when the ids are equal.
 */
public final class SchemeId extends DataId {
  /** {@code nhs-ethnic-category-2001}: NHS Data Dictionary ETHNIC CATEGORY (2001 Census based). */
  public static final SchemeId NHS_ETHNIC_CATEGORY_2001 = new SchemeId("nhs-ethnic-category-2001");

  /**
   * {@code nhs-ethnic-category-extended}: PDS / CareConnect extended ETHNIC CATEGORY (UK Core
   * UKCore-EthnicCategory, retired).
   */
  public static final SchemeId NHS_ETHNIC_CATEGORY_EXTENDED =
      new SchemeId("nhs-ethnic-category-extended");

  /**
   * {@code nhs-gdppr-ethnic-category}: NHS Digital GDPPR ethnicity categories (NHS DD letters plus
   * T Traveller and W Arab).
   */
  public static final SchemeId NHS_GDPPR_ETHNIC_CATEGORY =
      new SchemeId("nhs-gdppr-ethnic-category");

  /**
   * {@code ukcore-ethnic-category-wales}: UK Core Ethnic Category Wales (NHS Wales Data Dictionary
   * Ethnic Group).
   */
  public static final SchemeId UKCORE_ETHNIC_CATEGORY_WALES =
      new SchemeId("ukcore-ethnic-category-wales");

  /**
   * {@code ukcore-ethnic-category-scotland}: UK Core Ethnic Category Scotland (NHS Scotland Data
   * Dictionary Ethnic Group, 2011 Census based; retired).
   */
  public static final SchemeId UKCORE_ETHNIC_CATEGORY_SCOTLAND =
      new SchemeId("ukcore-ethnic-category-scotland");

  /**
   * {@code ons-census-2001-england-wales}: ONS Census 2001 ethnic group, England and Wales (16
   * categories).
   */
  public static final SchemeId ONS_CENSUS_2001_ENGLAND_WALES =
      new SchemeId("ons-census-2001-england-wales");

  /**
   * {@code ons-census-2011-england-wales}: ONS Census 2011 ethnic group, England and Wales (18
   * categories).
   */
  public static final SchemeId ONS_CENSUS_2011_ENGLAND_WALES =
      new SchemeId("ons-census-2011-england-wales");

  /**
   * {@code ons-census-2021-england-wales}: ONS Census 2021 ethnic group, England and Wales (19
   * categories, output classification 20b).
   */
  public static final SchemeId ONS_CENSUS_2021_ENGLAND_WALES =
      new SchemeId("ons-census-2021-england-wales");

  /**
   * {@code snomed-ct-ethnicity}: SNOMED CT (UK edition) ethnicity concepts: union of the
   * OpenSAFELY, PRIMIS and NHS Digital GDPPR lists.
   */
  public static final SchemeId SNOMED_CT_ETHNICITY = new SchemeId("snomed-ct-ethnicity");

  /**
   * {@code ctv3-ethnicity}: CTV3 (Read v3) ethnicity codes: OpenSAFELY ethnicity codelist
   * 2020-04-27.
   */
  public static final SchemeId CTV3_ETHNICITY = new SchemeId("ctv3-ethnicity");

  /**
   * {@code us-omb-1997}: US OMB SPD 15 (1997) race and ethnicity minimum categories, CDC Race and
   * Ethnicity codes.
   */
  public static final SchemeId US_OMB_1997 = new SchemeId("us-omb-1997");

  /**
   * {@code nz-ethnicity}: New Zealand Ethnicity Standard Classification 2005, levels 1-2 (HISO /
   * Stats NZ).
   */
  public static final SchemeId NZ_ETHNICITY = new SchemeId("nz-ethnicity");

  /**
   * {@code hes-ethnos-pre-2003}: HES ETHNOS codes before 2003 (1991 census based, 1995-96 to
   * 2000-01).
   */
  public static final SchemeId HES_ETHNOS_PRE_2003 = new SchemeId("hes-ethnos-pre-2003");

  /**
   * {@code scotland-census-2022}: Scotland's Census 2022 ethnic group, 18 categories in sections
   * A-F (codes are local keys; NRS codes were not found).
   */
  public static final SchemeId SCOTLAND_CENSUS_2022 = new SchemeId("scotland-census-2022");

  /**
   * {@code ni-census-2021}: NISRA Census 2021 ethnic group, Northern Ireland, 13-category output
   * classification.
   */
  public static final SchemeId NI_CENSUS_2021 = new SchemeId("ni-census-2021");

  /**
   * {@code us-omb-2024}: US OMB SPD 15 (2024), 7 minimum and the required detailed categories
   * (codes are local keys).
   */
  public static final SchemeId US_OMB_2024 = new SchemeId("us-omb-2024");

  /** {@code eth16}: LSHTM/CPRD eth16, 16 groups aligned to NHS 2001 letters plus Not stated. */
  public static final SchemeId ETH16 = new SchemeId("eth16");

  /** {@code eth5}: LSHTM/CPRD eth5, 5 groups plus Not stated, Chinese in Other. */
  public static final SchemeId ETH5 = new SchemeId("eth5");

  /** {@code qrisk2-ethnicity}: QRISK2 ethnicity categories, Exeter coding 0-9. */
  public static final SchemeId QRISK2_ETHNICITY = new SchemeId("qrisk2-ethnicity");

  /**
   * {@code broad-groups-data-dictionary}: five broad groups with Chinese under Other (NHS Data
   * Dictionary headings; EFF 5A).
   */
  public static final SchemeId BROAD_GROUPS_DATA_DICTIONARY =
      new SchemeId("broad-groups-data-dictionary");

  /**
   * {@code broad-groups-census-2021}: five broad groups with Chinese under Asian (Census 2011 and
   * 2021; EFF 5B).
   */
  public static final SchemeId BROAD_GROUPS_CENSUS_2021 = new SchemeId("broad-groups-census-2021");

  /**
   * {@code example-london-borough}: Example London Borough local ethnic sub-categories
   * (ILLUSTRATIVE ONLY - not a published standard).
   */
  public static final SchemeId EXAMPLE_LONDON_BOROUGH = new SchemeId("example-london-borough");

  private SchemeId(String value) {
    super(value, "scheme");
  }

  /**
   * Returns the id of a scheme, bundled or added by another jar.
   *
   * @param value the id, such as {@code nhs-ethnic-category-2001}, not null
   * @return the id
   * @throws IllegalArgumentException if value is empty or blank
   */
  public static SchemeId of(String value) {
    return new SchemeId(value);
  }
}
