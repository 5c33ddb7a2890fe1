package org.equalitymonitoring.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;
import picocli.CommandLine.Option;

/**
 * The {@code --via} option shared by every command that recognises raw values ({@code code}, {@code
 * completeness}, {@code resolve}, {@code report}): which bundled crosswalks translate codes of
 * other schemes, such as SNOMED CT, into the scheme. All of them build their recogniser with {@link
 * BundledRecognition}, so a value gets the same status in each.
 */
final class RecognitionOptions {
  static final String NONE = "none";

  @Option(
      names = "--via",
      paramLabel = "CROSSWALK[,CROSSWALK]|none",
      split = ",",
      description =
          "crosswalks into the scheme through which codes of other schemes are recognised, or none"
              + " (default: opensafely-snomed-to-nhs-2001,opensafely-ctv3-to-nhs-2001 where they"
              + " lead into the scheme); naming any replaces the default")
  List<String> via;

  /** Returns the recognition of the scheme's values: the default, or the crosswalks named. */
  BundledRecognition recognition(Scheme scheme) {
    return recognition(scheme, crosswalk -> false);
  }

  /**
   * Returns the recognition of the scheme's values, leaving out the named crosswalks that {@code
   * usedElsewhere} accepts (such as the one {@code code --to} translates through).
   */
  BundledRecognition recognition(Scheme scheme, Predicate<Crosswalk> usedElsewhere) {
    if (via == null) {
      return BundledRecognition.defaults(scheme);
    }
    List<String> ids = new ArrayList<>();
    for (Crosswalk crosswalk : named()) {
      if (!usedElsewhere.test(crosswalk)) {
        ids.add(crosswalk.id());
      }
    }
    return Arguments.parse(() -> BundledRecognition.of(scheme, ids));
  }

  /** Returns the crosswalks named by {@code --via}: empty if not given or {@code none}. */
  List<Crosswalk> named() {
    if (via == null || via.equals(List.of(NONE))) {
      return List.of();
    }
    List<Crosswalk> crosswalks = new ArrayList<>();
    for (String id : via) {
      if (id.equals(NONE)) {
        throw new UsageException("--via none cannot be combined with crosswalks");
      }
      crosswalks.add(Arguments.parse(() -> BundledSchemes.get().requireCrosswalk(id.strip())));
    }
    return crosswalks;
  }
}
