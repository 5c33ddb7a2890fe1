package org.equalitymonitoring.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.population.ReferencePopulation;
import org.equalitymonitoring.schemes.BroadGroupConvention;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.stats.ConfidenceLevel;

/** What a report is made from and how: the choices a methods note must state. */
final class ReportSettings {
  /**
   * Returns the words for a complete record under the definition, such as "a known ethnic
   * category".
   */
  String completeWords() {
    return definition == CompletenessDefinition.KNOWN
        ? "a known ethnic category"
        : "a valid ethnic category (Not stated included)";
  }

  final String inputName;
  final CrosswalkRecogniser recogniser;
  final BundledRecognition recognition;
  final ExtractAnalysis.Columns columns;
  final CompletenessDefinition definition;
  final Optional<Target> target;
  final Optional<ReferencePopulation> population;
  final Optional<String> area;
  final DisclosurePolicy disclosure;
  final ConfidenceLevel confidence;
  final LocalDate asOf;
  final Optional<String> referenceGroup;
  final OutcomeKind outcomeKind;
  final String version;
  final Optional<BroadGroupConvention> broadGroups;

  ReportSettings(
      String inputName,
      BundledRecognition recognition,
      ExtractAnalysis.Columns columns,
      CompletenessDefinition definition,
      Optional<Target> target,
      Optional<ReferencePopulation> population,
      Optional<String> area,
      DisclosurePolicy disclosure,
      ConfidenceLevel confidence,
      LocalDate asOf,
      Optional<String> referenceGroup,
      OutcomeKind outcomeKind,
      String version,
      Optional<BroadGroupConvention> broadGroups) {
    this.inputName = requireNonNull(inputName);
    this.recognition = requireNonNull(recognition);
    this.recogniser = recognition.recogniser();
    this.columns = requireNonNull(columns);
    this.definition = requireNonNull(definition);
    this.target = requireNonNull(target);
    this.population = requireNonNull(population);
    this.area = requireNonNull(area);
    this.disclosure = requireNonNull(disclosure);
    this.confidence = requireNonNull(confidence);
    this.asOf = requireNonNull(asOf);
    this.referenceGroup = requireNonNull(referenceGroup);
    this.outcomeKind = requireNonNull(outcomeKind);
    this.version = requireNonNull(version);
    this.broadGroups = requireNonNull(broadGroups);
  }
}
