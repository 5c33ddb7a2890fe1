package org.equalitymonitoring.impact;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.equalitymonitoring.stats.Estimate;
import org.equalitymonitoring.stats.Interval;

/**
 * The figures and finding for one group of an {@link ImpactAssessment}: the fields a report prints
 * (group, events, denominator, value, lower, upper, method, ratio, ratioLower, ratioUpper,
 * significance, adverseImpact, suppressed).
 *
 * <p>Absent figures are empty, never NaN:
 *
 * <ul>
 *   <li>a group whose figures disclosure control withholds ({@link #suppressed()}, after {@link
 *       ImpactAssessment#disclose}) shows no count, value, interval, method, ratio, difference,
 *       significance or impact ratio, and its finding is {@link AdverseImpact#WITHHELD};
 *   <li>the named reference group has no ratio, difference or significance;
 *   <li>a ratio or limit that a zero count makes undefined or infinite ({@code
 *       STATISTICAL-METHODS.md} §8: {@code a = 0} gives {@code (0, NaN)}, {@code c = 0} gives
 *       {@code (NaN, ∞)}) is empty;
 *   <li>a DSR that is not produced (total count below 10, {@code STATISTICAL-METHODS.md} §4) has no
 *       value.
 * </ul>
 *
 * <p>Immutable and thread-safe. Obtained from an {@link ImpactAssessment}.
 */
public final class GroupResult {

  private final String group;
  private final OptionalLong events;
  private final OptionalDouble denominator;
  private final Optional<Estimate> estimate;
  private final Optional<String> method;
  private final OptionalDouble ratio;
  private final Optional<Interval> ratioInterval;
  private final OptionalDouble difference;
  private final Optional<Significance> significance;
  private final AdverseImpact adverseImpact;
  private final Optional<String> tooSmallReason;
  private final OptionalDouble impactRatio;
  private final boolean fourFifthsAdverse;
  private final OptionalDouble populationShare;
  private final boolean suppressed;

  private GroupResult(Builder b) {
    this.group = Objects.requireNonNull(b.group, "group");
    this.events = b.events;
    this.denominator = b.denominator;
    this.estimate = b.estimate;
    this.method = b.method;
    this.ratio = b.ratio;
    this.ratioInterval = b.ratioInterval;
    this.difference = b.difference;
    this.significance = b.significance;
    this.adverseImpact = Objects.requireNonNull(b.adverseImpact, "adverseImpact");
    this.tooSmallReason = b.tooSmallReason;
    this.impactRatio = b.impactRatio;
    this.fourFifthsAdverse = b.fourFifthsAdverse;
    this.populationShare = b.populationShare;
    this.suppressed = b.suppressed;
  }

  static Builder builder(String group, String method) {
    return new Builder(group, Optional.of(method));
  }

  /**
   * The result of a group whose figures disclosure control withholds: no count, value, interval,
   * method, ratio, difference or significance; finding {@link AdverseImpact#WITHHELD}. A population
   * share, which comes from the population alone, is kept.
   */
  static GroupResult withheld(String group, OptionalDouble populationShare) {
    Builder b = new Builder(group, Optional.empty());
    b.populationShare = populationShare;
    b.adverseImpact = AdverseImpact.WITHHELD;
    b.suppressed = true;
    return b.build();
  }

  Builder toBuilder() {
    Builder b = new Builder(group, method);
    b.events = events;
    b.denominator = denominator;
    b.estimate = estimate;
    b.ratio = ratio;
    b.ratioInterval = ratioInterval;
    b.difference = difference;
    b.significance = significance;
    b.adverseImpact = adverseImpact;
    b.tooSmallReason = tooSmallReason;
    b.impactRatio = impactRatio;
    b.fourFifthsAdverse = fourFifthsAdverse;
    b.populationShare = populationShare;
    b.suppressed = suppressed;
    return b;
  }

  /** Returns the number as an OptionalDouble, empty unless it is finite. */
  static OptionalDouble finite(double x) {
    return Double.isFinite(x) ? OptionalDouble.of(x) : OptionalDouble.empty();
  }

  /** Package-private mutable builder; every field defaults to empty, false or null. */
  static final class Builder {
    private final String group;
    private final Optional<String> method;
    private OptionalLong events = OptionalLong.empty();
    private OptionalDouble denominator = OptionalDouble.empty();
    private Optional<Estimate> estimate = Optional.empty();
    private OptionalDouble ratio = OptionalDouble.empty();
    private Optional<Interval> ratioInterval = Optional.empty();
    private OptionalDouble difference = OptionalDouble.empty();
    private Optional<Significance> significance = Optional.empty();
    private AdverseImpact adverseImpact;
    private Optional<String> tooSmallReason = Optional.empty();
    private OptionalDouble impactRatio = OptionalDouble.empty();
    private boolean fourFifthsAdverse;
    private OptionalDouble populationShare = OptionalDouble.empty();
    private boolean suppressed;

    private Builder(String group, Optional<String> method) {
      this.group = group;
      this.method = method;
    }

    Builder counts(OptionalLong events, OptionalDouble denominator) {
      this.events = events;
      this.denominator = denominator;
      return this;
    }

