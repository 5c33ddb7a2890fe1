package org.equalitymonitoring.monitoring;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.population.ReexpressedPopulation;

/**
 * The outcome of matching groups to a population ({@link PopulationMatcher#match}): the counts of
 * each group over its population, or the problem that stopped the match. Immutable.
 */
public final class PopulationMatch {
  /** Why groups could not be matched to a population. */
  public enum Kind {
    /** A group is not a code or label of any scheme the population can be read in. */
    UNRECOGNISED_GROUP,
    /** A group's category has no population in the area (such as Not stated). */
    NO_POPULATION,
    /** Two different groups are the same category. */
    DUPLICATE_GROUP,
    /**
     * A convention was named, but the groups are codes of the population's own scheme, so no
     * crosswalk (and so no convention) is involved.
     */
    CONVENTION_NOT_APPLIED
  }

  /** A problem with the groups, and where it is. */
  public static final class Problem {
    private final Kind kind;
    private final OptionalInt row;
    private final OptionalInt earlierRow;
    private final Optional<Category> category;
    private final List<String> choices;

    Problem(
        Kind kind,
        OptionalInt row,
        OptionalInt earlierRow,
        Optional<Category> category,
        List<String> choices) {
      this.kind = kind;
      this.row = row;
      this.earlierRow = earlierRow;
      this.category = category;
      this.choices = List.copyOf(choices);
    }

    /** Returns what is wrong. */
    public Kind kind() {
      return kind;
    }

    /**
     * Returns the index of the row at fault (the first row of an unrecognised group, the second row
     * of a duplicate), in the order the rows were given; empty for {@link
     * Kind#CONVENTION_NOT_APPLIED}.
     */
    public OptionalInt row() {
      return row;
    }

    /** Returns, for {@link Kind#DUPLICATE_GROUP}, the index of the first row of the category. */
    public OptionalInt earlierRow() {
      return earlierRow;
    }

    /** Returns the category of the row at fault, for a group without population or a duplicate. */
    public Optional<Category> category() {
      return category;
    }

    /**
     * Returns the alternatives a reader may choose from: for {@link Kind#UNRECOGNISED_GROUP}, the
     * ways the groups were read (scheme id and how, such as {@code "nhs-ethnic-category-2001
     * (through crosswalk census-2021-to-nhs-2001)"}); for {@link Kind#NO_POPULATION}, the codes
     * with a population in the area; otherwise empty.
     */
    public List<String> choices() {
      return choices;
    }
  }

  private final List<GroupCount> counts;
  private final Optional<ReexpressedPopulation> reexpressed;
  private final List<String> absent;
  private final Optional<Problem> problem;

  private PopulationMatch(
      List<GroupCount> counts,
      Optional<ReexpressedPopulation> reexpressed,
      List<String> absent,
      Optional<Problem> problem) {
    this.counts = List.copyOf(counts);
    this.reexpressed = reexpressed;
    this.absent = List.copyOf(absent);
    this.problem = problem;
  }

  static PopulationMatch matched(
      List<GroupCount> counts, Optional<ReexpressedPopulation> reexpressed, List<String> absent) {
    return new PopulationMatch(counts, reexpressed, absent, Optional.empty());
  }

  static PopulationMatch failed(Problem problem, Optional<ReexpressedPopulation> reexpressed) {
    return new PopulationMatch(List.of(), reexpressed, List.of(), Optional.of(problem));
  }

  /** Returns whether every group was matched: {@link #problem()} is empty. */
  public boolean isMatched() {
    return problem.isEmpty();
  }

  /**
   * Returns one count per matched group in the population's order: the group's events (summed over
   * its rows) over the population of its category; the group is named as in the rows, or by the
   * category code for a category the rows lack. Empty when not matched.
   */
  public List<GroupCount> counts() {
    return counts;
  }

  /**
   * Returns the population as re-expressed through a crosswalk, when the groups are of another
   * scheme than the population's; its {@link ReexpressedPopulation#statement()} says how.
   */
  public Optional<ReexpressedPopulation> reexpressed() {
    return reexpressed;
  }

  /** Returns the codes of the population's categories that no row names, counted with 0 events. */
  public List<String> absent() {
    return absent;
  }

  /** Returns the problem that stopped the match, if any. */
  public Optional<Problem> problem() {
    return problem;
  }
}
