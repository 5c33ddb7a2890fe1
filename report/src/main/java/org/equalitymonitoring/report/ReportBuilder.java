package org.equalitymonitoring.report;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessDefinition;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.io.CsvReader;
import org.equalitymonitoring.mapping.CrosswalkRecogniser;
import org.equalitymonitoring.population.ReferencePopulation;
import org.equalitymonitoring.schemes.BroadGroupConvention;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.stats.ConfidenceLevel;

/** Sets up and produces an {@link EqualityReport} from a record extract. Not thread-safe. */
public final class ReportBuilder {
  private final Scheme scheme;
  private final String ethnicityColumn;
  private Optional<String> unitColumn = Optional.empty();
  private Optional<String> periodColumn = Optional.empty();
  private PeriodFormat periodFormat = PeriodFormat.iso();
  private Optional<String> outcomeColumn = Optional.empty();
  private Optional<String> descriptionColumn = Optional.empty();
  private Optional<String> secondEthnicityColumn = Optional.empty();
  private Optional<BroadGroupConvention> broadGroups = Optional.empty();
  private CompletenessDefinition definition = CompletenessDefinition.KNOWN;
  private Optional<Target> target = Optional.empty();
  private Optional<ReferencePopulation> population = Optional.empty();
  private Optional<String> area = Optional.empty();
  private DisclosurePolicy disclosure = DisclosurePolicy.none();
  private ConfidenceLevel confidence = ConfidenceLevel.NINETY_FIVE;
  private LocalDate asOf = LocalDate.now();
  private Optional<String> referenceGroup = Optional.empty();
  private OutcomeKind outcomeKind = OutcomeKind.ADVERSE_OUTCOME;
  private String version = "development build";
  private Optional<BundledRecognition> recognition = Optional.empty();

  private ReportBuilder(Scheme scheme, String ethnicityColumn) {
    this.scheme = scheme;
    this.ethnicityColumn = ethnicityColumn;
  }

  /**
   * Starts a report of the ethnicity held in a column, recognised against a scheme.
   *
   * @param scheme the scheme of the recorded values (a bundled one or a local sub-classification)
   * @param ethnicityColumn the column name
   * @return the builder
   */
  public static ReportBuilder of(Scheme scheme, String ethnicityColumn) {
    return new ReportBuilder(
        requireNonNull(scheme, "scheme"), requireNonNull(ethnicityColumn, "ethnicityColumn"));
  }

  /** Sets the column naming each record's unit (provider, ward, practice). */
  public ReportBuilder unitColumn(String column) {
    unitColumn = Optional.of(column);
    return this;
  }

  /** Sets the column naming each record's period: a day, month or year in the period format. */
  public ReportBuilder periodColumn(String column) {
    periodColumn = Optional.of(column);
    return this;
  }

  /** Sets how the period column writes dates; {@link PeriodFormat#iso} unless set. */
  public ReportBuilder periodFormat(PeriodFormat format) {
    periodFormat = requireNonNull(format, "format");
    return this;
  }

  /** Sets the yes/no column of an outcome to compare between groups. */
  public ReportBuilder outcomeColumn(String column, OutcomeKind kind) {
    outcomeColumn = Optional.of(column);
    outcomeKind = requireNonNull(kind, "kind");
    return this;
  }

  /** Sets the free-text column written beside "Any other" codes. */
  public ReportBuilder descriptionColumn(String column) {
    descriptionColumn = Optional.of(column);
    return this;
  }

  /**
   * Sets a second column recording the ethnicity of the same people (such as the hospital record
   * beside the GP record), for a section on the agreement between the two.
   */
  public ReportBuilder secondEthnicityColumn(String column) {
    secondEthnicityColumn = Optional.of(column);
    return this;
  }

  /**
   * Sets the broad-group convention of a section of known records by broad group, such as {@link
   * BroadGroupConvention#CENSUS_2021} (Chinese under Asian); no such section unless set.
   */
  public ReportBuilder broadGroups(BroadGroupConvention convention) {
    broadGroups = Optional.of(convention);
    return this;
  }

  /** Sets what counts as complete; {@link CompletenessDefinition#KNOWN} unless set. */
  public ReportBuilder definition(CompletenessDefinition definition) {
    this.definition = requireNonNull(definition, "definition");
    return this;
  }

  /** Sets the completeness target. */
  public ReportBuilder target(Target target) {
    this.target = Optional.of(target);
    return this;
  }

