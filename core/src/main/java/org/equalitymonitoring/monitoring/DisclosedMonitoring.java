package org.equalitymonitoring.monitoring;

import static java.util.Objects.requireNonNull;

import java.util.HashSet;
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

  private DisclosedMonitoring(
      MonitoringTables tables,
      Optional<ImpactAssessment> representation,
      Optional<ImpactAssessment> outcome) {
    this.tables = tables;
    this.representation = representation;
    this.outcome = outcome;
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
    requireNonNull(result, "result");
    requireNonNull(definition, "definition");
    requireNonNull(policy, "policy");
    requireNonNull(representation, "representation");
    requireNonNull(outcome, "outcome");
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
      if (withheld.equals(now)) {
        return new DisclosedMonitoring(tables, publishedRepresentation, publishedOutcome);
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

  /** Returns the published outcomes, if given. */
  public Optional<ImpactAssessment> outcome() {
    return outcome;
  }
}
