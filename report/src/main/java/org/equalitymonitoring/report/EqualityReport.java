package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.completeness.CompletenessReport;
import org.equalitymonitoring.completeness.Milestone;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.impact.GroupCount;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.impact.ImpactAssessor;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.impact.Reference;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.monitoring.DisclosedMonitoring;
import org.equalitymonitoring.monitoring.MonitoringResult;
import org.equalitymonitoring.monitoring.MonitoringTables;
import org.equalitymonitoring.monitoring.PopulationDenominators;
import org.equalitymonitoring.population.PopulationConvention;
import org.equalitymonitoring.population.ReexpressedPopulation;
import org.equalitymonitoring.population.ReferencePopulation;
import org.equalitymonitoring.rules.CompletenessRule;
import org.equalitymonitoring.rules.DistributionRule;
import org.equalitymonitoring.rules.DominantCodeRule;
import org.equalitymonitoring.rules.Finding;
import org.equalitymonitoring.rules.InvalidCodesRule;
import org.equalitymonitoring.rules.NotStatedShareRule;
import org.equalitymonitoring.rules.OtherCategoryShareRule;
import org.equalitymonitoring.rules.RetiredCodesRule;
import org.equalitymonitoring.rules.Rule;
import org.equalitymonitoring.rules.RuleReport;
import org.equalitymonitoring.rules.RuleSet;
import org.equalitymonitoring.rules.Severity;
import org.equalitymonitoring.schemes.BundledSchemes;

/**
 * The equality-monitoring report of one extract: completeness against the target, how ethnicity was
 * recorded, representation against a population, outcomes by group, data-quality findings and a
 * methods note, as one self-contained HTML page and as JSON.
 */
public final class EqualityReport {
  private static final JsonFactory JSON = new JsonFactory();

  private final ReportSettings settings;
  private final PublishedCell records;
  private final List<Section> sections = new ArrayList<>();

  /** Whether the population holds broad groups only, so records are compared by heading. */
  private boolean populationByBroadGroup;

