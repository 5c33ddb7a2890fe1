package org.equalitymonitoring.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.equalitymonitoring.disclosure.DisclosurePolicy;
import org.equalitymonitoring.impact.GroupResult;
import org.equalitymonitoring.impact.ImpactAssessment;
import org.equalitymonitoring.impact.Measure;
import org.equalitymonitoring.impact.OutcomeKind;
import org.equalitymonitoring.io.ImpactAssessmentJson;
import org.equalitymonitoring.stats.ChiSquareGoodnessOfFit;

/**
 * Writes an {@link ImpactAssessment} as text, JSON or CSV, with the same figures in each. A
 * suppressed group shows no events, value or interval; without an outcome kind no group shows an
 * adverse-impact finding.
 */
final class ImpactReport {
  private final ImpactAssessment assessment;
  private final String measure;
  private final Optional<OutcomeKind> outcome;
  private final Optional<String> convention;
  private final Optional<String> population;
  private final List<String> absent;
  private final DisclosurePolicy policy;
  private final Optional<String> standard;

  ImpactReport(
      ImpactAssessment assessment,
      String measure,
      Optional<OutcomeKind> outcome,
      Optional<String> convention,
      Optional<String> population,
      List<String> absent,
      DisclosurePolicy policy,
      Optional<String> standard) {
    this.assessment = assessment;
    this.measure = measure;
    this.outcome = outcome;
    this.convention = convention;
    this.population = population;
    this.absent = absent;
    this.policy = policy;
    this.standard = standard;
  }

  private boolean representation() {
    return assessment.measure() == Measure.REPRESENTATION;
  }

  private static OptionalDouble events(GroupResult g) {
    if (g.suppressed() || g.events().isEmpty()) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(g.events().getAsLong());
  }

  private Optional<String> adverseImpact(GroupResult g) {
    return outcome.map(o -> g.adverseImpact().label());
  }

  private static Optional<String> significance(GroupResult g) {
    return g.significance().map(s -> s.label());
  }

