package org.equalitymonitoring.resolution;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;

/**
 * The one ethnicity code a {@link ResolutionPolicy} chose for a person, and why: the rule that
 * decided it, the distinct known codes seen (more than one means the person's records conflict) and
 * the number of records considered; and, where the records tied, which sources and codes tied (at
 * the level of codes and of broad groups).
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
  private final ImmutableList<TiedRecord> tiedRecords;

  private Resolution(
      String personKey,
      Optional<String> code,
      ResolutionRule rule,
      Optional<ResolutionRule> underlyingRule,
      ImmutableSortedSet<String> knownCodes,
      int recordsConsidered,
      ImmutableList<TiedRecord> tiedRecords) {
    this.personKey = personKey;
    this.code = code;
    this.rule = rule;
    this.underlyingRule = underlyingRule;
    this.knownCodes = knownCodes;
    this.recordsConsidered = recordsConsidered;
    this.tiedRecords = tiedRecords;
  }

  /** Returns a resolution without a tie after checking that its parts agree with each other. */
  static Resolution of(
      String personKey,
      Optional<String> code,
      ResolutionRule rule,
      Optional<ResolutionRule> underlyingRule,
      SortedSet<String> knownCodes,
      int recordsConsidered) {
    return of(personKey, code, rule, underlyingRule, knownCodes, recordsConsidered, List.of());
  }

  /** Returns a resolution after checking that its parts agree with each other. */
  static Resolution of(
      String personKey,
      Optional<String> code,
      ResolutionRule rule,
      Optional<ResolutionRule> underlyingRule,
      SortedSet<String> knownCodes,
      int recordsConsidered,
      List<TiedRecord> tiedRecords) {
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
    for (TiedRecord tied : tiedRecords) {
      if (!knownCodes.contains(tied.code())) {
        throw new IllegalArgumentException(
            "tied code '" + tied.code() + "' must be one of the known codes " + knownCodes);
      }
    }
    return new Resolution(
        personKey,
        code,
        rule,
        underlyingRule,
        ImmutableSortedSet.copyOfSorted(knownCodes),
        recordsConsidered,
        ImmutableList.sortedCopyOf(tiedRecords));
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

  /**
   * Returns, where the records tied, each distinct source and code still in contention when the
   * policy's strategy and narrowing tie rules (SOURCE_PRIORITY, LATEST) had done what they could
   * and more than one code remained, ordered by source then code; empty where there was no such
   * tie. A tie that {@link TieRule#LEXICALLY_GREATEST} then broke is listed too.
   */
  public List<TiedRecord> tiedRecords() {
    return tiedRecords;
  }

  /**
   * Returns whether the records tied at the level of codes (the 16 or 19 categories of the NHS
   * letters).
   *
   * @return true if {@link #tiedRecords()} is not empty
   */
  public boolean tiedAtCategory() {
    return !tiedRecords.isEmpty();
  }

  /**
   * Returns whether the records tied at the level of broad groups: the tied codes belong to more
   * than one broad group. Always false where the policy has no broad groups ({@link
   * ResolutionPolicy#broadGroups()}); codes without a broad group are not counted.
   *
   * @return true if the tied records name more than one broad group
   */
  public boolean tiedAtBroadGroup() {
    return tiedRecords.stream()
            .map(TiedRecord::broadGroup)
            .flatMap(Optional::stream)
            .distinct()
            .count()
        > 1;
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
        && recordsConsidered == that.recordsConsidered
        && tiedRecords.equals(that.tiedRecords);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        personKey, code, rule, underlyingRule, knownCodes, recordsConsidered, tiedRecords);
  }

  /** Returns the code, rule, known codes, number of records and ties; never the person key. */
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
        + (tiedRecords.isEmpty() ? "" : ", tiedRecords=" + tiedRecords)
        + "}";
  }
}