  EqualityReport(ReportSettings settings, ExtractAnalysis analysis) {
    this.settings = settings;
    Scheme scheme = settings.recogniser.scheme();
    Scheme base = scheme.base().orElse(scheme);
    MethodsSection methods = methods(scheme);
    MonitoringResult monitoring = analysis.monitoring;
    Optional<Map<String, Long>> population = Optional.empty();
    Optional<ImpactAssessment> representation = Optional.empty();
    String populationName = "";
    if (settings.population.isPresent()) {
      PopulationDenominators shares = populationShares(settings.population.get(), base, methods);
      population = Optional.of(shares.counts());
      populationName =
          "the population of "
              + settings.area.orElse("England")
              + " ("
              + settings.population.get().id()
              + ")";
      populationByBroadGroup = shares.byBroadGroup();
      representation =
          Optional.of(
              ImpactAssessor.of(OutcomeKind.BENEFIT)
                  .withConfidence(settings.confidence)
                  .representation(monitoring.representation(shares)));
    }
    Optional<ImpactAssessment> outcome = Optional.empty();
    String referenceName = "";
    List<GroupCount> counts = monitoring.outcomes();
    if (settings.columns.outcome.isPresent() && counts.size() >= 2) {
      String largest = null;
      double most = -1;
      for (GroupCount group : counts) {
        if (group.denominator() > most) {
          most = group.denominator();
          largest = group.group();
        }
      }
      String reference = settings.referenceGroup.orElse(largest);
      if (counts.stream().noneMatch(group -> group.group().equals(reference))) {
        throw new IllegalArgumentException(
            "reference group '"
                + reference
                + "' has no records with an outcome; the groups are "
                + counts.stream().map(GroupCount::group).collect(Collectors.toList()));
      }
      outcome =
          Optional.of(
              ImpactAssessor.of(settings.outcomeKind)
                  .withReference(Reference.group(reference))
                  .withConfidence(settings.confidence)
                  .proportions(counts));
      referenceName =
          base.category(reference).map(c -> c.code() + " " + c.label()).orElse(reference);
    }
    // A group's count appears in the representation, outcome and "Any other" tables, and an "Any
    // other" category's count is the total of its write-ins table: a group withheld in one is
    // withheld in all.
    // The agreement matrix's row totals are the same groups' counts.
    List<DisclosedMonitoring.LinkedTable> linked = new ArrayList<>();
    if (settings.columns.description.isPresent()) {
      linked.add(
          (monitoringTables, withheldSoFar) ->
              new WriteInsSection(settings, analysis, monitoringTables, withheldSoFar)
                  .withheldTotals());
    }
    analysis.agreement.ifPresent(
        pairs ->
            linked.add(
                (monitoringTables, withheldSoFar) ->
                    new AgreementSection(settings, pairs, withheldSoFar).withheld()));
    DisclosedMonitoring published =
        DisclosedMonitoring.of(
            monitoring, settings.definition, settings.disclosure, representation, outcome, linked);
    MonitoringTables tables = published.tables();
    Set<String> withheld = published.withheld();
    Optional<ImpactAssessment> publishedRepresentation = published.representation();
    Optional<ImpactAssessment> publishedOutcome = published.outcome();
    Optional<WriteInsSection> writeIns =
        settings.columns.description.isPresent()
            ? Optional.of(new WriteInsSection(settings, analysis, tables, withheld))
            : Optional.empty();
    this.records = tables.units().grandTotal();
    CompletenessSection completeness = new CompletenessSection(settings, tables);
    sections.add(completeness);
    sections.add(new RecordingSection(tables));
    writeIns.ifPresent(
        section -> {
          sections.add(section);
          methods.add(
              "Write-ins",
              "Matched to ONS Census 2021 ethnic group (detailed), TS022, 287 categories (Nomis"
                  + " census2021-ts022), ignoring case, spacing and punctuation only; the Census"
                  + " 2021 code of each detailed category is inferred (tick-box labels their own"
                  + " code, other write-ins the \"Any other\" code of their section).");
        });
    analysis.agreement.ifPresent(
        pairs -> {
          sections.add(new AgreementSection(settings, pairs, withheld));
          methods.add(
              "Agreement",
              "Cohen's kappa (Cohen 1960) with the large-sample standard error of Fleiss, Cohen"
                  + " and Everitt (1969); shares with "
                  + Citations.WILSON
                  + "; computed from the published counts of the people with a category in both"
                  + " sources only (the matrix's \"None\" column, there so that its row totals"
                  + " match the counts published elsewhere, is left out).");
        });
    settings.broadGroups.ifPresent(
        convention -> {
          BroadGroupsSection section =
              new BroadGroupsSection(settings, analysis, convention, withheld);
          sections.add(section);
          methods.add("Broad groups", section.convention());
        });
    if (publishedRepresentation.isPresent()) {
      sections.add(
          new GroupsSection(
              "representation",
              "Representation against the population",
              "Each group's share of records with a known ethnic category, against its share of "
                  + populationName
                  + ". A group significantly below its population share may be under-served.",
              publishedRepresentation.get(),
              base,
              populationName));
    }
    if (publishedOutcome.isPresent()) {
      sections.add(
          new GroupsSection(
              "outcome",
              "Outcome by ethnic group",
              "The rate of the outcome ('"
                  + settings.columns.outcome.get()
                  + "', treated as "
                  + (settings.outcomeKind == OutcomeKind.BENEFIT
                      ? "a benefit"
                      : "an adverse outcome")
                  + ") among records with a known ethnic category, compared with "
                  + referenceName
                  + ". A group is flagged when its rate is significantly "
                  + (settings.outcomeKind == OutcomeKind.BENEFIT ? "lower" : "higher")
                  + " than the reference group's.",
              publishedOutcome.get(),
              base,
              referenceName));
      methods.add(
          "Outcome",
          "Proportions with Wilson score intervals, as above; ratios to the reference group are "
              + Citations.KATZ
              + "; groups with fewer than 10 events are too small to say."
              + (monitoring.outcomesMissing() > 0
                  ? " "
                      + settings.disclosure.applyToCount(monitoring.outcomesMissing()).display()
                      + " records with a known ethnic category had no outcome recorded and are left out."
                  : ""));
    }
    sections.add(findings(monitoring, completeness, population));
    sections.add(methods);
  }

