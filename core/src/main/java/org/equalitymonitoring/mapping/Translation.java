package org.equalitymonitoring.mapping;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;

/**
 * The result of translating one code through a crosswalk: every applicable row, and whether the
 * code mapped to one target, to several, to none, or was not in the crosswalk. Immutable.
 */
public final class Translation {
  /** What translating found. */
  public enum Outcome {
    /** Exactly one target. */
    MAPPED,
    /** Several targets: the crosswalk does not choose between them. */
    ONE_TO_MANY,
    /** The crosswalk says the code has no target. */
    UNMATCHED,
    /** The crosswalk has no row for the code. */
    NOT_IN_CROSSWALK
  }

  private final String sourceCode;
  private final Outcome outcome;
  private final ImmutableList<CrosswalkRow> rows;

  private Translation(String sourceCode, Outcome outcome, ImmutableList<CrosswalkRow> rows) {
    this.sourceCode = sourceCode;
    this.outcome = outcome;
    this.rows = rows;
  }

  static Translation of(String sourceCode, List<CrosswalkRow> rows) {
    Outcome outcome;
    if (rows.isEmpty()) {
      outcome = Outcome.NOT_IN_CROSSWALK;
    } else if (rows.get(0).equivalence() == Equivalence.UNMATCHED) {
      outcome = Outcome.UNMATCHED;
    } else {
      outcome = rows.size() == 1 ? Outcome.MAPPED : Outcome.ONE_TO_MANY;
    }
    return new Translation(sourceCode, outcome, ImmutableList.copyOf(rows));
  }

  /** Returns the code that was translated. */
  public String sourceCode() {
    return sourceCode;
  }

  /** Returns what translating found. */
  public Outcome outcome() {
    return outcome;
  }

  /** Returns every applicable row, in crosswalk order (empty when NOT_IN_CROSSWALK). */
  public List<CrosswalkRow> rows() {
    return rows;
  }

  /** Returns the target codes, in crosswalk order (empty unless MAPPED or ONE_TO_MANY). */
  public List<String> targetCodes() {
    ImmutableList.Builder<String> codes = ImmutableList.builder();
    rows.forEach(row -> row.targetCode().ifPresent(codes::add));
    return codes.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Translation
        && sourceCode.equals(((Translation) other).sourceCode)
        && outcome == ((Translation) other).outcome
        && rows.equals(((Translation) other).rows);
  }

  @Override
  public int hashCode() {
    return Objects.hash(sourceCode, outcome, rows);
  }

  @Override
  public String toString() {
    return sourceCode + " " + outcome + " " + targetCodes();
  }
}