  /** Sets the population to compare with, and its area. */
  public ReportBuilder population(ReferencePopulation population, String area) {
    this.population = Optional.of(population);
    this.area = Optional.of(area);
    return this;
  }

  /** Sets the disclosure policy applied to every table and chart. */
  public ReportBuilder disclosure(DisclosurePolicy policy) {
    disclosure = requireNonNull(policy, "policy");
    return this;
  }

  /** Sets the confidence level of the intervals. */
  public ReportBuilder confidence(ConfidenceLevel level) {
    confidence = requireNonNull(level, "level");
    return this;
  }

  /** Sets the evaluation date (for milestones); today unless set. */
  public ReportBuilder asOf(LocalDate date) {
    asOf = requireNonNull(date, "date");
    return this;
  }

  /** Sets the group outcomes are compared with; the largest group unless set. */
  public ReportBuilder referenceGroup(String code) {
    referenceGroup = Optional.of(code);
    return this;
  }

  /**
   * Sets how raw values are recognised; unless set, {@link BundledRecognition#defaults} of the
   * scheme. Its scheme must be the report's.
   */
  public ReportBuilder recognition(BundledRecognition recognition) {
    this.recognition = Optional.of(recognition);
    return this;
  }

  /** Sets the software version stated in the methods note. */
  public ReportBuilder version(String version) {
    this.version = requireNonNull(version, "version");
    return this;
  }

  /**
   * Reads the extract in one streaming pass and produces the report.
   *
   * @param csv the extract, positioned before its first record; not closed
   * @param inputName the extract's name, for the report
   * @param progress called once per record
   * @return the report
   * @throws org.equalitymonitoring.io.CsvFormatException for a missing column, a ragged row, a bad
   *     outcome value or a period not in the period format, naming the line
   * @throws IllegalArgumentException if the extract has no records, or the population or reference
   *     group does not fit the data
   */
  public EqualityReport build(CsvReader csv, String inputName, Runnable progress) {
    BundledRecognition setup = setup();
    return report(
        setup, ExtractAnalysis.read(csv, columns(), setup.recogniser(), progress), inputName);
  }

  /**
   * Returns the columns the report reads: the ethnicity column, then those of the unit, period,
   * outcome, description and second ethnicity that are set, in that order.
   */
  public List<String> columnsRead() {
    return columns().read();
  }

  /**
   * Produces the report of an extract whose records have been counted by their values in {@link
   * #columnsRead}, such as by a reader that splits a file across threads: the same report as {@link
   * #build(CsvReader, String, Runnable)} makes of those records.
   *
   * @param records for each distinct record, its values in the columns read, in that order and as
   *     {@link CsvReader#get} returns them, and how many records have them (at least 1)
   * @param inputName the extract's name, for the report
   * @return the report
   * @throws IllegalArgumentException for a bad outcome value or a period not in the period format
   *     (naming no line), if there are no records, or the population or reference group does not
   *     fit the data
   */
  public EqualityReport build(Map<List<String>, Long> records, String inputName) {
    BundledRecognition setup = setup();
    return report(
        setup, ExtractAnalysis.ofDistinct(records, columns(), setup.recogniser()), inputName);
  }

  private BundledRecognition setup() {
    BundledRecognition setup = recognition.orElseGet(() -> BundledRecognition.defaults(scheme));
    CrosswalkRecogniser recogniser = setup.recogniser();
    if (!recogniser.scheme().id().equals(scheme.id())) {
      throw new IllegalArgumentException(
          "the recognition is for '"
              + recogniser.scheme().id()
              + "', not the report's scheme '"
              + scheme.id()
              + "'");
    }
    return setup;
  }

  private ExtractAnalysis.Columns columns() {
    return new ExtractAnalysis.Columns(
        ethnicityColumn,
        unitColumn,
        periodColumn,
        periodFormat,
        outcomeColumn,
        descriptionColumn,
        secondEthnicityColumn);
  }

  private EqualityReport report(
      BundledRecognition setup, ExtractAnalysis analysis, String inputName) {
    if (analysis.monitoring.records() == 0) {
      throw new IllegalArgumentException(inputName + ": the extract has a header but no records");
    }
    return new EqualityReport(
        new ReportSettings(
            inputName,
            setup,
            columns(),
            definition,
            target,
            population,
            area,
            disclosure,
            confidence,
            asOf,
            referenceGroup,
            outcomeKind,
            version,
            broadGroups),
        analysis);
  }
}