  private PopulationDenominators populationShares(
      ReferencePopulation population, Scheme base, MethodsSection methods) {
    String area = settings.area.orElse("England");
    ReferencePopulation expressed = population;
    if (!population.schemeId().equals(base.id())) {
      BundledSchemes bundled = BundledSchemes.get();
      List<Crosswalk> crosswalks = bundled.crosswalks(population.schemeId(), base.id());
      if (crosswalks.isEmpty()) {
        throw new IllegalArgumentException(
            "no bundled crosswalk from the population's scheme '"
                + population.schemeId()
                + "' to '"
                + base.id()
                + "'");
      }
      ReexpressedPopulation reexpressed =
          PopulationConvention.followCrosswalk()
              .apply(
                  population,
                  bundled.requireScheme(population.schemeId()),
                  crosswalks.get(0),
                  base);
      expressed =
          reexpressed.hasCategoryLevel()
              ? reexpressed.categoryLevel()
              : reexpressed.broadGroupLevel();
      methods.add("Population convention", reexpressed.statement());
    }
    PopulationDenominators denominators = PopulationDenominators.of(expressed, base, area);
    methods.add(
        "Population",
        population.info().title()
            + " ("
            + population.id()
            + ", "
            + population.info().version()
            + "; "
            + Citations.withoutProjectFiles(population.info().source())
            + "), area "
            + area
            + ".");
    if (denominators.byBroadGroup()) {
      methods.add(
          "Broad groups",
          "The population gives broad groups only, so records are compared with it by the broad"
              + " group of their category.");
    }
    return denominators;
  }

  private Section findings(
      MonitoringResult monitoring,
      CompletenessSection completeness,
      Optional<Map<String, Long>> population) {
    List<Finding> findings = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (settings.target.isPresent()) {
      names.add("completeness at least " + Format.percent(settings.target.get().threshold()));
      // Units from the published units; overall from the headline figure, as the page shows it.
      RuleSet target = RuleSet.of(CompletenessRule.atLeast(settings.target.get().threshold()));
      // (That report's overall comes first; its one unit is the same figure again.)
      target.run(completeness.overallReport()).findings().stream()
          .filter(Finding::isOverall)
          .limit(1)
          .forEach(findings::add);
      target.run(completeness.report()).findings().stream()
          .filter(finding -> !finding.isOverall())
          .forEach(findings::add);
    }
    // The other rules are computed from exact counts: whether one fires could tell a reader about
    // a count the disclosure policy suppresses, so they run only without disclosure control.
    boolean controlled = !settings.disclosure.id().equals(DisclosurePolicy.none().id());
    if (!controlled) {
      Scheme scheme = settings.recogniser.scheme();
      List<Rule> rules = new ArrayList<>();
      rules.add(NotStatedShareRule.atMost(0.10).withSeverity(Severity.WARNING));
      names.add("not stated at most 10% (warning)");
      rules.add(InvalidCodesRule.none().withSeverity(Severity.WARNING));
      names.add("no unrecognised or ambiguous values (warning)");
      rules.add(RetiredCodesRule.ofScheme(scheme));
      names.add("no codes of a retired scheme");
      rules.add(OtherCategoryShareRule.atMost(0.15).withSeverity(Severity.WARNING));
      names.add("\"Any other\" categories at most 15% of known records (warning)");
      rules.add(DominantCodeRule.atMost(0.90).withMinimumRecords(50));
      names.add("no single code above 90% of a unit's records, a sign of a system default");
      if (population.isPresent()) {
        DistributionRule distribution =
            DistributionRule.ofCounts(population.get(), 0.05)
                .withMinimumRecords(100)
                .withSeverity(Severity.WARNING);
        if (populationByBroadGroup) {
          Scheme base = scheme.base().orElse(scheme);
          distribution =
              distribution.groupedBy(
                  code ->
                      scheme
                          .category(code)
                          .map(category -> base.heading(scheme.rollUpToBase(category)).code()));
        }
        rules.add(distribution);
        names.add("each group's share within 5 percentage points of the population (warning)");
      }
      CompletenessReport detailed =
          monitoring.completeness(
              settings.definition, settings.target, settings.asOf, settings.confidence);
      findings.addAll(RuleSet.of(rules).run(detailed).findings());
    }
    int withheld = settings.target.isPresent() ? completeness.suppressedUnits().size() : 0;
    return new FindingsSection(
        RuleReport.of(findings), names, controlled, withheld, settings.disclosure.id());
  }

