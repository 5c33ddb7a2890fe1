package org.equalitymonitoring.impact;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.stats.ChiSquareGoodnessOfFit;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * The result of an equality measure across groups: one {@link GroupResult} per group, in the order
 * the groups were given, with the measure, confidence level, reference, outcome kind, multiplier
 * and small-number rule they were computed with.
 *
 * <p>Obtained from an {@link ImpactAssessor}. Before publication, apply disclosure control with
 * {@link #disclose(DisclosurePolicy)}. Immutable and thread-safe.
 */
public final class ImpactAssessment {

  /** The {@link #reference()} label of a representation assessment. */
  public static final String POPULATION_REFERENCE = "population";

  private final Measure measure;
  private final ConfidenceLevel confidence;
  private final String reference;
  private final Optional<String> referenceGroup;
  private final OutcomeKind outcomeKind;
  private final double multiplier;
  private final SmallNumberRule smallNumberRule;
  private final ImmutableList<GroupResult> groups;
  private final Optional<ChiSquareGoodnessOfFit> goodnessOfFit;
  private final Optional<DisclosurePolicy> disclosurePolicy;
  // The counts the results were computed from, as given to the assessor, and how to compute them
  // again from published counts; never published themselves.
  private final ImmutableList<GroupCount> input;
  private final ImpactAssessor assessor;
  private final Reassessment reassessment;

  private ImpactAssessment(
      Measure measure,
      ConfidenceLevel confidence,
      String reference,
      Optional<String> referenceGroup,
      OutcomeKind outcomeKind,
      double multiplier,
      SmallNumberRule smallNumberRule,
      List<GroupResult> groups,
      Optional<ChiSquareGoodnessOfFit> goodnessOfFit,
      Optional<DisclosurePolicy> disclosurePolicy,
      List<GroupCount> input,
      ImpactAssessor assessor,
      Reassessment reassessment) {
    this.measure = measure;
    this.confidence = confidence;
    this.reference = reference;
    this.referenceGroup = referenceGroup;
    this.outcomeKind = outcomeKind;
    this.multiplier = multiplier;
    this.smallNumberRule = smallNumberRule;
    this.groups = ImmutableList.copyOf(groups);
    this.goodnessOfFit = goodnessOfFit;
    this.disclosurePolicy = disclosurePolicy;
    this.input = ImmutableList.copyOf(input);
    this.assessor = assessor;
    this.reassessment = reassessment;
  }

  static ImpactAssessment of(
      Measure measure,
      ConfidenceLevel confidence,
      String reference,
      Optional<String> referenceGroup,
      OutcomeKind outcomeKind,
      double multiplier,
      SmallNumberRule smallNumberRule,
      List<GroupResult> groups,
      Optional<ChiSquareGoodnessOfFit> goodnessOfFit,
      List<GroupCount> input,
      ImpactAssessor assessor,
      Reassessment reassessment) {
    return new ImpactAssessment(
        measure,
        confidence,
        reference,
        referenceGroup,
        outcomeKind,
        multiplier,
        smallNumberRule,
        groups,
        goodnessOfFit,
        Optional.empty(),
        input,
        assessor,
        reassessment);
  }

  /**
   * Returns the measure.
   *
   * @return the measure
   */
  public Measure measure() {
    return measure;
  }

  /**
   * Returns the confidence level of every interval.
   *
   * @return the confidence level
   */
  public ConfidenceLevel confidence() {
    return confidence;
  }

  /**
   * Returns the label of the reference: the named group, {@code "all other groups"}, or {@code
   * "population"} for {@link Measure#REPRESENTATION}.
   *
   * @return the label
   */
  public String reference() {
    return reference;
  }

  /**
   * Returns whether the measured events are a benefit or an adverse outcome.
   *
   * @return the outcome kind
   */
  public OutcomeKind outcomeKind() {
    return outcomeKind;
  }

  /**
   * Returns the multiplier of every value (100 for percentages, 100,000 for rates per 100,000).
   *
   * @return the multiplier, {@code > 0}
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * Returns the rule that decided which groups are too small to say.
   *
   * @return the rule
   */
  public SmallNumberRule smallNumberRule() {
    return smallNumberRule;
  }

  /**
   * Returns the result of every group, in the order the groups were first given.
   *
   * @return an immutable list, at least 2 groups
   */
  public List<GroupResult> groups() {
    return groups;
  }

  /**
   * Looks up the result of one group.
   *
   * @param group the group label, matched exactly
   * @return the result, or empty if there is no such group
   * @throws NullPointerException if {@code group} is null
   */
  public Optional<GroupResult> group(String group) {
    Objects.requireNonNull(group, "group");
    return groups.stream().filter(g -> g.group().equals(group)).findFirst();
  }

  /**
   * Returns the groups with evidence of adverse impact.
   *
   * @return an immutable list of labels, in group order
   */
  public List<String> adverselyImpactedGroups() {
    return labels(AdverseImpact.ADVERSE);
  }

  /**
   * Returns the groups too small to say, which must be reported as such and not as "no impact".
   *
   * @return an immutable list of labels, in group order
   */
  public List<String> tooSmallToSay() {
    return labels(AdverseImpact.TOO_SMALL_TO_SAY);
  }

  private List<String> labels(AdverseImpact finding) {
    return groups.stream()
        .filter(g -> g.adverseImpact() == finding)
        .map(GroupResult::group)
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * Returns Pearson's chi-square goodness-of-fit test of the service users' distribution across
   * groups against the population shares, for {@link Measure#REPRESENTATION}. After {@link
   * #disclose} it is computed from the published counts of the published groups only.
   *
   * @return the test, or empty for other measures
   */
  public Optional<ChiSquareGoodnessOfFit> goodnessOfFit() {
    return goodnessOfFit;
  }

  /**
   * Returns the disclosure policy applied by {@link #disclose}.
   *
   * @return the policy, or empty if the assessment has not been disclosed
   */
  public Optional<DisclosurePolicy> disclosurePolicy() {
    return disclosurePolicy;
  }

  /**
   * Returns this assessment as it may be published under a disclosure policy ({@code
   * STATISTICAL-METHODS.md} §9): every figure of the result is computed only from counts the policy
   * publishes, or withheld.
   *
   * <p>The policy is applied, with its secondary suppression, to one table of the counts: for
   * {@link Measure#PROPORTION} and {@link Measure#RELATIVE_LIKELIHOOD} with whole-number
   * denominators, events and non-events by group (so a proportion near 100% is protected too, and
   * the published denominator is the rounded row total); for {@link Measure#DSR}, events by group
   * and stratum; otherwise events by group (populations and person-time are not counts of the
   * measured events, and are published unchanged). A group any of whose entries is suppressed is
   * withheld ({@link GroupResult#withheld}: no count, value, interval, method, ratio or
   * significance). The published groups are then assessed again from their published (rounded)
   * counts, so that their values, intervals, ratios, significance and findings, and statistics over
   * groups (the chi-square test of representation, "all other groups combined", the four-fifths
   * highest rate), use published counts only and leave the suppressed groups out. Representation
   * shares are of the published total. If the named reference group is withheld, no group is
   * compared with it (too small to say); if fewer than two groups are published, every group is
   * withheld.
   *
   * @param policy the disclosure policy, for example {@link DisclosurePolicy#nhsDigital()}
   * @return the disclosed assessment
   * @throws NullPointerException if {@code policy} is null
   * @throws IllegalStateException if this assessment has already been disclosed
   */
  public ImpactAssessment disclose(DisclosurePolicy policy) {
    return disclose(policy, Set.of());
  }

  /**
   * Returns this assessment as it may be published in a publication whose other tables withhold
   * some groups' counts: as {@link #disclose(DisclosurePolicy)}, with the given groups' counts
   * suppressed as well before secondary suppression, so that a figure withheld elsewhere is not
   * published here.
   *
   * @param policy the disclosure policy
   * @param alsoWithheld groups to withhold whatever their counts; labels that are not groups of
   *     this assessment are ignored
   * @return the disclosed assessment
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalStateException if this assessment has already been disclosed
   */
  public ImpactAssessment disclose(DisclosurePolicy policy, Set<String> alsoWithheld) {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(alsoWithheld, "alsoWithheld");
    if (disclosurePolicy.isPresent()) {
      throw new IllegalStateException(
          "this assessment has already been disclosed under policy \""
              + disclosurePolicy.get().id()
              + "\"; disclose the original assessment instead");
    }
    GroupDisclosure.Published published =
        GroupDisclosure.publish(measure, groups, input, policy, alsoWithheld);
    ImpactAssessor settings = assessor;
    boolean referenceWithheld = referenceGroup.filter(g -> !published.isPublished(g)).isPresent();
    if (referenceWithheld) {
      settings = assessor.withReference(Reference.allOtherGroups());
    }
    Optional<ImpactAssessment> reassessed =
        published.enoughToAssess(measure)
            ? Optional.of(reassessment.assess(settings, published.counts(), published.total()))
            : Optional.empty();
    List<GroupResult> results = new ArrayList<>(groups.size());
    for (GroupResult g : groups) {
      Optional<GroupResult> result =
          reassessed.filter(r -> published.isPublished(g.group())).flatMap(r -> r.group(g.group()));
      if (result.isPresent() && referenceWithheld) {
        result =
            Optional.of(
                result.get().toBuilder()
                    .withoutComparison(
                        "the reference group's figures are withheld (disclosure control)")
                    .build());
      }
      results.add(result.orElseGet(() -> GroupResult.withheld(g.group(), g.populationShare())));
    }
    return new ImpactAssessment(
        measure,
        confidence,
        reference,
        referenceGroup,
        outcomeKind,
        multiplier,
        smallNumberRule,
        results,
        reassessed.flatMap(ImpactAssessment::goodnessOfFit),
        Optional.of(policy),
        published.counts(),
        assessor,
        reassessment);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ImpactAssessment)) {
      return false;
    }
    ImpactAssessment other = (ImpactAssessment) o;
    return measure == other.measure
        && confidence.equals(other.confidence)
        && reference.equals(other.reference)
        && referenceGroup.equals(other.referenceGroup)
        && outcomeKind == other.outcomeKind
        && Double.compare(multiplier, other.multiplier) == 0
        && smallNumberRule.equals(other.smallNumberRule)
        && groups.equals(other.groups)
        && goodnessOfFit.equals(other.goodnessOfFit)
        && disclosurePolicy.equals(other.disclosurePolicy)
        && input.equals(other.input);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        measure,
        confidence,
        reference,
        outcomeKind,
        multiplier,
        smallNumberRule,
        groups,
        goodnessOfFit,
        disclosurePolicy);
  }

  @Override
  public String toString() {
    return "ImpactAssessment["
        + measure
        + ", "
        + confidence.label()
        + ", reference "
        + reference
        + ", "
        + outcomeKind
        + disclosurePolicy.map(p -> ", disclosed under " + p.id()).orElse("")
        + ", "
        + groups
        + "]";
  }
}