    Builder estimate(Estimate estimate) {
      this.estimate = Optional.of(estimate);
      return this;
    }

    Builder ratio(double ratio, Interval interval) {
      this.ratio = finite(ratio);
      this.ratioInterval = Optional.of(interval);
      return this;
    }

    Builder ratio(Estimate ratio) {
      return ratio(ratio.value(), ratio.interval());
    }

    Builder pointRatio(double ratio) {
      this.ratio = finite(ratio);
      return this;
    }

    Builder difference(double difference) {
      this.difference = finite(difference);
      return this;
    }

    Builder significance(Significance significance) {
      this.significance = Optional.of(significance);
      return this;
    }

    Builder adverseImpact(AdverseImpact adverseImpact, Optional<String> tooSmallReason) {
      this.adverseImpact = adverseImpact;
      this.tooSmallReason = tooSmallReason;
      return this;
    }

    Builder impactRatio(OptionalDouble impactRatio, boolean fourFifthsAdverse) {
      this.impactRatio = impactRatio;
      this.fourFifthsAdverse = fourFifthsAdverse;
      return this;
    }

    Builder populationShare(double share) {
      this.populationShare = finite(share);
      return this;
    }

    /**
     * Removes the comparison with the reference (ratio, difference, significance) and makes the
     * finding "too small to say" for the given reason.
     */
    Builder withoutComparison(String reason) {
      this.ratio = OptionalDouble.empty();
      this.ratioInterval = Optional.empty();
      this.difference = OptionalDouble.empty();
      this.significance = Optional.empty();
      this.adverseImpact = AdverseImpact.TOO_SMALL_TO_SAY;
      this.tooSmallReason = Optional.of(reason);
      return this;
    }

    GroupResult build() {
      return new GroupResult(this);
    }
  }

  /**
   * Returns the group label.
   *
   * @return the label
   */
  public String group() {
    return group;
  }

  /**
   * Returns the number of events (for {@link Measure#REPRESENTATION}, the group's service users;
   * for {@link Measure#DSR}, the total over the strata). After disclosure, the published (possibly
   * rounded) count.
   *
   * @return the events, {@code >= 0}, or empty if suppressed
   */
  public OptionalLong events() {
    return events;
  }

  /**
   * Returns the denominator of {@link #value()}: the group's denominator (for {@link Measure#DSR},
   * its total population; for {@link Measure#REPRESENTATION}, the total number of service users).
   * After disclosure of a proportion with whole-number denominators, the published (possibly
   * rounded) denominator.
   *
   * @return the denominator, {@code > 0}, or empty if suppressed
   */
  public OptionalDouble denominator() {
    return denominator;
  }

  /**
   * Returns the group's value with its confidence interval, scaled by the assessment's multiplier;
   * the limits may be undefined (NaN) or infinite where a zero count makes them so. {@link
   * #value()}, {@link #lower()} and {@link #upper()} give its finite figures.
   *
   * @return the estimate, or empty if suppressed or (DSR) not produced
   */
  public Optional<Estimate> estimate() {
    return estimate;
  }

  /**
   * Returns the group's value, scaled by the assessment's multiplier: proportion, crude rate,
   * selection rate, share of service users, or DSR.
   *
   * @return the value, or empty if suppressed or (DSR) not produced
   */
  public OptionalDouble value() {
    return estimate.map(e -> finite(e.value())).orElse(OptionalDouble.empty());
  }

  /**
   * Returns the lower confidence limit of {@link #value()}. For a DSR, Dobson's lower limit is not
   * floored at 0, as in PHEindicatormethods ({@code STATISTICAL-METHODS.md} §4), and can be
   * negative when a few events fall in a tiny stratum with a large standard weight.
   *
   * @return the lower limit, or empty if suppressed or not produced
   */
  public OptionalDouble lower() {
    return estimate.map(e -> finite(e.lower())).orElse(OptionalDouble.empty());
  }

  /**
   * Returns the upper confidence limit of {@link #value()}.
   *
   * @return the upper limit, or empty if suppressed or not produced
   */
  public OptionalDouble upper() {
    return estimate.map(e -> finite(e.upper())).orElse(OptionalDouble.empty());
  }

  /**
   * Returns the interval method as the stats classes name it: "Wilson", "Exact", "Byars" or
   * "Dobson".
   *
   * @return the method name, or empty for a group whose figures are withheld (the method would tell
   *     whether its count is below 10)
   */
  public Optional<String> method() {
    return method;
  }

  /**
   * Returns the ratio of the group's value to the reference's: risk ratio (proportions, relative
   * likelihood), rate ratio (rates), ratio of DSRs, or share over population share
   * (representation).
   *
   * @return the ratio, or empty for the named reference group, a suppressed group, or an undefined
   *     or infinite ratio
   */
  public OptionalDouble ratio() {
    return ratio;
  }

  /**
   * Returns the confidence interval of the {@link #ratio()}, whose limits may be undefined (NaN) or
   * infinite where a zero count makes them so; {@link #ratioLower()} and {@link #ratioUpper()} give
   * its finite limits.
   *
   * @return the interval, or empty if there is no ratio or no interval (DSR)
   */
  public Optional<Interval> ratioInterval() {
    return ratioInterval;
  }