  private MethodsSection methods(Scheme scheme) {
    MethodsSection methods = new MethodsSection();
    methods.add(
        "Extract",
        settings.inputName
            + ": ethnicity from column '"
            + settings.columns.ethnicity
            + "'"
            + settings.columns.unit.map(u -> ", units from '" + u + "'").orElse("")
            + settings.columns.period.map(p -> ", periods from '" + p + "'").orElse("")
            + ".");
    methods.add(
        "Definition of complete",
        settings.definition.id() + ": " + CompletenessSection.definitionText(settings.definition));
    methods.add("Scheme", MethodsSection.scheme(scheme.info()));
    scheme.base().ifPresent(base -> methods.add("Base scheme", MethodsSection.scheme(base.info())));
    methods.add(
        "Recognition",
        "Codes in any case and spacing: "
            + settings.recognition.description()
            + ". A heading (such as Mixed) and a broad-group term (such as BAME) are counted as"
            + " such, not as complete.");
    methods.add("Confidence intervals", settings.confidence.label() + " " + Citations.WILSON + ".");
    methods.add("Funnel plot", Citations.FUNNEL + ".");
    settings.target.ifPresent(
        target ->
            methods.add(
                "Target",
                Format.percent(target.threshold())
                    + target.dueDate().map(d -> " by " + d).orElse("")
                    + (target.milestones().size() > 1
                        ? ", with milestones " + milestones(target)
                        : "")
                    + ". Green: met; amber: below but not significantly (upper limit at or above the"
                    + " target); red: significantly below (upper limit below the target)."));
    methods.add(
        "Disclosure control",
        settings.disclosure.id().equals("none")
            ? "None: the report shows exact counts and is not for publication."
            : settings.disclosure.description()
                + " Source: "
                + Citations.disclosure(settings.disclosure)
                + ". Proportions are computed from published counts.");
    methods.add("Evaluated on", settings.asOf.toString());
    methods.add("Software", "equality-monitoring " + settings.version);
    return methods;
  }

  private static String milestones(Target target) {
    List<String> milestones = new ArrayList<>();
    for (Milestone milestone : target.milestones()) {
      milestones.add(Format.percent(milestone.threshold()) + " by " + milestone.date());
    }
    return String.join(", ", milestones);
  }

  /**
   * Writes the report as one self-contained HTML page.
   *
   * @param out where to write; not closed
   */
  public void writeHtml(Writer out) {
    List<String> bodies = new ArrayList<>();
    for (Section section : sections) {
      StringBuilder body = new StringBuilder();
      section.html(body);
      bodies.add(body.toString());
    }
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("input", settings.inputName);
    page.put(
        "records", records.value().isPresent() ? Format.count(records.value().getAsLong()) : "*");
    page.put("scheme", settings.recogniser.scheme().info().title());
    page.put("asOf", settings.asOf.toString());
    page.put("disclosure", settings.disclosure.id());
    page.put("controlled", !settings.disclosure.id().equals(DisclosurePolicy.none().id()));
    page.put("version", settings.version);
    page.put("css", Styles.CSS);
    page.put("sections", sections);
    page.put("bodies", bodies);
    StringBuilder html = new StringBuilder(1 << 16);
    Templates.render("page.jte", page, html);
    try {
      out.write(html.toString());
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the report's figures as JSON.
   *
   * @param out where to write; not closed
   */
  public void writeJson(Writer out) {
    try (JsonGenerator json =
        JSON.createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .useDefaultPrettyPrinter()) {
      json.writeStartObject();
      json.writeStringField("input", settings.inputName);
      if (records.value().isPresent()) {
        json.writeNumberField("records", records.value().getAsLong());
      } else {
        json.writeNullField("records");
      }
      json.writeStringField("scheme", settings.recogniser.scheme().id());
      json.writeStringField("recognition", settings.recognition.description());
      json.writeStringField("disclosure", settings.disclosure.id());
      json.writeNumberField("confidence", settings.confidence.level());
      json.writeStringField("asOf", settings.asOf.toString());
      json.writeStringField("version", settings.version);
      for (Section section : sections) {
        json.writeFieldName(section.id());
        section.json(json);
      }
      json.writeEndObject();
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
