package org.equalitymonitoring.report;

import java.util.Map;
import org.equalitymonitoring.disclosure.DisclosurePolicy;

/**
 * The published sources the methods note cites, by name. The library's own descriptions point to
 * the project's reference notes (a reader of the report does not have them); each note names the
 * published source it records, and the report cites that source instead.
 */
final class Citations {
  /** Proportions' intervals: STATISTICAL-METHODS.md §1 records the formula and its source. */
  static final String WILSON =
      "Wilson score intervals (Newcombe & Altman 2000; PHEindicatormethods, as used by OHID/UKHSA"
          + " Fingertips)";

  /** Funnel-plot limits: STATISTICAL-METHODS.md §6a. */
  static final String FUNNEL =
      "Control limits at 95% and 99.8% around the pooled proportion, by inverting the Wilson score"
          + " interval (Fingertips technical guidance; PHEindicatormethods funnel plots); the labels"
          + " in the funnel-plot column are those PHEindicatormethods prints";

  /** Risk ratios' intervals: STATISTICAL-METHODS.md §8. */
  static final String KATZ = "risk ratios with Katz log intervals (Katz et al. 1978)";

  /** Disclosure policies by id: STATISTICAL-METHODS.md §9 names each policy's published source. */
  private static final Map<String, String> DISCLOSURE =
      Map.of(
          DisclosurePolicy.nhsDigital().id(),
          "NHS Digital, Disclosure control methodology for HES and ECDS (from September 2018)",
          DisclosurePolicy.threshold10().id(),
          "UK Longitudinal Linkage Collaboration (UK LLC) trusted research environment; ONS"
              + " Longitudinal Study, threshold of 10",
          DisclosurePolicy.roundToFiveFewerThanFive().id(),
          "Ofqual, gov.uk rounding policy",
          DisclosurePolicy.none().id(),
          "NHS Digital national counts have no disclosure control");

  private static final String PROJECT_FILE = " (reference ";

  private Citations() {}

  /** Returns the published source of a disclosure policy. */
  static String disclosure(DisclosurePolicy policy) {
    String source = DISCLOSURE.get(policy.id());
    if (source == null) {
      throw new IllegalArgumentException(
          "no published source for disclosure policy " + policy.id());
    }
    return source;
  }

  /**
   * Returns a data source's citation without the name of the project's copy of the file,
   * "(reference census/….csv)", which a reader does not have.
   */
  static String withoutProjectFiles(String source) {
    String text = source;
    int start = text.indexOf(PROJECT_FILE);
    while (start >= 0) {
      int end = text.indexOf(')', start);
      text =
          end < 0 ? text.substring(0, start) : text.substring(0, start) + text.substring(end + 1);
      start = text.indexOf(PROJECT_FILE);
    }
    return text;
  }
}
