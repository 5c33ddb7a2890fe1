package org.equalitymonitoring.impact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;
import org.equalitymonitoring.stats.ChiSquareGoodnessOfFit;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.equalitymonitoring.stats.CrudeRate;
import org.equalitymonitoring.stats.DirectlyStandardisedRate;
import org.equalitymonitoring.stats.Estimate;
import org.equalitymonitoring.stats.Interval;
import org.equalitymonitoring.stats.RateRatio;
import org.equalitymonitoring.stats.RiskRatio;
import org.equalitymonitoring.stats.StandardPopulation;
import org.equalitymonitoring.stats.WilsonScore;

/**
 * Computes {@link ImpactAssessment}s: the settings of an assessment (outcome kind, reference,
 * confidence level, multiplier, small-number rule) and one method per {@link Measure}.
 *
 * <p>Defaults: reference {@linkplain Reference#allOtherGroups() all other groups}, 95% confidence,
 * the measure's {@linkplain Measure#defaultMultiplier() default multiplier}, {@link
 * SmallNumberRule#defaults()} (fewer than 10 events is too small to say). Every {@code with...}
 * method returns a new assessor.
 *
 * <p>For every group that is compared with a reference, the finding is:
 *
 * <ol>
 *   <li>{@link AdverseImpact#TOO_SMALL_TO_SAY} if the group or its reference breaks the
 *       small-number rule (or, for a DSR, has a total count below 10, so that no DSR is produced);
 *   <li>otherwise {@link AdverseImpact#ADVERSE} if the group differs significantly in the adverse
 *       direction of the {@link OutcomeKind} (lower for a benefit, higher for an adverse outcome);
 *   <li>otherwise {@link AdverseImpact#NO_EVIDENCE}.
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class ImpactAssessor {

  private final OutcomeKind outcomeKind;
  private final Reference reference;
  private final ConfidenceLevel confidence;
  private final OptionalDouble multiplier;
  private final SmallNumberRule rule;

  private ImpactAssessor(
      OutcomeKind outcomeKind,
      Reference reference,
      ConfidenceLevel confidence,
      OptionalDouble multiplier,
      SmallNumberRule rule) {
    this.outcomeKind = outcomeKind;
    this.reference = reference;
    this.confidence = confidence;
    this.multiplier = multiplier;
    this.rule = rule;
  }

  /**
   * Returns an assessor with the default settings.
   *
   * @param outcomeKind whether the measured events are a benefit or an adverse outcome
   * @return the assessor
   * @throws NullPointerException if {@code outcomeKind} is null
   */
  public static ImpactAssessor of(OutcomeKind outcomeKind) {
    Objects.requireNonNull(outcomeKind, "outcomeKind");
    return new ImpactAssessor(
        outcomeKind,
        Reference.allOtherGroups(),
        ConfidenceLevel.NINETY_FIVE,
        OptionalDouble.empty(),
        SmallNumberRule.defaults());
  }

  /**
   * Returns a copy with another reference.
   *
   * @param reference a named group, which must be among the counts assessed, or all other groups
   * @return the new assessor
   * @throws NullPointerException if {@code reference} is null
   */
  public ImpactAssessor withReference(Reference reference) {
    Objects.requireNonNull(reference, "reference");
    return new ImpactAssessor(outcomeKind, reference, confidence, multiplier, rule);
  }

  /**
   * Returns a copy with another confidence level.
   *
   * @param confidence the confidence level of every interval
   * @return the new assessor
   * @throws NullPointerException if {@code confidence} is null
   */
  public ImpactAssessor withConfidence(ConfidenceLevel confidence) {
    Objects.requireNonNull(confidence, "confidence");
    return new ImpactAssessor(outcomeKind, reference, confidence, multiplier, rule);
  }

  /**
   * Returns a copy with a multiplier for the values of proportions, rates, relative likelihood and
   * DSRs (for example 100 for a percentage, 100000 for a rate per 100,000). Representation is
   * always in percent, so that its difference is in percentage points.
   *
   * @param multiplier the multiplier, a finite number {@code > 0}
   * @return the new assessor
   * @throws IllegalArgumentException if {@code multiplier} is not a finite number {@code > 0}
   */
  public ImpactAssessor withMultiplier(double multiplier) {
    if (!(multiplier > 0) || Double.isInfinite(multiplier)) {
      throw new IllegalArgumentException(
          "multiplier must be a finite number > 0, got multiplier=" + multiplier);
    }
    return new ImpactAssessor(
        outcomeKind, reference, confidence, OptionalDouble.of(multiplier), rule);
  }

  /**
   * Returns a copy with another small-number rule.
   *
   * @param rule the rule deciding which groups are too small to say
   * @return the new assessor
   * @throws NullPointerException if {@code rule} is null
   */
  public ImpactAssessor withSmallNumberRule(SmallNumberRule rule) {
    Objects.requireNonNull(rule, "rule");
    return new ImpactAssessor(outcomeKind, reference, confidence, multiplier, rule);
  }

  /**
   * Returns the outcome kind.
   *
   * @return the outcome kind
   */
  public OutcomeKind outcomeKind() {
    return outcomeKind;
  }

  /**
   * Returns the reference.
   *
   * @return the reference
   */
  public Reference reference() {
    return reference;
  }

  /**
   * Returns the confidence level.
   *
   * @return the confidence level
   */
  public ConfidenceLevel confidence() {
    return confidence;
  }

  /**
   * Returns the multiplier set with {@link #withMultiplier}.
   *
   * @return the multiplier, or empty to use each measure's default
   */
  public OptionalDouble multiplier() {
    return multiplier;
  }

  /**
   * Returns the small-number rule.
   *
   * @return the rule
   */
  public SmallNumberRule smallNumberRule() {
    return rule;
  }

  /**
   * Assesses the counts with the given measure: {@link #proportions}, {@link #rates}, {@link
   * #relativeLikelihood}, {@link #representation(List)}, or for {@link Measure#DSR} {@link
   * #standardisedRates(List, StandardPopulation)} with the European Standard Population 2013.
   *
   * @param measure the measure
   * @param counts the counts, as the method for the measure requires
   * @return the assessment
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException as the method for the measure
   */
  public ImpactAssessment assess(Measure measure, List<GroupCount> counts) {
    Objects.requireNonNull(measure, "measure");
    switch (measure) {
      case PROPORTION:
        return proportions(counts);
      case RATE:
        return rates(counts);
      case RELATIVE_LIKELIHOOD:
        return relativeLikelihood(counts);
      case REPRESENTATION:
        return representation(counts);
      case DSR:
        return standardisedRates(counts, StandardPopulation.esp2013());
      default:
        throw new AssertionError(measure);
    }
  }

  /**
   * Assesses proportions: for each group, {@code events / denominator · multiplier} (default 100)
   * with its Wilson score interval ({@code STATISTICAL-METHODS.md} §1), and against the reference,
   * the risk ratio with its Katz log interval ({@code STATISTICAL-METHODS.md} §8, {@link
   * RiskRatio#katz}; zero cells give an empty ratio or limit), the difference {@code value −
   * reference value}, and the significance (the ratio's interval excludes 1). Stratified counts are
   * summed per group.
   *
   * @param counts one count per group (or per group and stratum), at least 2 groups; events at most
   *     the denominator; no duplicates
   * @return the assessment, measure {@link Measure#PROPORTION}
   * @throws NullPointerException if {@code counts} or an element is null
   * @throws IllegalArgumentException if there are fewer than 2 groups, a duplicate group, events
   *     above a denominator, or a named reference group that is not among the counts (the message
   *     lists the groups)
   */
  public ImpactAssessment proportions(List<GroupCount> counts) {
    return compared(Measure.PROPORTION, counts);
  }

  /**
   * Assesses crude rates: for each group, {@code events / denominator · multiplier} (default
   * 100,000) with exact Poisson limits below 10 events and Byar's from 10 ({@code
   * STATISTICAL-METHODS.md} §2, {@link CrudeRate}), and against the reference, the rate ratio with
   * its log interval ({@code STATISTICAL-METHODS.md} §8, {@link RateRatio}), the difference and the
   * significance (the ratio's interval excludes 1). Events may exceed the denominator.
   *
   * @param counts one count per group (or per group and stratum), at least 2 groups; no duplicates
   * @return the assessment, measure {@link Measure#RATE}
   * @throws NullPointerException if {@code counts} or an element is null
   * @throws IllegalArgumentException if there are fewer than 2 groups, a duplicate group, or an
   *     unknown reference group (the message lists the groups)
   */
  public ImpactAssessment rates(List<GroupCount> counts) {
    return compared(Measure.RATE, counts);
  }

  /**
   * Assesses relative likelihood: as {@link #proportions} (selection rates with Wilson intervals,
   * default multiplier 100; each group's risk ratio to the reference is its relative likelihood, as
   * WRES, {@code USERS-AND-METRICS.md} §2.1), and in addition the four-fifths rule of adverse
   * impact ({@code STATISTICAL-METHODS.md} §8, 29 CFR 1607.4(D)): each group's impact ratio is its
   * selection rate divided by the highest group's selection rate, flagged if strictly below 0.80
   * (compared exactly, so 0.80 is not flagged). The caller excludes unknown ethnicity; for the WRES
   * White / BME indicators see {@link WresIndicator}.
   *
   * @param counts one count per group, at least 2 groups; events (selected) at most the denominator
   *     (applicants, headcount); no duplicates
   * @return the assessment, measure {@link Measure#RELATIVE_LIKELIHOOD}
   * @throws NullPointerException if {@code counts} or an element is null
   * @throws IllegalArgumentException as {@link #proportions}
   */
  public ImpactAssessment relativeLikelihood(List<GroupCount> counts) {
    return compared(Measure.RELATIVE_LIKELIHOOD, counts);
  }

  private ImpactAssessment compared(Measure measure, List<GroupCount> counts) {
    List<GroupCount> groups = Groups.crude(counts);
    boolean proportion = measure != Measure.RATE;
    if (proportion) {
      groups.forEach(Groups::checkProportion);
    }
    int ref = Groups.referenceIndex(groups, reference);
    double mult = multiplier.orElse(measure.defaultMultiplier());
    GroupCount highest = null;
    if (measure == Measure.RELATIVE_LIKELIHOOD) {
      highest = groups.get(0);
      for (GroupCount g : groups) {
        if (FourFifths.compareRates(
                g.events(), g.denominator(), highest.events(), highest.denominator())
            > 0) {
          highest = g;
        }
      }
    }
    List<GroupResult> results = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      GroupCount g = groups.get(i);
      double e = g.events();
      double n = g.denominator();
      Estimate est =
          proportion
              ? WilsonScore.proportion(e, n, confidence, mult)
              : CrudeRate.of(e, n, confidence, mult);
      GroupResult.Builder b =
          GroupResult.builder(g.group(), est.method())
              .counts(OptionalLong.of(g.events()), OptionalDouble.of(n))
              .estimate(est);
      if (highest != null) {
        if (highest.events() > 0) {
          double impactRatio = (e / n) / (highest.events() / highest.denominator());
          boolean flagged =
              FourFifths.belowFourFifths(e, n, highest.events(), highest.denominator());
          b.impactRatio(OptionalDouble.of(g == highest ? 1.0 : impactRatio), flagged);
        } else {
          b.impactRatio(OptionalDouble.empty(), false);
        }
      }
      if (i == ref) {
        b.adverseImpact(AdverseImpact.REFERENCE_GROUP, Optional.empty());
      } else {
        long refEvents = 0;
        double refDenominator = 0;
        for (int j = 0; j < groups.size(); j++) {
          if (ref >= 0 ? j == ref : j != i) {
            refEvents += groups.get(j).events();
            refDenominator += groups.get(j).denominator();
          }
        }
        Estimate ratio =
            proportion
                ? RiskRatio.katz(e, n, refEvents, refDenominator, confidence)
                : RateRatio.of(e, n, refEvents, refDenominator, confidence);
        b.ratio(ratio);
        b.difference(est.value() - refEvents / refDenominator * mult);
        Significance significance = Significance.comparing(ratio.interval(), 1);
        b.significance(significance);
        Optional<String> tooSmall = rule.reason(e, n);
        if (tooSmall.isEmpty()) {
          tooSmall = referenceReason(rule.reason(refEvents, refDenominator));
        }
        b.adverseImpact(finding(significance, tooSmall), tooSmall);
      }
      results.add(b.build());
    }
    return ImpactAssessment.of(
        measure,
        confidence,
        reference.label(),
        reference.group(),
        outcomeKind,
        mult,
        rule,
        results,
        Optional.empty(),
        groups,
        this,
        (assessor, published, total) -> assessor.compared(measure, published));
  }

  /**
   * Assesses representation: each group's share of service users against its share of a population.
   * For each group: the share {@code users / total users} in percent with its Wilson score interval
   * ({@code STATISTICAL-METHODS.md} §1); the population share {@code population / total population}
   * in percent; the ratio share ÷ population share, with the Wilson limits divided by the
   * population share (the population is taken as known); the difference share − population share in
   * percentage points; and the significance (the share's interval excludes the population share).
   * Across groups: Pearson's chi-square goodness-of-fit test of the users against the population
   * shares ({@link ChiSquareGoodnessOfFit#ofProportions}). Under- representation is adverse for a
   * benefit, over-representation for an adverse outcome. The small-number rule is applied to each
   * group's users and population; the reference setting is not used (the reference is the
   * population).
   *
   * @param counts one count per group: events are the group's service users, the denominator its
   *     population; at least 2 groups, at least one service user in all; no duplicates
   * @return the assessment, measure {@link Measure#REPRESENTATION}, reference {@code "population"}
   * @throws NullPointerException if {@code counts} or an element is null
   * @throws IllegalArgumentException if there are fewer than 2 groups, a duplicate group, or no
   *     service users
   */
  public ImpactAssessment representation(List<GroupCount> counts) {
    List<GroupCount> groups = Groups.crude(counts);
    long users = 0;
    double population = 0;
    for (GroupCount g : groups) {
      users = Groups.addExact(users, g.events(), g);
      population += g.denominator();
    }
    if (users == 0) {
      throw new IllegalArgumentException(
          "representation needs at least one service user, got 0 in groups "
              + Groups.labels(groups));
    }
    return representation(groups, users, population);
  }

  /**
   * Assesses representation with each group's share taken of {@code users} and its population share
   * of {@code population}, which may include groups not given (the suppressed groups of a disclosed
   * assessment); the chi-square test covers the groups given, against their population shares among
   * themselves.
   */
  private ImpactAssessment representation(List<GroupCount> groups, long users, double population) {
    double[] observed = new double[groups.size()];
    double[] shares = new double[groups.size()];
    double givenPopulation = 0;
    for (GroupCount g : groups) {
      givenPopulation += g.denominator();
    }
    List<GroupResult> results = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      GroupCount g = groups.get(i);
      observed[i] = g.events();
      shares[i] = g.denominator() / givenPopulation;
      double populationShare = g.denominator() / population * 100;
      Estimate share = WilsonScore.proportion(g.events(), users, confidence, 100);
      Significance significance = Significance.comparing(share.interval(), populationShare);
      Optional<String> tooSmall = rule.reason(g.events(), g.denominator());
      results.add(
          GroupResult.builder(g.group(), share.method())
              .counts(OptionalLong.of(g.events()), OptionalDouble.of(users))
              .estimate(share)
              .ratio(
                  share.value() / populationShare,
                  Interval.of(
                      share.lower() / populationShare,
                      share.upper() / populationShare,
                      share.method()))
              .difference(share.value() - populationShare)
              .populationShare(populationShare)
              .significance(significance)
              .adverseImpact(finding(significance, tooSmall), tooSmall)
              .build());
    }
    boolean anyObserved = Arrays.stream(observed).anyMatch(o -> o > 0);
    return ImpactAssessment.of(
        Measure.REPRESENTATION,
        confidence,
        ImpactAssessment.POPULATION_REFERENCE,
        Optional.empty(),
        outcomeKind,
        100,
        rule,
        results,
        anyObserved
            ? Optional.of(ChiSquareGoodnessOfFit.ofProportions(observed, shares))
            : Optional.empty(),
        groups,
        this,
        (assessor, published, total) -> assessor.representation(published, total, population));
  }

  /**
   * Assesses representation from two maps, as {@link #representation(List)}: groups in the order of
   * {@code population}; a group of the population with no service users has 0.
   *
   * @param serviceUsers service users by group, each {@code >= 0}; every group must be in {@code
   *     population}
   * @param population population by group, each {@code > 0}, at least 2 groups
   * @return the assessment, measure {@link Measure#REPRESENTATION}
   * @throws NullPointerException if a map, key or value is null
   * @throws IllegalArgumentException if a service-user group is not in the population (the message
   *     lists the population groups), or as {@link #representation(List)}
   */
  public ImpactAssessment representation(
      Map<String, Long> serviceUsers, Map<String, Long> population) {
    Objects.requireNonNull(serviceUsers, "serviceUsers");
    Objects.requireNonNull(population, "population");
    for (String group : serviceUsers.keySet()) {
      if (!population.containsKey(Objects.requireNonNull(group, "serviceUsers key"))) {
        throw new IllegalArgumentException(
            "service-user group \""
                + group
                + "\" is not in the population; the population groups are: "
                + population.keySet());
      }
    }
    List<GroupCount> counts = new ArrayList<>(population.size());
    for (Map.Entry<String, Long> p : population.entrySet()) {
      long users = serviceUsers.getOrDefault(p.getKey(), 0L);
      counts.add(
          GroupCount.of(
              p.getKey(), users, (long) Objects.requireNonNull(p.getValue(), "population value")));
    }
    return representation(counts);
  }

  /**
   * Assesses directly standardised rates, standardised to the total population of the groups given,
   * stratum by stratum: the standard weight of stratum k is {@code N_k}, the sum over all groups of
   * their population in k. This is the standard of the Mental Health Act detention rates by
   * ethnicity ({@code USERS-AND-METRICS.md} §2.3: {@code DSR_g = Σ_k (N_k / N) · (d_gk / n_gk) ×
   * 100,000}, strata sex × age). The interval is Dobson's (not the publication's normal
   * approximation); see {@link #standardisedRates(List, StandardPopulation)}.
   *
   * @param strata one stratified count per group and stratum ({@link GroupCount#stratified}), every
   *     group with the same strata (events 0 where there were none)
   * @return the assessment, measure {@link Measure#DSR}
   * @throws NullPointerException if {@code strata} or an element is null
   * @throws IllegalArgumentException as {@link #standardisedRates(List, StandardPopulation)}
   */
  public ImpactAssessment standardisedRates(List<GroupCount> strata) {
    Groups.checked(strata);
    Map<String, Double> totals = new LinkedHashMap<>();
    for (GroupCount c : strata) {
      String stratum = requireStratum(c);
      totals.merge(stratum, c.denominator(), Double::sum);
    }
    double[] weights = totals.values().stream().mapToDouble(Double::doubleValue).toArray();
    StandardPopulation standard =
        StandardPopulation.of(
            "total population of the groups", new ArrayList<>(totals.keySet()), weights);
    return standardisedRates(strata, standard);
  }

  /**
   * Assesses directly standardised rates against a standard population: for each group, the DSR
   * with its Dobson interval ({@code STATISTICAL-METHODS.md} §4, {@link DirectlyStandardisedRate};
   * default multiplier 100,000; no DSR when the group's total count is below 10). Against the
   * reference (a named group, or the other groups' strata summed): the ratio of the DSRs, with no
   * interval (as the MHA publication, {@code USERS-AND-METRICS.md} §2.3), the difference, and the
   * significance, judged by whether the group's Dobson interval lies wholly above or below the
   * reference group's DSR (a comparison with a benchmark value; the reference DSR's own uncertainty
   * is not taken into account). A group or reference without a DSR is too small to say.
   *
   * @param strata one stratified count per group and stratum ({@link GroupCount#stratified}); the
   *     strata labels are those of the standard population (for ESP 2013, "0-4" to "90+"), and
   *     every group has every stratum (events 0 where there were none); at least 2 groups
   * @param standard the standard population, for example {@link StandardPopulation#esp2013()}
   * @return the assessment, measure {@link Measure#DSR}, method "Dobson"
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if a count has no stratum, a stratum is not in the standard, a
   *     group lacks a stratum, a (group, stratum) is duplicated, there are fewer than 2 groups, or
   *     the named reference group is not among the groups (the message lists the groups)
   */
  public ImpactAssessment standardisedRates(List<GroupCount> strata, StandardPopulation standard) {
    Objects.requireNonNull(standard, "standard");
    double[] weights = standard.weights();
    return standardised(
        strata,
        standard,
        (x, n, mult) -> DirectlyStandardisedRate.of(x, n, weights, confidence, mult),
        (assessor, published) -> assessor.standardisedRates(published, standard));
  }

  /**
   * Assesses directly standardised rates by the method of NHS England's Mental Health Act annual
   * statistics ({@code USERS-AND-METRICS.md} §2.3): as {@link #standardisedRates(List,
   * StandardPopulation)}, but each group's interval is the publication's normal approximation with
   * binomial variance ({@link DirectlyStandardisedRate#mentalHealthAct}), and a DSR is given
   * whatever the total count (the small-number rule still decides which groups are too small to
   * say). The standard is the all-groups population by sex and age, such as the Census 2011 England
   * standard the statistics used before Census 2021.
   *
   * @param strata one stratified count per group and stratum, as {@link #standardisedRates(List,
   *     StandardPopulation)}; events at most the population in every stratum
   * @param standard the standard population, whose strata the counts use
   * @param outOfVariance strata of the standard left out of the variance: the publication's {@code
   *     "16 to 17"} strata to reproduce its intervals, or none for the corrected interval
   * @return the assessment, measure {@link Measure#DSR}, method {@value
   *     DirectlyStandardisedRate#MENTAL_HEALTH_ACT_METHOD}
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException as {@link #standardisedRates(List, StandardPopulation)}; if
   *     {@code outOfVariance} names a stratum the standard lacks; if events exceed the population
   *     in a stratum
   */
  public ImpactAssessment mentalHealthActRates(
      List<GroupCount> strata, StandardPopulation standard, Set<String> outOfVariance) {
    Objects.requireNonNull(standard, "standard");
    Objects.requireNonNull(outOfVariance, "outOfVariance");
    List<String> bands = standard.ageBands();
    for (String stratum : outOfVariance) {
      if (!bands.contains(Objects.requireNonNull(stratum, "outOfVariance element"))) {
        throw new IllegalArgumentException(
            "stratum \""
                + stratum
                + "\" to leave out of the variance is not a stratum of the standard population "
                + standard.name()
                + "; its strata are "
                + bands);
      }
    }
    double[] weights = standard.weights();
    boolean[] inVariance = new boolean[bands.size()];
    for (int k = 0; k < inVariance.length; k++) {
      inVariance[k] = !outOfVariance.contains(bands.get(k));
    }
    Set<String> kept = Set.copyOf(outOfVariance);
    return standardised(
        strata,
        standard,
        (x, n, mult) ->
            DirectlyStandardisedRate.mentalHealthAct(x, n, weights, inVariance, confidence, mult),
        (assessor, published) -> assessor.mentalHealthActRates(published, standard, kept));
  }

  /** Computes one group's DSR from its events and populations per stratum. */
  private interface StandardisedRate {
    DirectlyStandardisedRate of(double[] events, double[] populations, double multiplier);
  }

  /** Re-runs the same standardisation on the counts a disclosure policy publishes. */
  private interface Restandardisation {
    ImpactAssessment apply(ImpactAssessor assessor, List<GroupCount> published);
  }

  private ImpactAssessment standardised(
      List<GroupCount> strata,
      StandardPopulation standard,
      StandardisedRate method,
      Restandardisation again) {
    List<GroupCount> checked = Groups.checked(strata);
    List<String> bands = standard.ageBands();
    Map<String, Map<String, GroupCount>> byGroup = new LinkedHashMap<>();
    for (GroupCount c : checked) {
      String stratum = requireStratum(c);
      if (!bands.contains(stratum)) {
        throw new IllegalArgumentException(
            "stratum \""
                + stratum
                + "\" of group \""
                + c.group()
                + "\" is not a stratum of the standard population "
                + standard.name()
                + "; its strata are "
                + bands);
      }
      byGroup.computeIfAbsent(c.group(), g -> new LinkedHashMap<>()).put(stratum, c);
    }
    List<GroupCount> groups = new ArrayList<>(byGroup.size());
    List<double[]> events = new ArrayList<>();
    List<double[]> populations = new ArrayList<>();
    for (Map.Entry<String, Map<String, GroupCount>> entry : byGroup.entrySet()) {
      List<String> missing = new ArrayList<>();
      double[] x = new double[bands.size()];
      double[] n = new double[bands.size()];
      long total = 0;
      double population = 0;
      for (int k = 0; k < bands.size(); k++) {
        GroupCount c = entry.getValue().get(bands.get(k));
        if (c == null) {
          missing.add(bands.get(k));
          continue;
        }
        x[k] = c.events();
        n[k] = c.denominator();
        total = Groups.addExact(total, c.events(), c);
        population += c.denominator();
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "group \""
                + entry.getKey()
                + "\" has no count for strata "
                + missing
                + " of the standard population "
                + standard.name()
                + ": give every stratum, with events 0 where there were none");
      }
      groups.add(GroupCount.of(entry.getKey(), total, population));
      events.add(x);
      populations.add(n);
    }
    Groups.requireAtLeastTwo(groups);
    int ref = Groups.referenceIndex(groups, reference);
    double mult = multiplier.orElse(Measure.DSR.defaultMultiplier());
    List<DirectlyStandardisedRate> dsrs = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      dsrs.add(method.of(events.get(i), populations.get(i), mult));
    }
    List<GroupResult> results = new ArrayList<>(groups.size());
    for (int i = 0; i < groups.size(); i++) {
      GroupCount g = groups.get(i);
      DirectlyStandardisedRate dsr = dsrs.get(i);
      GroupResult.Builder b =
          GroupResult.builder(g.group(), dsr.method())
              .counts(OptionalLong.of(g.events()), OptionalDouble.of(g.denominator()));
      dsr.estimate().ifPresent(b::estimate);
      if (i == ref) {
        b.adverseImpact(AdverseImpact.REFERENCE_GROUP, Optional.empty());
        results.add(b.build());
        continue;
      }
      DirectlyStandardisedRate refDsr;
      if (ref >= 0) {
        refDsr = dsrs.get(ref);
      } else {
        double[] x = new double[bands.size()];
        double[] n = new double[bands.size()];
        for (int j = 0; j < groups.size(); j++) {
          if (j != i) {
            for (int k = 0; k < bands.size(); k++) {
              x[k] += events.get(j)[k];
              n[k] += populations.get(j)[k];
            }
          }
        }
        refDsr = method.of(x, n, mult);
      }
      Optional<String> tooSmall =
          dsr.estimate().isEmpty()
              ? Optional.of("total count below 10: no DSR (STATISTICAL-METHODS.md §4)")
              : rule.reason(g.events(), g.denominator());
      if (tooSmall.isEmpty()) {
        tooSmall =
            refDsr.estimate().isEmpty()
                ? referenceReason(
                    Optional.of("a total count below 10: no DSR (STATISTICAL-METHODS.md §4)"))
                : referenceReason(rule.reason(refDsr.totalCount(), refDsr.totalPopulation()));
      }
      if (dsr.estimate().isPresent() && refDsr.estimate().isPresent()) {
        Estimate est = dsr.estimate().get();
        double refValue = refDsr.estimate().get().value();
        if (refValue > 0) {
          b.pointRatio(est.value() / refValue);
        }
        b.difference(est.value() - refValue);
        Significance significance = Significance.comparing(est.interval(), refValue);
        b.significance(significance);
        b.adverseImpact(finding(significance, tooSmall), tooSmall);
      } else {
        b.adverseImpact(AdverseImpact.TOO_SMALL_TO_SAY, tooSmall);
      }
      results.add(b.build());
    }
    return ImpactAssessment.of(
        Measure.DSR,
        confidence,
        reference.label(),
        reference.group(),
        outcomeKind,
        mult,
        rule,
        results,
        Optional.empty(),
        checked,
        this,
        (assessor, published, total) -> again.apply(assessor, published));
  }

  private static String requireStratum(GroupCount c) {
    return c.stratum()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "standardised rates need stratified counts (GroupCount.stratified), but "
                        + c.describe()
                        + " has no stratum"));
  }

  private Optional<String> referenceReason(Optional<String> reason) {
    String who =
        reference.group().isPresent()
            ? "reference group \"" + reference.group().get() + "\" has "
            : "all other groups combined have ";
    return reason.map(r -> who + r);
  }

  private AdverseImpact finding(Significance significance, Optional<String> tooSmall) {
    if (tooSmall.isPresent()) {
      return AdverseImpact.TOO_SMALL_TO_SAY;
    }
    return significance == outcomeKind.adverseDirection()
        ? AdverseImpact.ADVERSE
        : AdverseImpact.NO_EVIDENCE;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ImpactAssessor)) {
      return false;
    }
    ImpactAssessor other = (ImpactAssessor) o;
    return outcomeKind == other.outcomeKind
        && reference.equals(other.reference)
        && confidence.equals(other.confidence)
        && multiplier.equals(other.multiplier)
        && rule.equals(other.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(outcomeKind, reference, confidence, multiplier, rule);
  }

  @Override
  public String toString() {
    return "ImpactAssessor["
        + outcomeKind
        + ", reference "
        + reference.label()
        + ", "
        + confidence.label()
        + ", "
        + rule.description()
        + "]";
  }
}
