package org.equalitymonitoring.examples;

import java.io.StringReader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.impact.ImpactAssessor;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.impact.Reference;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.io.ImpactAssessmentJson;
import org.equalitymonitoring.monitoring.DisclosedMonitoring;
import org.equalitymonitoring.monitoring.MonitoringResult;
import org.equalitymonitoring.monitoring.MonitoringTally;
import org.equalitymonitoring.monitoring.Outcome;
import org.equalitymonitoring.report.ReportBuilder;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * Monitors an outcome (detention) by ethnic group in one pass over admissions, tallied in two
 * partitions and merged, then writes the same records' HTML report without the command-line tool.
 *
 * <p>Shows: {@link MonitoringTally} (completeness by ward and outcomes by group in one streaming
 * pass; tallies merge), {@link MonitoringResult#outcomes()} passed straight to {@link
 * ImpactAssessor#proportions}, the published figures under disclosure control ({@link
 * DisclosedMonitoring}) written as JSON ({@link ImpactAssessmentJson}), and {@link ReportBuilder}
 * from the {@code equality-monitoring-report} artifact.
 */
public final class MonitoringOutcomes {
  /** One admission: the ward, the raw ethnicity value and whether the person was detained. */
  public record Admission(String ward, String ethnicity, boolean detained) {}

  private static final Scheme NHS = BundledSchemes.get().requireScheme("nhs-ethnic-category-2001");

  private MonitoringOutcomes() {}

  /** Tallies each ward's admissions separately (as partitions would) and merges the tallies. */
  public static MonitoringResult monitor(Stream<Admission> admissions) {
    Recogniser recogniser = Recogniser.of(NHS);
    MonitoringTally all = MonitoringTally.create(NHS);
    admissions
        .collect(Collectors.groupingBy(Admission::ward))
        .forEach(
            (ward, records) -> {
              MonitoringTally partition = MonitoringTally.create(NHS);
              for (Admission a : records) {
                partition.add(
                    a.ward(),
                    Optional.empty(),
                    recogniser.recognise(a.ethnicity()),
                    a.detained() ? Outcome.EVENT : Outcome.NO_EVENT);
              }
              all.merge(partition);
            });
    return all.result();
  }

  /** Compares each group's detention rate with White British (A), the adverse-outcome way. */
  public static ImpactAssessment detentions(MonitoringResult result) {
    return ImpactAssessor.of(OutcomeKind.ADVERSE_OUTCOME)
        .withReference(Reference.group("A"))
        .proportions(result.outcomes());
  }

  /**
   * Returns the figures that may be published under NHS Digital disclosure control: completeness by
   * ward and detentions by group, disclosed together so that a group withheld in one table is
   * withheld in all; the same computation as the report's, without its HTML.
   */
  public static DisclosedMonitoring published(MonitoringResult result) {
    return DisclosedMonitoring.of(
        result,
        CompletenessDefinition.KNOWN,
        DisclosurePolicy.nhsDigital(),
        Optional.empty(),
        Optional.of(detentions(result)));
  }

  /** Writes the published detentions by group as JSON, each group with its category's label. */
  public static void detentionsJson(DisclosedMonitoring published, Writer out) {
    ImpactAssessmentJson.write(
        published.outcome().orElseThrow(),
        code -> NHS.category(code).map(c -> c.label()).orElse(code),
        out);
  }

  /** Writes the equality-monitoring report of the admissions as one HTML page. */
  public static void report(List<Admission> admissions, LocalDate asOf, Writer out) {
    String csv =
        "ward,ethnicity,detained\n"
            + admissions.stream()
                .map(a -> a.ward() + "," + a.ethnicity() + "," + (a.detained() ? "yes" : "no"))
                .collect(Collectors.joining("\n"));
    ReportBuilder.of(NHS, "ethnicity")
        .unitColumn("ward")
        .outcomeColumn("detained", OutcomeKind.ADVERSE_OUTCOME)
        .disclosure(DisclosurePolicy.nhsDigital())
        .asOf(asOf)
        .build(CsvReader.of(new StringReader(csv), "admissions.csv"), "admissions.csv", () -> {})
        .writeHtml(out);
  }

  /**
   * North: 200 A (20 detained), 50 M (10), 10 Z Not stated (3); South: 100 A (10), 50 M (15), 40
   * blank.
   */
  public static List<Admission> sampleAdmissions() {
    return Stream.of(
            copies("North", "A", 200, 20),
            copies("North", "M", 50, 10),
            copies("North", "Z", 10, 3),
            copies("South", "A", 100, 10),
            copies("South", "M", 50, 15),
            copies("South", "", 40, 0))
        .flatMap(s -> s)
        .collect(Collectors.toList());
  }

  private static Stream<Admission> copies(String ward, String ethnicity, int n, int detained) {
    return Stream.iterate(0, i -> i + 1)
        .limit(n)
        .map(i -> new Admission(ward, ethnicity, i < detained));
  }

  public static void main(String[] args) {
    MonitoringResult result = monitor(sampleAdmissions().stream());
    System.out.printf(
        "%d admissions, %d with a known ethnic category%n",
        result.records(), result.knownByGroup().values().stream().mapToLong(Long::longValue).sum());
    result
        .outcomes()
        .forEach(
            g ->
                System.out.printf(
                    "%s: %d of %.0f detained%n", g.group(), g.events(), g.denominator()));
  }
}
