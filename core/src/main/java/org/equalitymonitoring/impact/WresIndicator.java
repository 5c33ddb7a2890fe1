package org.equalitymonitoring.impact;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * Presets for the Workforce Race Equality Standard (NHS England) relative-likelihood indicators 2,
 * 3 and 4, as recorded in {@code USERS-AND-METRICS.md} §2.1 and {@code STATISTICAL-METHODS.md} §8.
 *
 * <p>Groups: <b>White</b> is White British, White Irish and White Other (including white
 * minorities); <b>BME</b> is every other coded group (including Mixed); unknown or not stated
 * ethnicity is excluded from the numerators and the denominators. Which group is the numerator
 * depends on the indicator:
 *
 * <ul>
 *   <li>indicator 2: (White appointed ÷ White shortlisted) ÷ (BME appointed ÷ BME shortlisted);
 *   <li>indicator 3: (BME entering the formal disciplinary process ÷ BME headcount) ÷ (White
 *       entering ÷ White headcount);
 *   <li>indicator 4: (White accessing non-mandatory training and CPD ÷ White headcount) ÷ (BME
 *       accessing ÷ BME headcount).
 * </ul>
 *
 * <p>Not encoded, because the reference marks them as unverified: the two-year rolling average for
 * indicator 3 (sum the two years' counts before calling), rounding, and the suppression of zero
 * counts.
 */
public enum WresIndicator {
  /** Relative likelihood of White applicants being appointed from shortlisting compared to BME. */
  INDICATOR_2(
      2,
      "Relative likelihood of White applicants being appointed from shortlisting across all posts"
          + " compared to BME applicants",
      true,
      OutcomeKind.BENEFIT),
  /**
   * Relative likelihood of BME staff entering the formal disciplinary process compared to White.
   */
  INDICATOR_3(
      3,
      "Relative likelihood of BME staff entering the formal disciplinary process compared to White"
          + " staff",
      false,
      OutcomeKind.ADVERSE_OUTCOME),
  /**
   * Relative likelihood of White staff accessing non-mandatory training and CPD compared to BME.
   */
  INDICATOR_4(
      4,
      "Relative likelihood of White staff accessing non-mandatory training and CPD compared to BME"
          + " staff",
      true,
      OutcomeKind.BENEFIT);

  /** The label of the White group, "White". */
  public static final String WHITE = "White";

  /** The label of the BME group, "BME". */
  public static final String BME = "BME";

  private final int number;
  private final String description;
  private final boolean whiteIsNumerator;
  private final OutcomeKind outcomeKind;

  WresIndicator(int number, String description, boolean whiteIsNumerator, OutcomeKind kind) {
    this.number = number;
    this.description = description;
    this.whiteIsNumerator = whiteIsNumerator;
    this.outcomeKind = kind;
  }

  /**
   * Returns the indicator number.
   *
   * @return 2, 3 or 4
   */
  public int number() {
    return number;
  }

  /**
   * Returns the indicator's wording.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Returns the group whose likelihood is the numerator of the RL.
   *
   * @return "White" for indicators 2 and 4, "BME" for indicator 3
   */
  public String numeratorGroup() {
    return whiteIsNumerator ? WHITE : BME;
  }

  /**
   * Returns the group compared with.
   *
   * @return "BME" for indicators 2 and 4, "White" for indicator 3
   */
  public String comparisonGroup() {
    return whiteIsNumerator ? BME : WHITE;
  }

  /**
   * Returns whether the indicator measures a benefit (appointment, training) or an adverse outcome
   * (disciplinary).
   *
   * @return {@link OutcomeKind#BENEFIT} for indicators 2 and 4, {@link OutcomeKind#ADVERSE_OUTCOME}
   *     for indicator 3
   */
  public OutcomeKind outcomeKind() {
    return outcomeKind;
  }

  /**
   * Tells whether a relative likelihood points against BME staff: above 1 for every indicator (for
   * 2 and 4, White staff more likely to benefit; for 3, BME staff more likely to be disciplined).
   *
   * @param relativeLikelihood the RL of this indicator
   * @return true if {@code relativeLikelihood > 1}
   */
  public boolean disadvantagesBme(double relativeLikelihood) {
    return relativeLikelihood > 1;
  }

  /**
   * Returns the relative likelihood from the White and BME counts, with the numerator this
   * indicator prescribes.
   *
   * @param white White events (appointed, entering the disciplinary process, accessing training)
   *     and denominator (shortlisted, headcount), unknown ethnicity excluded
   * @param bme BME events and denominator, unknown ethnicity excluded
   * @param confidence the confidence level of the intervals
   * @return the relative likelihood; its numerator group is labelled as given
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if a group's events exceed its denominator
   */
  public RelativeLikelihood relativeLikelihood(
      GroupCount white, GroupCount bme, ConfidenceLevel confidence) {
    Objects.requireNonNull(white, "white");
    Objects.requireNonNull(bme, "bme");
    return whiteIsNumerator
        ? RelativeLikelihood.of(white, bme, confidence)
        : RelativeLikelihood.of(bme, white, confidence);
  }

  /**
   * Returns the relative likelihood from counts by ethnic group: the groups in {@code whiteGroups}
   * are summed as "White", the groups in {@code unknownGroups} are excluded, and every other group
   * is summed as "BME" ({@code USERS-AND-METRICS.md} §2.1). Stratified counts are summed over their
   * strata.
   *
   * @param counts the counts by group, unknown ethnicity included or not; no duplicate groups
   * @param whiteGroups the labels of the White groups (for example "White British", "White Irish",
   *     "Any other White background"); labels absent from {@code counts} are ignored
   * @param unknownGroups the labels of the not stated and not known groups, excluded from numerator
   *     and denominator; may be empty
   * @param confidence the confidence level of the intervals
   * @return the relative likelihood of the groups "White" and "BME"
   * @throws NullPointerException if any argument or element is null
   * @throws IllegalArgumentException if a label is in both sets, the counts have duplicates, there
   *     are no White or no BME counts, or the summed events exceed the summed denominator
   */
  public RelativeLikelihood relativeLikelihood(
      List<GroupCount> counts,
      Set<String> whiteGroups,
      Set<String> unknownGroups,
      ConfidenceLevel confidence) {
    Objects.requireNonNull(counts, "counts");
    Objects.requireNonNull(whiteGroups, "whiteGroups");
    Objects.requireNonNull(unknownGroups, "unknownGroups");
    Objects.requireNonNull(confidence, "confidence");
    for (String g : whiteGroups) {
      if (unknownGroups.contains(Objects.requireNonNull(g, "whiteGroups element"))) {
        throw new IllegalArgumentException(
            "group \"" + g + "\" is in both whiteGroups and unknownGroups");
      }
    }
    Groups.checked(counts);
    long whiteEvents = 0;
    double whiteDenominator = 0;
    long bmeEvents = 0;
    double bmeDenominator = 0;
    for (GroupCount c : counts) {
      if (unknownGroups.contains(c.group())) {
        continue;
      }
      if (whiteGroups.contains(c.group())) {
        whiteEvents = Groups.addExact(whiteEvents, c.events(), c);
        whiteDenominator += c.denominator();
      } else {
        bmeEvents = Groups.addExact(bmeEvents, c.events(), c);
        bmeDenominator += c.denominator();
      }
    }
    if (whiteDenominator == 0 || bmeDenominator == 0) {
      throw new IllegalArgumentException(
          "WRES needs both White and BME counts, got White denominator "
              + whiteDenominator
              + " and BME denominator "
              + bmeDenominator
              + " from groups "
              + Groups.labels(counts)
              + " with whiteGroups="
              + whiteGroups
              + " and unknownGroups="
              + unknownGroups);
    }
    return relativeLikelihood(
        GroupCount.of(WHITE, whiteEvents, whiteDenominator),
        GroupCount.of(BME, bmeEvents, bmeDenominator),
        confidence);
  }

  /**
   * Returns an assessor for this indicator's groups "White" and "BME": relative likelihood with the
   * White group as reference and this indicator's outcome kind, so that the BME row's ratio is BME
   * ÷ White, and its adverse-impact finding says whether BME staff are significantly disadvantaged.
   * (For indicators 2 and 4 the BME row's ratio is then 1 / RL.)
   *
   * @return the assessor; use it with counts labelled "White" and "BME"
   */
  public ImpactAssessor assessor() {
    return ImpactAssessor.of(outcomeKind).withReference(Reference.group(WHITE));
  }
}
