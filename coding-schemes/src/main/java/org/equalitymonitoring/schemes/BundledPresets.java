package org.equalitymonitoring.schemes;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.resolution.ResolutionPolicy;

/**
 * The {@link ResolutionPolicy} presets wired with the bundled code lists and maps they need, and
 * looked up by name: {@code nhs-digital-gdppr-recency}, {@code nhs-digital-gdppr-modal}, {@code
 * opensafely-latest-primary-care}, {@code opensafely-most-frequent-secondary-care}, {@code
 * cvd-prevent-fill-if-missing} and {@code bhf-dsc-sde-curate-ethnicity}. Immutable and thread-safe.
 */
public final class BundledPresets {
  /**
   * The broad group of each letter the BHF DSC pipeline can keep, as its reference file {@code
   * bhfdschds/hds_jf_pipeline_dev@2321e514 hds_reference_data/ethnicity_categories.csv} ({@code
   * ethnic_broad_group}) gives it; Z, 99 and X ("Not known") are dropped before any tie. Chinese
   * (R) is Asian there, as in the 2011 and 2021 censuses.
   */
  static final ImmutableMap<String, String> BHF_DSC_BROAD_GROUPS =
      ImmutableMap.<String, String>builder()
          .put("A", "White")
          .put("B", "White")
          .put("C", "White")
          .put("T", "White")
          .put("D", "Mixed or multiple ethnic groups")
          .put("E", "Mixed or multiple ethnic groups")
          .put("F", "Mixed or multiple ethnic groups")
          .put("G", "Mixed or multiple ethnic groups")
          .put("H", "Asian or Asian British")
          .put("J", "Asian or Asian British")
          .put("K", "Asian or Asian British")
          .put("L", "Asian or Asian British")
          .put("R", "Asian or Asian British")
          .put("M", "Black, Black British, Caribbean or African")
          .put("N", "Black, Black British, Caribbean or African")
          .put("P", "Black, Black British, Caribbean or African")
          .put("S", "Other ethnic group")
          .put("W", "Other ethnic group")
          .buildOrThrow();

  private final ImmutableMap<String, ResolutionPolicy> presets;

  private BundledPresets(List<ResolutionPolicy> presets) {
    ImmutableMap.Builder<String, ResolutionPolicy> byName = ImmutableMap.builder();
    presets.forEach(policy -> byName.put(policy.name(), policy));
    this.presets = byName.buildOrThrow();
  }

  /**
   * Returns the presets built with the bundled data, building them on first use.
   *
   * @return the shared instance
   */
  public static BundledPresets get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final BundledPresets INSTANCE = build(BundledSchemes.get());
  }

  private static BundledPresets build(BundledSchemes bundled) {
    Crosswalk journalMap = bundled.requireCrosswalk(CrosswalkId.NHSD_GDPPR_SNOMED_TO_GDPPR);
    return new BundledPresets(
        List.of(
            ResolutionPolicy.nhsDigitalGdpprRecency(journalMap),
            ResolutionPolicy.nhsDigitalGdpprModal(journalMap),
            ResolutionPolicy.openSafelyLatestPrimaryCare(
                bundled.requireCrosswalk(CrosswalkId.OPENSAFELY_SNOMED_TO_NHS_2001)),
            ResolutionPolicy.openSafelyMostFrequentSecondaryCare(),
            ResolutionPolicy.cvdPreventFillIfMissing(journalMap),
            ResolutionPolicy.bhfDscSdeCurateEthnicity(
                journalMap,
                bundled.requireCrosswalk(CrosswalkId.HES_ETHNOS_PRE_2003_TO_NHS_2001),
                BHF_DSC_BROAD_GROUPS)));
  }

  /**
   * Returns every preset by name, in the order listed in the class description.
   *
   * @return the presets
   */
  public Map<String, ResolutionPolicy> presets() {
    return presets;
  }

  /**
   * Returns the names of the presets, in the order listed in the class description.
   *
   * @return the names
   */
  public List<String> names() {
    return presets.keySet().asList();
  }

  /**
   * Returns the preset of a name.
   *
   * @param name a preset name, such as {@code nhs-digital-gdppr-recency}
   * @return the preset, or empty if no preset has that name
   */
  public Optional<ResolutionPolicy> preset(String name) {
    return Optional.ofNullable(presets.get(requireNonNull(name, "name")));
  }

  /**
   * Returns the preset of a name.
   *
   * @param name a preset name
   * @return the preset
   * @throws IllegalArgumentException if no preset has that name (the message lists the names)
   */
  public ResolutionPolicy requirePreset(String name) {
    return preset(name)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no resolution preset '"
                        + (name.length() > 80 ? name.substring(0, 80) + "..." : name)
                        + "'; presets: "
                        + String.join(", ", names())));
  }
}
