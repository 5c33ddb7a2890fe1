package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.equalitymonitoring.stats.Estimate;
import org.equalitymonitoring.stats.FunnelSignificance;
import org.equalitymonitoring.stats.ProportionFunnel;
import org.equalitymonitoring.stats.WilsonScore;

/**
 * The completeness of records overall and per unit under one definition: proportions with Wilson
 * score intervals (STATISTICAL-METHODS.md §1), met or not met against a target, significantly below
 * it or not (upper confidence limit below the target), on or off the milestone trajectory, and the
 * funnel-plot position of each unit around the pooled proportion (PHE method, §6a). Immutable.
 */
public final class CompletenessReport {
  private final CompletenessDefinition definition;
  private final ConfidenceLevel confidence;
  private final Optional<Target> target;
  private final LocalDate asOf;
  private final UnitCompleteness overall;
  private final ImmutableList<UnitCompleteness> units;

  private CompletenessReport(
      CompletenessDefinition definition,
      ConfidenceLevel confidence,
      Optional<Target> target,
      LocalDate asOf,
      UnitCompleteness overall,
      List<UnitCompleteness> units) {
    this.definition = definition;
    this.confidence = confidence;
    this.target = target;
    this.asOf = asOf;
    this.overall = overall;
    this.units = ImmutableList.copyOf(units);
  }

  /**
   * Evaluates a tally.
   *
   * @param tally the records by unit and recognition; at least one record
   * @param definition what counts as complete
   * @param target the target, if any
   * @param asOf the evaluation date, for milestones
   * @param confidence the confidence level of the intervals
   * @return the report, with units in unit order
   * @throws IllegalArgumentException if the tally is empty
   */
  public static CompletenessReport of(
      CompletenessTally tally,
      CompletenessDefinition definition,
      Optional<Target> target,
      LocalDate asOf,
      ConfidenceLevel confidence) {
    requireNonNull(tally, "tally");
    requireNonNull(definition, "definition");
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, RecognitionCounts> unit : tally.units().entrySet()) {
      RecognitionCounts counts = unit.getValue();
      rows.add(
          new Row(unit.getKey(), counts.complete(definition), counts.total(), Optional.of(counts)));
    }
    RecognitionCounts all = tally.overall();
    return evaluate(
        rows,
        new Row("", all.complete(definition), all.total(), Optional.of(all)),
        definition,
        target,
        asOf,
        confidence);
  }

  /**
   * Evaluates pre-aggregated counts.
   *
   * @param counts complete and total records per unit; unit names distinct; at least one
   * @param definition the definition the counts were made under
   * @param target the target, if any
   * @param asOf the evaluation date, for milestones
   * @param confidence the confidence level of the intervals
   * @return the report, with units in input order
   * @throws IllegalArgumentException if counts is empty or repeats a unit
   */
  public static CompletenessReport ofCounts(
      List<UnitCount> counts,
      CompletenessDefinition definition,
      Optional<Target> target,
      LocalDate asOf,
      ConfidenceLevel confidence) {
    requireNonNull(counts, "counts");
    requireNonNull(definition, "definition");
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    long complete = 0;
    long total = 0;
    for (UnitCount count : counts) {
      if (!seen.add(count.unit())) {
        throw new IllegalArgumentException("unit '" + count.unit() + "' appears more than once");
      }
      rows.add(new Row(count.unit(), count.complete(), count.total(), Optional.empty()));
      complete = Math.addExact(complete, count.complete());
      total = Math.addExact(total, count.total());
    }
    return evaluate(
        rows, new Row("", complete, total, Optional.empty()), definition, target, asOf, confidence);
  }

  private static final class Row {
    final String unit;
    final long complete;
    final long total;
    final Optional<RecognitionCounts> counts;

    Row(String unit, long complete, long total, Optional<RecognitionCounts> counts) {
      this.unit = unit;
      this.complete = complete;
      this.total = total;
      this.counts = counts;
    }
  }

  private static CompletenessReport evaluate(
      List<Row> rows,
      Row all,
      CompletenessDefinition definition,
      Optional<Target> target,
      LocalDate asOf,
      ConfidenceLevel confidence) {
    requireNonNull(target, "target");
    requireNonNull(asOf, "asOf");
    requireNonNull(confidence, "confidence");
    if (rows.isEmpty() || all.total == 0) {
      throw new IllegalArgumentException("there are no records to evaluate");
    }
    double[] numerators = new double[rows.size()];
    double[] denominators = new double[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      numerators[i] = rows.get(i).complete;
      denominators[i] = rows.get(i).total;
    }
    ProportionFunnel funnel = ProportionFunnel.of(numerators, denominators);
    List<UnitCompleteness> units = new ArrayList<>();
    for (Row row : rows) {
      units.add(
          unit(
              row,
              target,
              asOf,
              confidence,
              Optional.of(funnel.significance(row.complete, row.total))));
    }
    return new CompletenessReport(
        definition,
        confidence,
        target,
        asOf,
        unit(all, target, asOf, confidence, Optional.empty()),
        units);
  }

  private static UnitCompleteness unit(
      Row row,
      Optional<Target> target,
      LocalDate asOf,
      ConfidenceLevel confidence,
      Optional<FunnelSignificance> funnel) {
    return evaluate(
        row.unit, row.complete, row.total, row.counts, target, asOf, confidence, funnel);
  }

  /** Evaluates one unit on its own, without a funnel position. */
  static UnitCompleteness evaluateOne(
      String unit,
      long complete,
      long total,
      Optional<RecognitionCounts> counts,
      Optional<Target> target,
      LocalDate asOf,
      ConfidenceLevel confidence) {
    requireNonNull(target, "target");
    requireNonNull(confidence, "confidence");
    return evaluate(unit, complete, total, counts, target, asOf, confidence, Optional.empty());
  }

  private static UnitCompleteness evaluate(
      String unit,
      long complete,
      long total,
      Optional<RecognitionCounts> counts,
      Optional<Target> target,
      LocalDate asOf,
      ConfidenceLevel confidence,
      Optional<FunnelSignificance> funnel) {
    Estimate proportion = WilsonScore.proportion(complete, total, confidence);
    TargetStatus meets =
        target.map(t -> TargetStatus.of(proportion.value(), t)).orElse(TargetStatus.NO_TARGET);
    boolean below = target.isPresent() && proportion.upper() < target.get().threshold();
    OptionalDouble required = target.map(t -> t.requiredOn(asOf)).orElse(OptionalDouble.empty());
    Trajectory trajectory;
    if (target.isEmpty()) {
      trajectory = Trajectory.NO_TARGET;
    } else if (required.isEmpty()) {
      trajectory = Trajectory.NO_MILESTONE_DUE;
    } else {
      trajectory =
          proportion.value() >= required.getAsDouble() ? Trajectory.ON_TRACK : Trajectory.OFF_TRACK;
    }
    return new UnitCompleteness(
        unit, total, complete, proportion, meets, below, required, trajectory, funnel, counts);
  }

  /** Returns the definition of complete. */
  public CompletenessDefinition definition() {
    return definition;
  }

  /** Returns the confidence level of the intervals. */
  public ConfidenceLevel confidence() {
    return confidence;
  }

  /** Returns the target, if any. */
  public Optional<Target> target() {
    return target;
  }

  /** Returns the evaluation date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Returns the result over all units. */
  public UnitCompleteness overall() {
    return overall;
  }

  /** Returns the result per unit. */
  public List<UnitCompleteness> units() {
    return units;
  }

  @Override
  public String toString() {
    return "completeness (" + definition.id() + ") " + overall + ", " + units.size() + " units";
  }
}