  /**
   * Returns the lower confidence limit of the ratio.
   *
   * @return the limit, or empty if there is no ratio, no interval (DSR), or the limit is undefined
   */
  public OptionalDouble ratioLower() {
    return ratioInterval.map(i -> finite(i.lower())).orElse(OptionalDouble.empty());
  }

  /**
   * Returns the upper confidence limit of the ratio.
   *
   * @return the limit, or empty if there is no ratio, no interval (DSR), or the limit is undefined
   *     or infinite
   */
  public OptionalDouble ratioUpper() {
    return ratioInterval.map(i -> finite(i.upper())).orElse(OptionalDouble.empty());
  }

  /**
   * Returns the method of the ratio's interval: "Katz log" (risk ratio), "Log" (rate ratio) or
   * "Wilson" (representation).
   *
   * @return the method, or empty where the ratio has no interval
   */
  public Optional<String> ratioMethod() {
    return ratioInterval.map(Interval::method);
  }

  /**
   * Returns the difference {@code value − reference value} in the units of {@link #value()}; for
   * representation, share minus population share in percentage points.
   *
   * @return the difference, or empty for the named reference group, a suppressed group, or when a
   *     value is missing
   */
  public OptionalDouble difference() {
    return difference;
  }

  /**
   * Returns whether the group is significantly higher or lower than its reference.
   *
   * @return the significance, or empty for the named reference group and where it cannot be
   *     computed (a DSR not produced)
   */
  public Optional<Significance> significance() {
    return significance;
  }

  /**
   * Returns the impact-assessment finding for the group.
   *
   * @return the finding
   */
  public AdverseImpact adverseImpact() {
    return adverseImpact;
  }

  /**
   * Returns why the group is too small to say (for example {@code "fewer than 10 events"}), without
   * quoting its count.
   *
   * @return the reason, present exactly when {@link #adverseImpact()} is {@link
   *     AdverseImpact#TOO_SMALL_TO_SAY}
   */
  public Optional<String> tooSmallReason() {
    return tooSmallReason;
  }

  /**
   * Returns the four-fifths impact ratio, the group's selection rate divided by the highest group's
   * selection rate ({@code STATISTICAL-METHODS.md} §8, 29 CFR 1607.4(D)); only for {@link
   * Measure#RELATIVE_LIKELIHOOD}.
   *
   * @return the impact ratio in {@code [0, 1]}, or empty for other measures, when every rate is 0,
   *     or after suppression
   */
  public OptionalDouble impactRatio() {
    return impactRatio;
  }

  /**
   * Tells whether the four-fifths rule flags the group: its selection rate is strictly less than
   * 80% of the highest group's (0.80 exactly is not adverse), compared in exact arithmetic.
   *
   * @return true if flagged; false for other measures or when every rate is 0
   */
  public boolean fourFifthsAdverse() {
    return fourFifthsAdverse;
  }

  /**
   * Returns the group's share of the population, as a percentage, for {@link
   * Measure#REPRESENTATION}.
   *
   * @return the population share, or empty for other measures
   */
  public OptionalDouble populationShare() {
    return populationShare;
  }

  /**
   * Tells whether disclosure control suppressed the group's count.
   *
   * @return true if suppressed (its value and interval are then empty)
   */
  public boolean suppressed() {
    return suppressed;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GroupResult)) {
      return false;
    }
    GroupResult other = (GroupResult) o;
    return group.equals(other.group)
        && events.equals(other.events)
        && denominator.equals(other.denominator)
        && estimate.equals(other.estimate)
        && method.equals(other.method)
        && ratio.equals(other.ratio)
        && ratioInterval.equals(other.ratioInterval)
        && difference.equals(other.difference)
        && significance.equals(other.significance)
        && adverseImpact == other.adverseImpact
        && tooSmallReason.equals(other.tooSmallReason)
        && impactRatio.equals(other.impactRatio)
        && fourFifthsAdverse == other.fourFifthsAdverse
        && populationShare.equals(other.populationShare)
        && suppressed == other.suppressed;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        group,
        events,
        denominator,
        estimate,
        method,
        ratio,
        ratioInterval,
        difference,
        significance,
        adverseImpact,
        tooSmallReason,
        impactRatio,
        fourFifthsAdverse,
        populationShare,
        suppressed);
  }

  @Override
  public String toString() {
    return "GroupResult["
        + group
        + (suppressed ? " (suppressed)" : "")
        + ": value="
        + number(value())
        + " ["
        + number(lower())
        + ", "
        + number(upper())
        + "] "
        + method.orElse("-")
        + ", ratio="
        + number(ratio)
        + " ["
        + number(ratioLower())
        + ", "
        + number(ratioUpper())
        + "], "
        + significance.map(Significance::label).orElse("-")
        + ", "
        + adverseImpact.label()
        + "]";
  }

  private static String number(OptionalDouble value) {
    return value.isPresent() ? String.valueOf(value.getAsDouble()) : "-";
  }
}
