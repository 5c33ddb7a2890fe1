package org.equalitymonitoring.population;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.equalitymonitoring.mapping.Equivalence;

/**
 * Where a {@link PopulationConvention} put the counts of one source category: the target category
 * it is counted in (if any), the target broad group it is counted in (if any), the rule that
 * decided, and why. Immutable and thread-safe.
 */
public final class Allocation {
  /** The rule that decided an allocation. */
  public enum Rule {
    /** The crosswalk maps the code to one target, not INEXACT: counted there and in its heading. */
    MAPPED,
    /** The crosswalk's only row is INEXACT (a convention) and the convention counts it there. */
    COUNTED_INEXACT,
    /** The crosswalk gives several targets and the convention counts it in the first listed. */
    FIRST_LISTED_TARGET,
    /** The convention counts it in a broad group only, in no category of the target scheme. */
    BROAD_GROUP_ONLY,
    /**
     * A heading of the source scheme that the crosswalk has no row for (a population of broad
     * groups only): counted in the target broad group where most of its categories are counted, in
     * no category; stated when some of its categories are counted elsewhere.
     */
    BROAD_GROUP_OF_ITS_CATEGORIES,
    /** The convention names the code as excluded. */
    EXCLUDED_BY_CONVENTION,
    /** The crosswalk's only row is INEXACT and the convention does not count inexact rows. */
    EXCLUDED_INEXACT,
    /** The crosswalk gives several targets and the convention does not split counts. */
    EXCLUDED_ONE_TO_MANY,
    /** The crosswalk says the code has no target. */
    EXCLUDED_UNMATCHED,
    /** The crosswalk has no row for the code. */
    EXCLUDED_NOT_IN_CROSSWALK;

    /** Returns whether counts allocated by this rule are left out of both levels. */
    public boolean isExcluded() {
      return name().startsWith("EXCLUDED");
    }
  }

  private final String sourceCode;
  private final String sourceLabel;
  private final Optional<String> categoryCode;
  private final Optional<String> broadGroupCode;
  private final Rule rule;
  private final Optional<Equivalence> equivalence;
  private final String explanation;
  private final boolean stated;

  private Allocation(
      String sourceCode,
      String sourceLabel,
      Optional<String> categoryCode,
      Optional<String> broadGroupCode,
      Rule rule,
      Optional<Equivalence> equivalence,
      String explanation,
      boolean stated) {
    this.sourceCode = sourceCode;
    this.sourceLabel = sourceLabel;
    this.categoryCode = categoryCode;
    this.broadGroupCode = broadGroupCode;
    this.rule = rule;
    this.equivalence = equivalence;
    this.explanation = explanation;
    this.stated = stated;
  }

  static Allocation of(
      String sourceCode,
      String sourceLabel,
      Optional<String> categoryCode,
      Optional<String> broadGroupCode,
      Rule rule,
      Optional<Equivalence> equivalence,
      String explanation,
      boolean stated) {
    return new Allocation(
        requireNonNull(sourceCode),
        requireNonNull(sourceLabel),
        requireNonNull(categoryCode),
        requireNonNull(broadGroupCode),
        requireNonNull(rule),
        requireNonNull(equivalence),
        requireNonNull(explanation),
        stated);
  }

  /** Returns the source category's code. */
  public String sourceCode() {
    return sourceCode;
  }

  /** Returns the source category's label. */
  public String sourceLabel() {
    return sourceLabel;
  }

  /** Returns the target category the counts are in; empty when not counted at category level. */
  public Optional<String> categoryCode() {
    return categoryCode;
  }

  /** Returns the target broad group (heading) the counts are in; empty when not counted there. */
  public Optional<String> broadGroupCode() {
    return broadGroupCode;
  }

  /** Returns the rule that decided. */
  public Rule rule() {
    return rule;
  }

  /** Returns the equivalence of the crosswalk row used, if a single row decided. */
  public Optional<Equivalence> equivalence() {
    return equivalence;
  }

  /** Returns a sentence that says where the counts went and why. */
  public String explanation() {
    return explanation;
  }

  /**
   * Returns whether the convention's statement names this allocation: true for anything but a plain
   * mapping (counted inexactly or in a first-listed target, broad-group-only, excluded, or mapped
   * to a category under another broad group than its source siblings, as Chinese).
   */
  public boolean isStated() {
    return stated;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Allocation)) {
      return false;
    }
    Allocation that = (Allocation) other;
    return sourceCode.equals(that.sourceCode)
        && sourceLabel.equals(that.sourceLabel)
        && categoryCode.equals(that.categoryCode)
        && broadGroupCode.equals(that.broadGroupCode)
        && rule == that.rule
        && equivalence.equals(that.equivalence)
        && explanation.equals(that.explanation)
        && stated == that.stated;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        sourceCode, sourceLabel, categoryCode, broadGroupCode, rule, equivalence, explanation);
  }

  @Override
  public String toString() {
    return sourceCode
        + " -> "
        + categoryCode.orElse("(no category)")
        + " / "
        + broadGroupCode.orElse("(no broad group)")
        + " "
        + rule;
  }
}
