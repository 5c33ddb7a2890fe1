package org.equalitymonitoring.coding;

import java.util.List;
import java.util.Optional;

/**
 * What a free-text write-in names in a detailed classification: the categories whose label it
 * matches, how it matched, and the one category to suggest when the match points to one output
 * code. Immutable. Its {@code toString} does not show the text (it may identify a person).
 */
public final class WriteInMatch {
  /** How the write-in matched. */
  public enum Outcome {
    /** The categories it matches point to one output code: {@link #suggestion()} is present. */
    MATCHED,
    /** It matches categories that point to several output codes equally: no suggestion. */
    AMBIGUOUS,
    /** It matches no label of the classification. */
    NOT_FOUND,
    /** It has no letters or digits. */
    BLANK
  }

  /** What part of a label the write-in equals, after normalisation. */
  public enum Basis {
    /** The whole label, such as "Filipino". */
    WHOLE_LABEL,
    /**
     * One part of a label that lists several names separated by "/" or ",", with any bracketed note
     * removed, such as "Nepali" of "Nepali (includes Gurkha)"; used only when no whole label
     * matches.
     */
    PART_OF_LABEL,
    /** No match. */
    NONE
  }

  private final Outcome outcome;
  private final Basis basis;
  private final List<DetailedCategory> candidates;
  private final Optional<DetailedCategory> suggestion;

  WriteInMatch(
      Outcome outcome,
      Basis basis,
      List<DetailedCategory> candidates,
      Optional<DetailedCategory> suggestion) {
    this.outcome = outcome;
    this.basis = basis;
    this.candidates = List.copyOf(candidates);
    this.suggestion = suggestion;
  }

  /** Returns the outcome. */
  public Outcome outcome() {
    return outcome;
  }

  /** Returns what part of a label matched. */
  public Basis basis() {
    return basis;
  }

  /** Returns every category whose label (or part of it) the write-in equals, in file order. */
  public List<DetailedCategory> candidates() {
    return candidates;
  }

  /**
   * Returns the category to suggest: of the candidates, the one whose output code is most specific
   * ({@link DetailedCategory.Placement}); present only when those most specific candidates share
   * one output code.
   */
  public Optional<DetailedCategory> suggestion() {
    return suggestion;
  }

  @Override
  public String toString() {
    return "WriteInMatch{" + outcome + ", " + candidates.size() + " candidates}";
  }
}
