package org.equalitymonitoring.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeInfo;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.CompletenessTally;
import org.equalitymonitoring.completeness.UnitCount;
import org.equalitymonitoring.stats.ConfidenceLevel;

/**
 * Builds completeness reports from hand-made tallies of raw values recognised against the
 * hand-built NHS 2001 scheme: {@code "A"} is coded, {@code "Z"} not stated, {@code "99"} not known,
 * {@code ""} missing, {@code "??"} unrecognised.
 */
final class TestReports {
  static final LocalDate AS_OF = LocalDate.of(2027, 4, 1);
  static final Scheme NHS = TestSchemes.nhs2001();
  static final Recogniser RECOGNISER = Recogniser.of(NHS);

  private final Recogniser recogniser;
  private final CompletenessTally tally = CompletenessTally.create();

  private TestReports(Recogniser recogniser) {
    this.recogniser = recogniser;
  }

  /** Starts a tally against the NHS 2001 test scheme. */
  static TestReports tally() {
    return new TestReports(RECOGNISER);
  }

  /** Starts a tally against another scheme. */
  static TestReports tally(Scheme scheme) {
    return new TestReports(Recogniser.of(scheme));
  }

  /** Adds {@code count} records of a unit with the raw value {@code raw}. */
  TestReports add(String unit, String raw, long count) {
    tally.add(unit, recogniser.recognise(raw), count);
    return this;
  }

  /** Returns the report under the "known" definition at 95% confidence. */
  CompletenessReport report() {
    return report(CompletenessDefinition.KNOWN);
  }

  /** Returns the report under a definition at 95% confidence. */
  CompletenessReport report(CompletenessDefinition definition) {
    return CompletenessReport.of(
        tally, definition, Optional.empty(), AS_OF, ConfidenceLevel.NINETY_FIVE);
  }

  /** Returns a report of pre-aggregated counts, which hold no recognition counts. */
  static CompletenessReport ofCounts(UnitCount... counts) {
    return CompletenessReport.ofCounts(
        List.of(counts),
        CompletenessDefinition.KNOWN,
        Optional.empty(),
        AS_OF,
        ConfidenceLevel.NINETY_FIVE);
  }

  /** Returns a case-sensitive scheme with codes "Q" and "q", so that " q " is ambiguous. */
  static Scheme caseClash() {
    return Scheme.of(
        info("case-clash").build(),
        List.of(
            Category.of("Q", "Upper", CategoryKind.SUBSTANTIVE),
            Category.of("q", "Lower", CategoryKind.SUBSTANTIVE)),
        List.of());
  }

  /** Returns a builder of scheme metadata with the required fields set. */
  static SchemeInfo.Builder info(String id) {
    SchemeInfo.Builder builder = SchemeInfo.builder();
    builder.id(id).title(id).version("test").publisher("test").source("test").licence("test");
    return builder;
  }
}
