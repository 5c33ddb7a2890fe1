package org.equalitymonitoring.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.stats.ChiSquareGoodnessOfFit;

/**
 * The distribution of a unit's known records within a tolerance of a reference population, such as
 * the census population of its area: each group's share of the unit's known records may differ from
 * the reference share by at most the tolerance, in percentage points.
 *
 * <p>Records are grouped by their recognised code, or by a {@linkplain #groupedBy(Function)
 * grouping} from code to group (such as code to heading). Only known records (a selectable category
 * of kind SUBSTANTIVE or OTHER) whose group is in the reference are compared; the others are left
 * out and, when there are any, reported in one INFO finding per unit. Each group beyond the
 * tolerance gives a finding whose subject is the group; it reads {@code "Ward 7: White is 91.0% of
 * 100 known records (91 records); reference 80.0%, a difference of +11.0 percentage points;
 * tolerance 5 points"}; its observed value is the unit's share, its threshold the reference share,
 * its count the group's records and its total the compared records.
 *
 * <p>{@linkplain #withChiSquare Optionally} the rule also runs Pearson's chi-square goodness-of-fit
 * test ({@link ChiSquareGoodnessOfFit}) over the groups with a positive reference share and gives a
 * finding when the p-value is below the significance level; its observed value is the p-value and
 * its threshold the level. The rule needs recognition counts: for a report built from
 * pre-aggregated counts it gives one finding per unit saying it cannot be checked. Immutable.
 */
public final class DistributionRule implements Rule {
  /** The id of this rule, {@code distribution}. */
  public static final String ID = "distribution";

  private static final double SUM_TOLERANCE = 1e-6;
  private static final double ROUNDING = 1e-9;
  private static final String POINTS_HINT = "write 5 percentage points as 0.05";

  private final ImmutableMap<String, Double> reference;
  private final double tolerance;
  private final Function<String, Optional<String>> grouping;
  private final boolean grouped;
  private final OptionalDouble significance;
  private final long minimumRecords;
  private final Severity severity;

  private DistributionRule(
      Map<String, Double> reference,
      double tolerance,
      Function<String, Optional<String>> grouping,
      boolean grouped,
      OptionalDouble significance,
      long minimumRecords,
      Severity severity) {
    this.reference = ImmutableMap.copyOf(reference);
    this.tolerance = tolerance;
    this.grouping = grouping;
    this.grouped = grouped;
    this.significance = significance;
    this.minimumRecords = minimumRecords;
    this.severity = severity;
  }

