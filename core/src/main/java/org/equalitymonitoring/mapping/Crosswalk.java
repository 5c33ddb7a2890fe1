package org.equalitymonitoring.mapping;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.coding.Scheme;

/**
 * A crosswalk from one scheme to another: rows of source code, target code and equivalence, with
 * provenance. Translating a code returns every applicable row; one-to-many and unmatched codes are
 * reported as such, never guessed. Immutable and thread-safe.
 */
public final class Crosswalk {
  private final CrosswalkInfo info;
  private final ImmutableList<CrosswalkRow> rows;
  private final ImmutableListMultimap<String, CrosswalkRow> bySource;

  private Crosswalk(CrosswalkInfo info, List<CrosswalkRow> rows) {
    this.info = info;
    this.rows = ImmutableList.copyOf(rows);
    ImmutableListMultimap.Builder<String, CrosswalkRow> index = ImmutableListMultimap.builder();
    rows.forEach(row -> index.put(row.sourceCode(), row));
    this.bySource = index.build();
  }

  /**
   * Returns a crosswalk after checking its rows against its source and target schemes.
   *
   * @param info the crosswalk's metadata; its scheme ids must be those of {@code source} and {@code
   *     target}
   * @param rows the rows, in published order
   * @param source the scheme whose codes are translated
   * @param target the scheme translated into
   * @return the crosswalk
   * @throws NullPointerException if any argument or row is null
   * @throws InvalidCrosswalkException listing every problem: a scheme id that differs from the
   *     info, no rows, a source code not in the source scheme, a target code not in the target
   *     scheme, a repeated source-target pair, or a code that is both UNMATCHED and mapped
   */
  public static Crosswalk of(
      CrosswalkInfo info, List<CrosswalkRow> rows, Scheme source, Scheme target) {
    requireNonNull(info, "info");
    requireNonNull(source, "source");
    requireNonNull(target, "target");
    List<String> problems = new ArrayList<>();
    if (!info.sourceSchemeId().equals(source.id())) {
      problems.add(
          "from: crosswalk names source scheme '"
              + info.sourceSchemeId()
              + "' but was given '"
              + source.id()
              + "'");
    }
    if (!info.targetSchemeId().equals(target.id())) {
      problems.add(
          "to: crosswalk names target scheme '"
              + info.targetSchemeId()
              + "' but was given '"
              + target.id()
              + "'");
    }
    if (rows.isEmpty()) {
      problems.add("rows: a crosswalk needs at least one row");
    }
    Set<String> pairs = new HashSet<>();
    Map<String, Boolean> unmatchedBySource = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      CrosswalkRow row = requireNonNull(rows.get(i), "row");
      // "rows[i]" is built for a problem only: a valid crosswalk, such as a bundled one read at
      // start-up, has none.
      if (!source.contains(row.sourceCode())) {
        problems.add(
            where(i) + ".from: code '" + row.sourceCode() + "' is not in '" + source.id() + "'");
      }
      Optional<String> targetCode = row.targetCode();
      if (targetCode.isPresent() && !target.contains(targetCode.get())) {
        problems.add(
            where(i) + ".to: code '" + targetCode.get() + "' is not in '" + target.id() + "'");
      }
      if (!pairs.add(row.sourceCode() + "\u0000" + row.targetCode().orElse(""))) {
        problems.add(
            where(i)
                + ": repeats the row "
                + row.sourceCode()
                + " -> "
                + row.targetCode().orElse("(none)"));
      }
      boolean unmatched = row.equivalence() == Equivalence.UNMATCHED;
      Boolean earlier = unmatchedBySource.putIfAbsent(row.sourceCode(), unmatched);
      // Two UNMATCHED rows for a code are a repeated row, reported above.
      if (earlier != null && earlier != unmatched) {
        problems.add(where(i) + ": code '" + row.sourceCode() + "' is both UNMATCHED and mapped");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidCrosswalkException(info.id(), problems);
    }
    return new Crosswalk(info, rows);
  }

  /** Returns where row {@code i} is, as problems name it: {@code rows[i]}. */
  private static String where(int i) {
    return "rows[" + i + "]";
  }

  /** Returns the crosswalk's metadata. */
  public CrosswalkInfo info() {
    return info;
  }

  /** Returns the crosswalk's id; the same as {@code info().id()}. */
  public String id() {
    return info.id();
  }

  /** Returns every row in published order. */
  public List<CrosswalkRow> rows() {
    return rows;
  }

  /**
   * Translates a code of the source scheme.
   *
   * @param sourceCode a code as the source scheme publishes it (recognise raw values first)
   * @return every applicable row, with the outcome
   */
  public Translation translate(String sourceCode) {
    requireNonNull(sourceCode, "sourceCode");
    return Translation.of(sourceCode, bySource.get(sourceCode));
  }

  @Override
  public String toString() {
    return info.id()
        + " ("
        + info.sourceSchemeId()
        + " -> "
        + info.targetSchemeId()
        + ", "
        + rows.size()
        + " rows)";
  }
}
