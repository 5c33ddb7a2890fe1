package org.equalitymonitoring.mapping;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * One row of a crosswalk: source code, target code (absent when UNMATCHED), equivalence and an
 * optional comment that explains a convention. Immutable.
 */
public final class CrosswalkRow {
  private final String sourceCode;
  private final Optional<String> targetCode;
  private final Equivalence equivalence;
  private final Optional<String> comment;

  private CrosswalkRow(
      String sourceCode,
      Optional<String> targetCode,
      Equivalence equivalence,
      Optional<String> comment) {
    this.sourceCode = sourceCode;
    this.targetCode = targetCode;
    this.equivalence = equivalence;
    this.comment = comment;
  }

  /**
   * Returns a row that maps a source code to a target code.
   *
   * @param sourceCode the source code, not blank
   * @param targetCode the target code, not blank
   * @param equivalence any equivalence but UNMATCHED
   * @param comment an explanation, if any
   * @return the row
   * @throws IllegalArgumentException if a code is blank or the equivalence is UNMATCHED
   */
  public static CrosswalkRow of(
      String sourceCode, String targetCode, Equivalence equivalence, Optional<String> comment) {
    requireNonNull(equivalence, "equivalence");
    if (equivalence == Equivalence.UNMATCHED) {
      throw new IllegalArgumentException(
          "an UNMATCHED row has no target code, got '" + targetCode + "' for '" + sourceCode + "'");
    }
    return new CrosswalkRow(
        requireNotBlank(sourceCode, "sourceCode"),
        Optional.of(requireNotBlank(targetCode, "targetCode")),
        equivalence,
        requireNonNull(comment, "comment"));
  }

  /**
   * Returns a row that says a source code has no target.
   *
   * @param sourceCode the source code, not blank
   * @param comment an explanation, if any
   * @return the UNMATCHED row
   */
  public static CrosswalkRow unmatched(String sourceCode, Optional<String> comment) {
    return new CrosswalkRow(
        requireNotBlank(sourceCode, "sourceCode"),
        Optional.empty(),
        Equivalence.UNMATCHED,
        requireNonNull(comment, "comment"));
  }

  /** Returns the source code. */
  public String sourceCode() {
    return sourceCode;
  }

  /** Returns the target code; empty for an UNMATCHED row. */
  public Optional<String> targetCode() {
    return targetCode;
  }

  /** Returns how the target relates to the source. */
  public Equivalence equivalence() {
    return equivalence;
  }

  /** Returns the explanation of a convention, if any. */
  public Optional<String> comment() {
    return comment;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof CrosswalkRow)) {
      return false;
    }
    CrosswalkRow that = (CrosswalkRow) other;
    return sourceCode.equals(that.sourceCode)
        && targetCode.equals(that.targetCode)
        && equivalence == that.equivalence
        && comment.equals(that.comment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceCode, targetCode, equivalence, comment);
  }

  @Override
  public String toString() {
    return sourceCode + " -> " + targetCode.orElse("(none)") + " " + equivalence;
  }

  private static String requireNotBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
