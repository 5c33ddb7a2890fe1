package org.equalitymonitoring.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.GroupResult;
import org.equalitymonitoring.impact.ImpactAssessment;

/**
 * The published figures of a monitoring result under a disclosure policy: its {@link
 * MonitoringTables} and its representation and outcome assessments, disclosed so that a group whose
 * count is withheld in one of them is withheld in all (a group's count appears in the
 * representation, outcome and "Any other" tables), until no table withholds a group another
 * publishes. Immutable.
 */
public final class DisclosedMonitoring {
  private final MonitoringTables tables;
  private final Optional<ImpactAssessment> representation;
  private final Optional<ImpactAssessment> outcome;
  private final Set<String> withheld;

  /**
   * A further published table that shares group counts with the monitoring tables, such as a split
   * of an "Any other" category by what its write-ins name, whose total is that category's count.
   */
  @FunctionalInterface
  public interface LinkedTable {
    /**
     * Returns the groups whose counts this table withholds.
     *
     * @param tables the monitoring tables published so far
     * @param withheld the groups withheld so far: this table withholds them too
     * @return the groups this table withholds, not null
     */
    Set<String> withheld(MonitoringTables tables, Set<String> withheld);
  }

  private DisclosedMonitoring(
      MonitoringTables tables,
      Optional<ImpactAssessment> representation,
      Optional<ImpactAssessment> outcome,
      Set<String> withheld) {
    this.tables = tables;
    this.representation = representation;
    this.outcome = outcome;
    this.withheld = withheld;
  }

  /**
   * Discloses a result's tables and assessments together.
   *
   * @param result the counts, not null
   * @param definition what counts as complete, not null
   * @param policy the disclosure policy, not null
   * @param representation the representation of the result's groups against a population, with
   *     groups named by code of the base scheme, if any; not null
   * @param outcome the outcomes by group of the base scheme, if any; not null
   * @return the published figures
   */
  public static DisclosedMonitoring of(
      MonitoringResult result,
      CompletenessDefinition definition,
      DisclosurePolicy policy,
      Optional<ImpactAssessment> representation,
      Optional<ImpactAssessment> outcome) {
    return of(result, definition, policy, representation, outcome, List.of());
  }

  /**
   * Discloses a result's tables and assessments together with further tables linked to them.
   *
   * @param result the counts, not null
   * @param definition what counts as complete, not null
   * @param policy the disclosure policy, not null
   * @param representation the representation of the result's groups against a population, with
   *     groups named by code of the base scheme, if any; not null
   * @param outcome the outcomes by group of the base scheme, if any; not null
   * @param linked further tables sharing group counts with these, not null
   * @return the published figures
   */
  public static DisclosedMonitoring of(
      MonitoringResult result,
      CompletenessDefinition definition,
      DisclosurePolicy policy,
      Optional<ImpactAssessment> representation,
      Optional<ImpactAssessment> outcome,
      List<LinkedTable> linked) {
    requireNonNull(result, "result");
    requireNonNull(definition, "definition");
    requireNonNull(policy, "policy");
    requireNonNull(representation, "representation");
    requireNonNull(outcome, "outcome");
    requireNonNull(linked, "linked");
    Set<String> withheld = new HashSet<>();
    while (true) {
      Set<String> now = Set.copyOf(withheld);
      Optional<ImpactAssessment> publishedRepresentation =
          representation.map(r -> r.disclose(policy, now));
      Optional<ImpactAssessment> publishedOutcome = outcome.map(o -> o.disclose(policy, now));
      MonitoringTables tables = MonitoringTables.of(result, definition, policy, now);
      publishedRepresentation.ifPresent(r -> withheld.addAll(withheldGroups(r)));
      publishedOutcome.ifPresent(o -> withheld.addAll(withheldGroups(o)));
      withheld.addAll(tables.suppressedOtherCategories());
      for (LinkedTable table : linked) {
        withheld.addAll(table.withheld(tables, Set.copyOf(withheld)));
      }
      if (withheld.equals(now)) {
        return new DisclosedMonitoring(tables, publishedRepresentation, publishedOutcome, now);
      }
    }
  }

  private static Set<String> withheldGroups(ImpactAssessment assessment) {
    Set<String> groups = new HashSet<>();
    for (GroupResult g : assessment.groups()) {
      if (g.suppressed()) {
        groups.add(g.group());
      }
    }
    return groups;
  }

  /** Returns the published completeness and recording tables. */
  public MonitoringTables tables() {
    return tables;
  }

  /** Returns the published representation, if one was given. */
  public Optional<ImpactAssessment> representation() {
    return representation;
  }

  /** Returns the groups whose counts are withheld in every table. */
  public Set<String> withheld() {
    return withheld;
  }

  /** Returns the published outcomes, if given. */
  public Optional<ImpactAssessment> outcome() {
    return outcome;
  }
}
