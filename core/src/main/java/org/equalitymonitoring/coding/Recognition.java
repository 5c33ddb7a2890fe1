package org.equalitymonitoring.coding;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of recognising one raw recorded value: the category (if one was found), a status and
 * the rule that decided it. It does not hold the raw value, which may be personal data. Immutable.
 */
public final class Recognition {
  private final Optional<Category> category;
  private final RecognitionStatus status;
  private final RecognitionRule rule;
  private final ImmutableList<Category> candidates;
  private final int hash;

  private Recognition(
      Optional<Category> category,
      RecognitionStatus status,
      RecognitionRule rule,
      ImmutableList<Category> candidates) {
    this.category = category;
    this.status = status;
    this.rule = rule;
    this.candidates = candidates;
    // Tallies key their counts by recognition, so the hash is computed once.
    this.hash = Objects.hash(category, status, rule, candidates);
  }

  /**
   * Returns the recognition of a category by a rule; the status is HEADING for a category that is
   * not selectable, otherwise it follows the category's kind (CODED, NOT_STATED or NOT_KNOWN).
   *
   * @param category the category found
   * @param rule the rule that found it
   * @return the recognition
   */
  public static Recognition matched(Category category, RecognitionRule rule) {
    requireNonNull(category, "category");
    requireNonNull(rule, "rule");
    return new Recognition(
        Optional.of(category), RecognitionStatus.of(category), rule, ImmutableList.of(category));
  }

  /**
   * Returns a recognition that found no category, such as a missing value or a legacy value that
   * stands for no code.
   *
   * @param status what was found; not CODED, HEADING or AMBIGUOUS, which need categories
   * @param rule the rule that decided it
   * @return the recognition
   * @throws IllegalArgumentException if the status is CODED, HEADING or AMBIGUOUS
   */
  public static Recognition withoutCategory(RecognitionStatus status, RecognitionRule rule) {
    if (status == RecognitionStatus.CODED
        || status == RecognitionStatus.HEADING
        || status == RecognitionStatus.AMBIGUOUS) {
      throw new IllegalArgumentException("a " + status + " recognition needs a category");
    }
    return new Recognition(Optional.empty(), status, rule, ImmutableList.of());
  }

  /**
   * Returns an ambiguous recognition: the value matches several categories.
   *
   * @param candidates the matching categories, at least two
   * @param rule the rule that found them
   * @return the recognition
   * @throws IllegalArgumentException if there are fewer than two candidates
   */
  public static Recognition ambiguous(List<Category> candidates, RecognitionRule rule) {
    if (candidates.size() < 2) {
      throw new IllegalArgumentException(
          "an ambiguous recognition needs at least two candidates, got " + candidates.size());
    }
    return new Recognition(
        Optional.empty(), RecognitionStatus.AMBIGUOUS, rule, ImmutableList.copyOf(candidates));
  }

  /**
   * Returns the recognised category; empty when the status is MISSING, UNRECOGNISED, AMBIGUOUS or
   * BROAD_GROUP, or for a legacy value that stands for no code.
   */
  public Optional<Category> category() {
    return category;
  }

  /** Returns what was found. */
  public RecognitionStatus status() {
    return status;
  }

  /** Returns the rule that decided the result. */
  public RecognitionRule rule() {
    return rule;
  }

  /** Returns the matching categories: one when recognised, several when AMBIGUOUS, else none. */
  public List<Category> candidates() {
    return candidates;
  }

  /** Returns the recognised category's code, if any. */
  public Optional<String> code() {
    return category.map(Category::code);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Recognition)) {
      return false;
    }
    Recognition that = (Recognition) other;
    return hash == that.hash
        && category.equals(that.category)
        && status == that.status
        && rule == that.rule
        && candidates.equals(that.candidates);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return status + " by " + rule + category.map(c -> ": " + c).orElse("");
  }
}