  /**
   * Returns a rule comparing each unit with reference shares.
   *
   * @param shares reference share per code (or group, with {@link #groupedBy}), in the order of the
   *     findings; each in [0, 1], summing to 1 (within 1e-6); at least one; names not blank
   * @param tolerance the largest difference allowed, in percentage points as a fraction (5
   *     percentage points is 0.05), in [0, 1]
   * @return the rule, of severity ERROR, grouping by code, without a chi-square test
   * @throws IllegalArgumentException if shares is empty, a name is blank, a share is outside [0,
   *     1], the shares do not sum to 1 or the tolerance is outside [0, 1], quoting the value
   */
  public static DistributionRule ofShares(Map<String, Double> shares, double tolerance) {
    requireNonNull(shares, "shares");
    checkGroups(shares.keySet());
    double sum = 0;
    for (Map.Entry<String, Double> share : shares.entrySet()) {
      requireNonNull(share.getValue(), "share");
      RuleArguments.fraction(
          ID, "the reference share of '" + share.getKey() + "'", share.getValue());
      sum += share.getValue();
    }
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          ID + ": reference shares must sum to 1, got " + sum + " for " + shares.keySet());
    }
    return new DistributionRule(
        shares,
        RuleArguments.fraction(ID, "tolerance", tolerance, POINTS_HINT),
        Optional::of,
        false,
        OptionalDouble.empty(),
        0,
        Severity.ERROR);
  }

  /**
   * Returns a rule comparing each unit with the shares of reference counts, such as census counts.
   *
   * @param counts reference count per code (or group, with {@link #groupedBy}), in the order of the
   *     findings; each at least 0, with a positive total; names not blank
   * @param tolerance the largest difference allowed, in percentage points as a fraction (5
   *     percentage points is 0.05), in [0, 1]
   * @return the rule, of severity ERROR, grouping by code, without a chi-square test
   * @throws IllegalArgumentException if counts is empty, a name is blank, a count is negative, the
   *     total is 0 or the tolerance is outside [0, 1], quoting the value
   */
  public static DistributionRule ofCounts(Map<String, Long> counts, double tolerance) {
    requireNonNull(counts, "counts");
    checkGroups(counts.keySet());
    long total = 0;
    for (Map.Entry<String, Long> count : counts.entrySet()) {
      requireNonNull(count.getValue(), "count");
      RuleArguments.nonNegative(
          ID, "the reference count of '" + count.getKey() + "'", count.getValue());
      total = Math.addExact(total, count.getValue());
    }
    if (total == 0) {
      throw new IllegalArgumentException(
          ID + ": reference counts must have a positive total, got 0 for " + counts.keySet());
    }
    Map<String, Double> shares = new LinkedHashMap<>();
    for (Map.Entry<String, Long> count : counts.entrySet()) {
      shares.put(count.getKey(), (double) count.getValue() / total);
    }
    return new DistributionRule(
        shares,
        RuleArguments.fraction(ID, "tolerance", tolerance, POINTS_HINT),
        Optional::of,
        false,
        OptionalDouble.empty(),
        0,
        Severity.ERROR);
  }

  private static void checkGroups(Iterable<String> groups) {
    boolean any = false;
    for (String group : groups) {
      requireNonNull(group, "group");
      if (group.isBlank()) {
        throw new IllegalArgumentException(
            ID + ": a reference group must not be blank, got '" + group + "'");
      }
      any = true;
    }
    if (!any) {
      throw new IllegalArgumentException(ID + ": the reference needs at least one group, got none");
    }
  }

  /**
   * Returns a copy that groups records by a function of their recognised code, such as code to
   * heading; the reference's names are then groups.
   *
   * @param grouping code to group; empty leaves the code's records out of the comparison; must not
   *     return null
   * @return the rule
   */
  public DistributionRule groupedBy(Function<String, Optional<String>> grouping) {
    return new DistributionRule(
        reference,
        tolerance,
        requireNonNull(grouping, "grouping"),
        true,
        significance,
        minimumRecords,
        severity);
  }

  /**
   * Returns a copy that groups records by a map from recognised code to group; codes missing from
   * the map are left out of the comparison.
   *
   * @param groups code to group, not null
   * @return the rule
   */
  public DistributionRule groupedBy(Map<String, String> groups) {
    ImmutableMap<String, String> copy = ImmutableMap.copyOf(requireNonNull(groups, "groups"));
    return groupedBy(code -> Optional.ofNullable(copy.get(code)));
  }

  /**
   * Returns a copy that also runs Pearson's chi-square goodness-of-fit test and gives a finding
   * when the p-value is below the significance level.
   *
   * @param level the significance level, a fraction in [0, 1] (such as 0.05)
   * @return the rule
   * @throws IllegalArgumentException if the level is outside [0, 1], quoting it
   */
  public DistributionRule withChiSquare(double level) {
    return new DistributionRule(
        reference,
        tolerance,
        grouping,
        grouped,
        OptionalDouble.of(RuleArguments.fraction(ID, "significance level", level, "such as 0.05")),
        minimumRecords,
        severity);
  }

  /**
   * Returns a copy that checks only units (and the overall result) with at least this many compared
   * records, since shares of a few records vary widely.
   *
   * @param minimumRecords the smallest number of compared records, at least 0
   * @return the rule
   * @throws IllegalArgumentException if the minimum is negative, quoting it
   */
  public DistributionRule withMinimumRecords(long minimumRecords) {
    return new DistributionRule(
        reference,
        tolerance,
        grouping,
        grouped,
        significance,
        RuleArguments.nonNegative(ID, "minimum records", minimumRecords),
        severity);
  }

  /**
   * Returns a copy whose findings have the given severity (the INFO finding about records left out
   * stays INFO).
   *
   * @param severity the severity, not null
   * @return the rule
   */
  public DistributionRule withSeverity(Severity severity) {
    return new DistributionRule(
        reference,
        tolerance,
        grouping,
        grouped,
        significance,
        minimumRecords,
        RuleArguments.severity(severity));
  }

  /** Returns the reference share per code or group, in the order given. */
  public Map<String, Double> referenceShares() {
    return reference;
  }

  /** Returns the largest difference allowed, in percentage points as a fraction. */
  public double tolerance() {
    return tolerance;
  }

  /** Returns the significance level of the chi-square test, if it is run. */
  public OptionalDouble chiSquareLevel() {
    return significance;
  }

  /** Returns the smallest number of compared records a unit needs to be checked. */
  public long minimumRecords() {
    return minimumRecords;
  }

  /** Returns the severity of a breach. */
  public Severity severity() {
    return severity;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<Finding> check(CompletenessReport report) {
    return Units.check(
        report, ID, severity, (unit, counts, findings) -> checkUnit(unit.unit(), counts, findings));
  }

  private void checkUnit(String unit, RecognitionCounts counts, List<Finding> findings) {
    Map<String, Long> observed = new LinkedHashMap<>();
    reference.keySet().forEach(group -> observed.put(group, 0L));
    long leftOut = 0;
    for (Map.Entry<Recognition, Long> entry : counts.byRecognition().entrySet()) {
      Recognition recognition = entry.getKey();
      if (!CompletenessDefinition.KNOWN.isComplete(recognition)) {
        continue;
      }
      String code = recognition.category().orElseThrow().code();
      Optional<String> group =
          requireNonNull(grouping.apply(code), "grouping returned null for a code");
      if (group.isPresent() && observed.containsKey(group.get())) {
        observed.merge(group.get(), entry.getValue(), Long::sum);
      } else {
        leftOut += entry.getValue();
      }
    }
    long compared = observed.values().stream().mapToLong(Long::longValue).sum();
    if (leftOut > 0) {
      findings.add(
          Finding.of(
              ID,
              Severity.INFO,
              unit,
              (double) leftOut / (leftOut + compared),
              0,
              leftOut,
              leftOut + compared,
              Figures.unit(unit)
                  + ": "
                  + Figures.count(leftOut)
                  + " known "
                  + (leftOut == 1 ? "record has a code" : "records have codes")
                  + " in no reference "
                  + (grouped ? "group" : "code")
                  + " and "
                  + (leftOut == 1 ? "was" : "were")
                  + " left out of the comparison"));
    }
    if (compared == 0 || compared < minimumRecords) {
      return;
    }
    for (Map.Entry<String, Long> group : observed.entrySet()) {
      double share = (double) group.getValue() / compared;
      double expected = reference.get(group.getKey());
      double difference = share - expected;
      if (Math.abs(difference) > tolerance + ROUNDING) {
        findings.add(
            Finding.of(
                    ID,
                    severity,
                    unit,
                    share,
                    expected,
                    group.getValue(),
                    compared,
                    Figures.unit(unit)
                        + ": "
                        + group.getKey()
                        + " is "
                        + Figures.percent(share)
                        + " of "
                        + Figures.count(compared)
                        + " known "
                        + (compared == 1 ? "record" : "records")
                        + " ("
                        + Figures.records(group.getValue())
                        + "); reference "
                        + Figures.percent(expected)
                        + ", a difference of "
                        + Figures.points(difference)
                        + " percentage points; tolerance "
                        + Figures.limit(tolerance).replace("%", "")
                        + " points")
                .withSubject(group.getKey()));
      }
    }
    if (significance.isPresent()) {
      chiSquare(unit, observed, findings);
    }
  }

  private void chiSquare(String unit, Map<String, Long> observed, List<Finding> findings) {
    List<String> groups = new ArrayList<>();
    double sum = 0;
    long total = 0;
    for (Map.Entry<String, Double> share : reference.entrySet()) {
      if (share.getValue() > 0) {
        groups.add(share.getKey());
        sum += share.getValue();
        total += observed.get(share.getKey());
      }
    }
    if (groups.size() < 2 || total == 0) {
      return;
    }
    double[] counts = new double[groups.size()];
    double[] proportions = new double[groups.size()];
    for (int i = 0; i < groups.size(); i++) {
      counts[i] = observed.get(groups.get(i));
      proportions[i] = reference.get(groups.get(i)) / sum;
    }
    ChiSquareGoodnessOfFit test = ChiSquareGoodnessOfFit.ofProportions(counts, proportions);
    double level = significance.getAsDouble();
    if (test.pValue() < level) {
      findings.add(
          Finding.of(
              ID,
              severity,
              unit,
              test.pValue(),
              level,
              total,
              total,
              Figures.unit(unit)
                  + ": the distribution of "
                  + Figures.count(total)
                  + " known "
                  + (total == 1 ? "record" : "records")
                  + " over "
                  + groups.size()
                  + " groups differs from the reference (chi-square "
                  + String.format(java.util.Locale.UK, "%.2f", test.statistic())
                  + " on "
                  + test.degreesOfFreedom()
                  + " degrees of freedom, p "
                  + Figures.pValue(test.pValue())
                  + "); significance level "
                  + level));
    }
  }

  @Override
  public String toString() {
    return ID
        + " within "
        + Figures.limit(tolerance).replace("%", "")
        + " points of "
        + reference
        + significance.stream().mapToObj(l -> ", chi-square at " + l).findFirst().orElse("")
        + ", "
        + severity;
  }
}
