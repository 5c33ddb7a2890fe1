package org.equalitymonitoring.resolution;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The one ethnicity code a {@link ResolutionPolicy} chose for a person, and why: the rule that
 * decided it, the distinct known codes seen (more than one means the person's records conflict) and
 * the number of records considered.
 *
 * <p>The person key takes part in {@link #equals} but never appears in {@link #toString()}.
 * Instances are immutable and thread-safe.
 */
public final class Resolution {
  private final String personKey;
  private final Optional<String> code;
  private final ResolutionRule rule;
  private final Optional<ResolutionRule> underlyingRule;
  private final ImmutableSortedSet<String> knownCodes;
  private final int recordsConsidered;

  private Resolution(
      String personKey,
      Optional<String> code,
      ResolutionRule rule,
      Optional<ResolutionRule> underlyingRule,
      ImmutableSortedSet<String> knownCodes,
      int recordsConsidered) {
    this.personKey = personKey;
    this.code = code;
    this.rule = rule;
    this.underlyingRule = underlyingRule;
    this.knownCodes = knownCodes;
    this.recordsConsidered = recordsConsidered;
  }

  /** Returns a resolution after checking that its parts agree with each other. */
  static Resolution of(
      String personKey,
      Optional<String> code,
      ResolutionRule rule,
      Optional<ResolutionRule> underlyingRule,
      SortedSet<String> knownCodes,
      int recordsConsidered) {
    requireNonNull(personKey, "personKey");
    requireNonNull(code, "code");
    requireNonNull(rule, "rule");
    requireNonNull(underlyingRule, "underlyingRule");
    requireNonNull(knownCodes, "knownCodes");
    if (code.isPresent() != rule.givesCode()) {
      throw new IllegalArgumentException(
          "rule " + rule + (rule.givesCode() ? " needs a code" : " gives no code, got " + code));
    }
    if (code.isPresent() && !knownCodes.contains(code.get())) {
      throw new IllegalArgumentException(
          "code '" + code.get() + "' must be one of the known codes " + knownCodes);
    }
    if ((rule == ResolutionRule.NO_KNOWN_RECORD) != knownCodes.isEmpty()) {
      throw new IllegalArgumentException(
          "rule NO_KNOWN_RECORD goes with no known code and only with it, got rule "
              + rule
              + " and known codes "
              + knownCodes);
    }
    boolean filled =
        rule == ResolutionRule.PRIMARY_SOURCE || rule == ResolutionRule.FILLED_FROM_SECONDARY;
    if (filled != underlyingRule.isPresent()) {
      throw new IllegalArgumentException(
          "an underlying rule goes with PRIMARY_SOURCE and FILLED_FROM_SECONDARY only, got rule "
              + rule
              + " and underlying rule "
              + underlyingRule);
    }
    if (recordsConsidered < knownCodes.size()) {
      throw new IllegalArgumentException(
          "recordsConsidered must be at least the number of known codes "
              + knownCodes.size()
              + ", got "
              + recordsConsidered);
    }
    return new Resolution(
        personKey,
        code,
        rule,
        underlyingRule,
        ImmutableSortedSet.copyOfSorted(knownCodes),
        recordsConsidered);
  }

  /** Returns the person's opaque key. Personal data: do not log it. */
  public String personKey() {
    return personKey;
  }

  /**
   * Returns the chosen code; empty when the rule is {@link ResolutionRule#NO_KNOWN_RECORD} or
   * {@link ResolutionRule#TIE_UNRESOLVED}. Where the policy compares first characters only, this is
   * the first character (the national code), as ehrQL returns it.
   */
  public Optional<String> code() {
    return code;
  }

  /** Returns the rule that decided the result. */
  public ResolutionRule rule() {
    return rule;
  }

  /**
   * Returns, for {@link ResolutionRule#PRIMARY_SOURCE} and {@link
   * ResolutionRule#FILLED_FROM_SECONDARY}, the rule by which the primary or fallback policy chose
   * the code (such as {@link ResolutionRule#LATEST}); empty for every other rule.
   */
  public Optional<ResolutionRule> underlyingRule() {
    return underlyingRule;
  }

  /**
   * Returns the distinct known codes among the records considered, in ascending order; first
   * characters only where the policy compares first characters. Empty when no record is known; more
   * than one element means the records conflict.
   */
  public SortedSet<String> knownCodes() {
    return knownCodes;
  }

  /**
   * Returns whether the person's known records disagree.
   *
   * @return true if {@link #knownCodes()} has more than one element
   */
  public boolean hasConflict() {
    return knownCodes.size() > 1;
  }

  /**
   * Returns the number of the person's records the policy considered: those of the sources it
   * reads, known or not.
   */
  public int recordsConsidered() {
    return recordsConsidered;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Resolution)) {
      return false;
    }
    Resolution that = (Resolution) other;
    return personKey.equals(that.personKey)
        && code.equals(that.code)
        && rule == that.rule
        && underlyingRule.equals(that.underlyingRule)
        && knownCodes.equals(that.knownCodes)
        && recordsConsidered == that.recordsConsidered;
  }

  @Override
  public int hashCode() {
    return Objects.hash(personKey, code, rule, underlyingRule, knownCodes, recordsConsidered);
  }

  /** Returns the code, rule, known codes and number of records; never the person key. */
  @Override
  public String toString() {
    return "Resolution{code="
        + code.orElse("none")
        + ", rule="
        + rule
        + underlyingRule.map(r -> " (" + r + ")").orElse("")
        + ", knownCodes="
        + knownCodes
        + ", recordsConsidered="
        + recordsConsidered
        + "}";
  }
}
