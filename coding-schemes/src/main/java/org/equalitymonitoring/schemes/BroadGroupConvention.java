package org.equalitymonitoring.schemes;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;

/**
 * A published convention for the five broad ethnic groups, chosen by name: where Chinese goes is
 * what differs. Each convention is a bundled scheme of five groups with bundled crosswalks from NHS
 * ETHNIC CATEGORY 2001 and from Census 2021 (PROVENANCE.md).
 */
public enum BroadGroupConvention {
  /**
   * {@code data-dictionary}: Chinese under Other, as the NHS Data Dictionary's "Other Ethnic
   * Groups" heading and the ONS 2001 five groups (EFF classification 5A).
   */
  DATA_DICTIONARY("data-dictionary", SchemeId.BROAD_GROUPS_DATA_DICTIONARY),

  /**
   * {@code census-2021}: Chinese under Asian, as Census 2011 and 2021 (EFF classification 5B), the
   * convention of Census 2021 based pipelines.
   */
  CENSUS_2021("census-2021", SchemeId.BROAD_GROUPS_CENSUS_2021);

  private final String id;
  private final SchemeId schemeId;

  BroadGroupConvention(String id, SchemeId schemeId) {
    this.id = id;
    this.schemeId = schemeId;
  }

  /** Returns the convention's name, such as {@code census-2021}. */
  public String id() {
    return id;
  }

  /** Returns the id of the bundled scheme of the convention's five groups. */
  public SchemeId schemeId() {
    return schemeId;
  }

  /**
   * Returns the convention of a name.
   *
   * @param id {@code data-dictionary} or {@code census-2021}, not null
   * @return the convention
   * @throws UnknownIdException if no convention has that name; the message lists the names
   */
  public static BroadGroupConvention of(String id) {
    requireNonNull(id, "id");
    List<String> ids = new ArrayList<>();
    for (BroadGroupConvention convention : values()) {
      if (convention.id.equals(id)) {
        return convention;
      }
      ids.add(convention.id);
    }
    throw new UnknownIdException("broad-group convention", id, ids);
  }

  /**
   * Returns the bundled crosswalk from a scheme, or the national scheme a local one extends, to the
   * convention's five groups.
   *
   * @param scheme a bundled scheme or a local scheme extending one, not null
   * @param bundled where the crosswalks are looked up, not null
   * @return the crosswalk
   * @throws IllegalArgumentException if there is none from the scheme or its base; the message
   *     names the schemes that have one
   */
  public Crosswalk crosswalkFrom(Scheme scheme, BundledSchemes bundled) {
    requireNonNull(scheme, "scheme");
    requireNonNull(bundled, "bundled");
    Scheme base = scheme.base().orElse(scheme);
    List<Crosswalk> crosswalks = bundled.crosswalks(base.id(), schemeId.value());
    if (crosswalks.isEmpty()) {
      List<String> from = new ArrayList<>();
      for (Crosswalk crosswalk : bundled.crosswalks()) {
        if (crosswalk.info().targetSchemeId().equals(schemeId.value())) {
          from.add(crosswalk.info().sourceSchemeId());
        }
      }
      throw new IllegalArgumentException(
          "no bundled crosswalk from '"
              + base.id()
              + "' to the "
              + id
              + " broad groups; there are from "
              + from);
    }
    return crosswalks.get(0);
  }
}