  /**
   * Writes the assessment as {@link ImpactAssessmentJson} does, each group labelled by its own name
   * (the input names the groups), with the population convention, and without findings when no
   * outcome kind was given.
   */
  void writeJson(PrintWriter out) {
    try (JsonGenerator json = JsonOutput.generator(out)) {
      ImpactAssessmentJson.write(assessment, group -> group, convention, outcome.isPresent(), json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.println();
  }

  /** True for a count or denominator to be written as a whole number. */
  private static boolean isWhole(double x) {
    return x == Math.rint(x) && Math.abs(x) < 1e15;
  }

  void writeCsv(PrintWriter out) {
    out.println(
        "group,events,denominator,value,lower,upper,method,ratio,ratio_lower,ratio_upper,"
            + "significance,adverse_impact,suppressed"
            + (representation() ? ",population_share" : ""));
    for (GroupResult g : assessment.groups()) {
      StringBuilder line = new StringBuilder();
      Csv.append(line, g.group()).append(',');
      line.append(count(events(g))).append(',');
      line.append(count(g.denominator())).append(',');
      line.append(figure(g.value())).append(',');
      line.append(figure(g.lower())).append(',');
      line.append(figure(g.upper())).append(',');
      Csv.append(line, g.method().orElse("")).append(',');
      line.append(figure(g.ratio())).append(',');
      line.append(figure(g.ratioLower())).append(',');
      line.append(figure(g.ratioUpper())).append(',');
      Csv.append(line, significance(g).orElse("")).append(',');
      Csv.append(line, adverseImpact(g).orElse("")).append(',');
      line.append(g.suppressed());
      if (representation()) {
        line.append(',').append(figure(g.populationShare()));
      }
      out.println(line);
    }
  }

  private static String figure(OptionalDouble value) {
    return value.isEmpty() ? "" : Csv.figure(value.getAsDouble());
  }

  private static String count(OptionalDouble value) {
    if (value.isPresent() && isWhole(value.getAsDouble())) {
      return Long.toString((long) value.getAsDouble());
    }
    return figure(value);
  }

  void writeText(PrintWriter out) {
    double multiplier = assessment.multiplier();
    out.printf(
        "Impact assessment: %s%s, %s confidence intervals%n",
        measure,
        standard.map(s -> " standardised to " + s).orElse(""),
        assessment.confidence().label());
    out.printf(
        "Reference: %s%s; outcome: %s%n",
        assessment.reference(),
        population.map(p -> " (" + p + ")").orElse(""),
        outcome.map(o -> o == OutcomeKind.BENEFIT ? "benefit" : "adverse").orElse("not given"));
    out.printf(
        "Values: %s%n",
        representation()
            ? "share of service users in percent; ratio = share / population share"
            : multiplier == 100 ? "percent" : "per " + plain(multiplier));
    int decimals = multiplier >= 10 ? 2 : 4;
    List<String[]> rows = new ArrayList<>();
    List<String> header =
        new ArrayList<>(
            List.of("GROUP", "EVENTS", "DENOMINATOR", "VALUE", "LOWER", "UPPER", "METHOD"));
    if (representation()) {
      header.add("POP SHARE");
    }
    header.addAll(List.of("RATIO", "RATIO LOWER", "RATIO UPPER", "SIGNIFICANCE", "ADVERSE IMPACT"));
    rows.add(header.toArray(new String[0]));
    boolean anySuppressed = false;
    for (GroupResult g : assessment.groups()) {
      anySuppressed |= g.suppressed();
      String hidden = g.suppressed() ? "*" : "-";
      List<String> row = new ArrayList<>();
      row.add(g.group());
      row.add(text(events(g), 0, hidden));
      row.add(
          text(
              g.denominator(),
              g.denominator().isPresent() && !isWhole(g.denominator().getAsDouble()) ? 2 : 0,
              hidden));
      row.add(text(g.value(), decimals, hidden));
      row.add(text(g.lower(), decimals, hidden));
      row.add(text(g.upper(), decimals, hidden));
      row.add(g.method().orElse(hidden));
      if (representation()) {
        row.add(text(g.populationShare(), 2, "-"));
      }
      row.add(text(g.ratio(), 2, hidden));
      row.add(text(g.ratioLower(), 2, hidden));
      row.add(text(g.ratioUpper(), 2, hidden));
      row.add(significance(g).orElse("-"));
      row.add(adverseImpact(g).orElse("-"));
      rows.add(row.toArray(new String[0]));
    }
    table(out, rows);
    if (assessment.goodnessOfFit().isPresent()) {
      ChiSquareGoodnessOfFit fit = assessment.goodnessOfFit().get();
      out.printf(
          Locale.ROOT,
          "Chi-square goodness of fit: %.2f on %d df, p = %.4g%n",
          fit.statistic(),
          fit.degreesOfFreedom(),
          fit.pValue());
    }
    convention.ifPresent(c -> out.println("Population convention: " + c));
    if (!absent.isEmpty()) {
      out.println(
          "Groups of the population absent from the input, counted with 0 service users: "
              + String.join(", ", absent));
    }
    if (anySuppressed) {
      out.println("* suppressed under disclosure policy " + policy.id());
    } else if (!policy.id().equals(DisclosurePolicy.none().id())) {
      out.println("Disclosure policy: " + policy.id() + " (counts as published)");
    }
    if (outcome.isPresent()) {
      out.println("Small numbers: " + assessment.smallNumberRule().description());
    } else {
      out.println("Adverse impact: give --outcome benefit or --outcome adverse for a finding");
    }
  }

  private static String plain(double x) {
    return isWhole(x) ? String.format(Locale.ROOT, "%,d", (long) x) : Double.toString(x);
  }

  private static String text(OptionalDouble value, int decimals, String empty) {
    if (value.isEmpty()) {
      return empty;
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", value.getAsDouble());
  }

  /** Prints rows in columns: the first left-aligned, figures right-aligned, words left-aligned. */
  private static void table(PrintWriter out, List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    int method = 6;
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        boolean left = c == 0 || c == method || c >= columns - 2;
        String cell = row[c];
        String pad = " ".repeat(width[c] - cell.length());
        if (c > 0) {
          line.append("  ");
        }
        line.append(left ? cell + pad : pad + cell);
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
