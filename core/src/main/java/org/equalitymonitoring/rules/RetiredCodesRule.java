package org.equalitymonitoring.rules;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeStatus;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.RecognitionCounts;
import org.equalitymonitoring.completeness.UnitCompleteness;

/**
 * No retired codes: records recognised as a category of a scheme whose status is {@link
 * SchemeStatus#RETIRED} (for a local sub-classification, a base category of a retired base scheme),
 * or as a code the caller lists as retired; optionally up to a tolerated share of the unit's
 * records.
 *
 * <p>A finding reads {@code "Ward 7: 5 of 100 records (5.0%) carry retired codes (CA: 3, C2: 2);
 * none tolerated"}, the codes by number of records, largest first; its observed value is the share,
 * its threshold the tolerated share, its count the records with retired codes and its total all
 * records. The rule needs recognition counts: for a report built from pre-aggregated counts it
 * gives one finding per unit saying it cannot be checked. Immutable.
 */
public final class RetiredCodesRule implements Rule {
  /** The id of this rule, {@code retired-codes}. */
  public static final String ID = "retired-codes";

  private final Optional<Scheme> scheme;
  private final ImmutableSet<String> codes;
  private final double tolerated;
  private final Severity severity;

  private RetiredCodesRule(
      Optional<Scheme> scheme, Set<String> codes, double tolerated, Severity severity) {
    this.scheme = scheme;
    this.codes = ImmutableSet.copyOf(codes);
    this.tolerated = tolerated;
    this.severity = severity;
  }

  /**
   * Returns a rule that a unit breaks when any record carries a category of the scheme while the
   * scheme (or, for a base category of a local sub-classification, its base scheme) is retired. An
   * active scheme contributes no retired codes; add them with {@link #withCodes}.
   *
   * @param scheme the scheme the data were recognised against, not null
   * @return the rule, of severity ERROR, tolerating none
   */
  public static RetiredCodesRule ofScheme(Scheme scheme) {
    return new RetiredCodesRule(
        Optional.of(requireNonNull(scheme, "scheme")), Set.of(), 0, Severity.ERROR);
  }

  /**
   * Returns a rule that a unit breaks when any record carries one of the listed codes.
   *
   * @param codes the retired codes, exactly as the scheme spells them; none null or blank
   * @return the rule, of severity ERROR, tolerating none
   * @throws IllegalArgumentException if a code is blank, quoting it
   */
  public static RetiredCodesRule ofCodes(Set<String> codes) {
    return new RetiredCodesRule(Optional.empty(), checkCodes(codes), 0, Severity.ERROR);
  }

  private static Set<String> checkCodes(Set<String> codes) {
    requireNonNull(codes, "codes");
    for (String code : codes) {
      requireNonNull(code, "code");
      if (code.isBlank()) {
        throw new IllegalArgumentException(
            ID + ": a retired code must not be blank, got '" + code + "'");
      }
    }
    return codes;
  }

  /**
   * Returns a copy that also treats the listed codes as retired.
   *
   * @param retired more retired codes, exactly as the scheme spells them; none null or blank
   * @return the rule
   * @throws IllegalArgumentException if a code is blank, quoting it
   */
  public RetiredCodesRule withCodes(Set<String> retired) {
    Set<String> all = new LinkedHashSet<>(codes);
    all.addAll(checkCodes(retired));
    return new RetiredCodesRule(scheme, all, tolerated, severity);
  }

  /**
   * Returns a copy that a unit breaks only when more than a share of its records carry retired
   * codes.
   *
   * @param share the largest share tolerated, a fraction in [0, 1]
   * @return the rule
   * @throws IllegalArgumentException if the share is outside [0, 1], quoting it
   */
  public RetiredCodesRule withToleratedShare(double share) {
    return new RetiredCodesRule(
        scheme, codes, RuleArguments.fraction(ID, "tolerated share", share), severity);
  }

  /**
   * Returns a copy whose findings have the given severity.
   *
   * @param severity the severity, not null
   * @return the rule
   */
  public RetiredCodesRule withSeverity(Severity severity) {
    return new RetiredCodesRule(scheme, codes, tolerated, RuleArguments.severity(severity));
  }

  /** Returns the scheme whose retired status the rule checks, if any. */
  public Optional<Scheme> scheme() {
    return scheme;
  }

  /** Returns the codes listed as retired. */
  public Set<String> codes() {
    return codes;
  }

  /** Returns the largest share of records with retired codes tolerated, a fraction (0 for none). */
  public double tolerated() {
    return tolerated;
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
    return Units.check(report, ID, severity, this::checkUnit);
  }

  private void checkUnit(UnitCompleteness unit, RecognitionCounts counts, List<Finding> findings) {
    Map<String, Long> retired = retired(counts);
    long count = retired.values().stream().mapToLong(Long::longValue).sum();
    ShareLimit.tolerated(ID, severity, tolerated)
        .check(
            unit.unit(),
            count,
            counts.total(),
            share ->
                Figures.countOf(count, counts.total(), share)
                    + (count == 1 ? " carries a retired code" : " carry retired codes")
                    + " ("
                    + retired.entrySet().stream()
                        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                        .map(e -> e.getKey() + ": " + Figures.count(e.getValue()))
                        .collect(Collectors.joining(", "))
                    + ")")
        .ifPresent(findings::add);
  }

  /** Returns the records per retired code, by code. */
  private Map<String, Long> retired(RecognitionCounts counts) {
    Map<String, Long> retired = new TreeMap<>();
    for (Map.Entry<Recognition, Long> entry : counts.byRecognition().entrySet()) {
      Optional<Category> category = entry.getKey().category();
      if (category.isPresent() && isRetired(category.get())) {
        retired.merge(category.get().code(), entry.getValue(), Long::sum);
      }
    }
    return retired;
  }

  private boolean isRetired(Category category) {
    if (codes.contains(category.code())) {
      return true;
    }
    if (scheme.isEmpty()) {
      return false;
    }
    Scheme own = scheme.get();
    if (!category.equals(own.category(category.code()).orElse(null))) {
      return false;
    }
    if (own.info().status() == SchemeStatus.RETIRED) {
      return true;
    }
    return own.base().isPresent()
        && !own.isLocal(category)
        && own.base().get().info().status() == SchemeStatus.RETIRED;
  }

  @Override
  public String toString() {
    return ID
        + scheme.map(s -> " of scheme " + s.id()).orElse("")
        + (codes.isEmpty() ? "" : " codes " + codes)
        + ", "
        + Figures.noneOrAtMost(tolerated)
        + " tolerated, "
        + severity;
  }
}
