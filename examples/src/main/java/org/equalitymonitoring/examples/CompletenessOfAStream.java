package org.equalitymonitoring.examples;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.completeness.Milestone;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.completeness.TargetStatus;
import org.equalitymonitoring.completeness.UnitCompleteness;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.SchemeId;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * Measures how completely ethnicity is recorded, per ward, in a stream of records, against "95% by
 * April 2026" with milestones of 80% by October 2025 and 90% by January 2026.
 *
 * <p>Shows: {@link CompletenessTally#collector} (memory grows with wards, not records; parallel
 * streams work too), the {@link CompletenessDefinition#KNOWN} definition (Not stated, Not known and
 * blanks are incomplete), and per ward the proportion with its 95% Wilson interval, whether the
 * target is met, the milestone in force and the funnel-plot label against the pooled proportion.
 */
public final class CompletenessOfAStream {
  /** One record of an extract: where it was recorded and the raw ethnicity value. */
  public record Attendance(String ward, String ethnicity) {}

  private CompletenessOfAStream() {}

  /** Tallies the records and evaluates them against the target on the given date. */
  public static CompletenessReport evaluate(Stream<Attendance> records, LocalDate asOf) {
    Recogniser nhs =
        Recogniser.of(BundledSchemes.get().requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001));
    // 1. Tally the stream by ward and by how each raw value was recognised.
    CompletenessTally tally =
        records.collect(
            CompletenessTally.collector(Attendance::ward, r -> nhs.recognise(r.ethnicity())));
    // 2. The target: 95% by 1 April 2026, with two milestones on the way.
    Target target =
        Target.of(
            0.95,
            LocalDate.of(2026, 4, 1),
            List.of(
                Milestone.of(LocalDate.of(2025, 10, 1), 0.80),
                Milestone.of(LocalDate.of(2026, 1, 1), 0.90)));
    // 3. Evaluate: proportions, Wilson intervals, target, milestone in force and funnel labels.
    return CompletenessReport.of(
        tally,
        CompletenessDefinition.KNOWN,
        Optional.of(target),
        asOf,
        ConfidenceLevel.NINETY_FIVE);
  }

  /** A small extract: North 190 of 200 known, South 160 of 200, East 98 of 100. */
  public static Stream<Attendance> sampleRecords() {
    return Stream.of(
            copies("North", "A", 150), copies("North", " white british", 40),
            copies("North", "Z", 6), copies("North", "", 4),
            copies("South", "H", 100), copies("South", "Pakistani", 60),
            copies("South", "99", 30), copies("South", "X", 10),
            copies("East", "n", 98), copies("East", "Not stated", 2))
        .flatMap(s -> s);
  }

  private static Stream<Attendance> copies(String ward, String ethnicity, int n) {
    return Stream.generate(() -> new Attendance(ward, ethnicity)).limit(n);
  }

  public static void main(String[] args) {
    CompletenessReport report = evaluate(sampleRecords(), LocalDate.of(2026, 2, 1));
    for (UnitCompleteness ward : report.units()) {
      System.out.printf(
          "%-6s %3d/%3d %5.1f%% (95%% CI %5.1f-%5.1f)  target %s  %s  funnel: %s%n",
          ward.unit(),
          ward.complete(),
          ward.total(),
          100 * ward.proportion().value(),
          100 * ward.proportion().lower(),
          100 * ward.proportion().upper(),
          ward.meetsTarget() == TargetStatus.MET ? "met" : "not met",
          ward.trajectory(),
          ward.funnel().orElseThrow().label());
    }
    System.out.println(report.overall());
  }
}
