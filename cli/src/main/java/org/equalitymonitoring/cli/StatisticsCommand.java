package org.equalitymonitoring.cli;

import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.equalitymonitoring.stats.ConfidenceLevel;
import org.equalitymonitoring.stats.Estimate;
import org.equalitymonitoring.stats.FunnelLevel;
import org.equalitymonitoring.stats.IndicatorType;
import org.equalitymonitoring.stats.IndirectStandardisation;
import org.equalitymonitoring.stats.InequalityIndices;
import org.equalitymonitoring.stats.Interval;
import org.equalitymonitoring.stats.ProportionFunnel;
import org.equalitymonitoring.stats.RateFunnel;
import org.equalitymonitoring.stats.RatioFunnel;
import org.equalitymonitoring.stats.SampleMean;
import org.equalitymonitoring.stats.SlopeIndexOfInequality;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The {@code statistics} command: the public-health statistics of the library on a CSV of figures
 * (not a record extract), each as a subcommand: {@code sii}, {@code funnel}, {@code isr} and {@code
 * mean}.
 */
@Command(
    name = "statistics",
    mixinStandardHelpOptions = true,
    description =
        "Public-health statistics on a CSV of figures, as PHEindicatormethods computes them.",
    subcommands = {
      StatisticsCommand.Sii.class,
      StatisticsCommand.Funnel.class,
      StatisticsCommand.Isr.class,
      StatisticsCommand.Mean.class
    })
final class StatisticsCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
    throw new UsageException("name a statistic: sii, funnel, isr or mean");
  }

  /** What every subcommand has: its input file, how the file is written, the output format. */
  abstract static class Subcommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
        names = "--input",
        required = true,
        paramLabel = "FILE",
        description = "the CSV file (or .xlsx workbook, or - for standard input)")
    Path input;

    @Mixin ExtractOptions extract;

    @Option(
        names = "--format",
        defaultValue = "text",
        description = "text, json or csv (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() {
      StatisticsTable table;
      try (StatisticsInput in = StatisticsInput.open(input, extract, spec.commandLine().getErr())) {
        table = compute(in);
      }
      table.write(format, spec.commandLine().getOut());
      return 0;
    }

    abstract StatisticsTable compute(StatisticsInput in);
  }

  /** A count as read: a whole number without decimals, otherwise a figure. */
  static Object count(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? (Object) (long) value : value;
  }

  /** Runs a check of the library on the current record; its failure is an error at the line. */
  static <T> T checked(StatisticsInput in, Supplier<T> check) {
    try {
      return check.get();
    } catch (IllegalArgumentException e) {
      throw in.problem(e.getMessage());
    }
  }

  static double atLeastZero(StatisticsInput in, int column, String name) {
    double value = in.number(column);
    if (!(value >= 0)) {
      throw in.problem(name + " must be >= 0, got " + value);
    }
    return value;
  }

  static double aboveZero(StatisticsInput in, int column, String name) {
    double value = in.number(column);
    if (!(value > 0)) {
      throw in.problem(name + " must be > 0, got " + value);
    }
    return value;
  }

  static String group(StatisticsInput in, OptionalInt column) {
    return column.isPresent() ? in.text(column.getAsInt()) : "";
  }

  static List<String> columns(boolean grouped, String... columns) {
    List<String> all = new ArrayList<>();
    if (grouped) {
      all.add("group");
    }
    all.addAll(Arrays.asList(columns));
    return all;
  }

  static Object[] cells(boolean grouped, String group, Object... cells) {
    if (!grouped) {
      return cells;
    }
    Object[] all = new Object[cells.length + 1];
    all[0] = group;
    System.arraycopy(cells, 0, all, 1, cells.length);
    return all;
  }

  /** {@code statistics sii}. */
  @Command(
      name = "sii",
      mixinStandardHelpOptions = true,
      description = {
        "Slope and relative index of inequality across ordered quantiles (such as deprivation"
            + " deciles), as PHEindicatormethods phe_sii: weighted least squares on the"
            + " population-weighted mid-point ranks, confidence intervals by simulation.",
        "Columns: quantile (whole numbers, in rank order), population, value (or numerator with"
            + " --type proportion), and se or lower,upper (95%% limits); optional group for one"
            + " result per group."
      })
  static final class Sii extends Subcommand {
    @Option(
        names = "--type",
        defaultValue = "normal",
        paramLabel = "normal|rate|proportion",
        description =
            "the indicator type: standard errors and simulation on the log scale for rates and"
                + " the logit scale for proportions (default: ${DEFAULT-VALUE})")
    String type;

    @Option(
        names = "--multiplier",
        defaultValue = "1",
        description =
            "factor applied to the SII; negative to reverse polarity, which inverts the RII"
                + " (default: ${DEFAULT-VALUE})")
    double multiplier;

    @Option(
        names = "--repetitions",
        defaultValue = "100000",
        description = "simulated regressions, at least 1000 (default: ${DEFAULT-VALUE})")
    int repetitions;

    @Option(
        names = "--seed",
        defaultValue = "1",
        description = "seed of the simulation; the same seed gives the same limits (default: 1)")
    long seed;

    @Mixin ConfidenceOption confidence;

    /** One quantile of a group, with the line it was read from. */
    private static final class Quantile {
      final long rank;
      final double population;
      final double value;
      final double standardError;
      final long line;

      Quantile(long rank, double population, double value, double standardError, long line) {
        this.rank = rank;
        this.population = population;
        this.value = value;
        this.standardError = standardError;
        this.line = line;
      }
    }

    @Override
    StatisticsTable compute(StatisticsInput in) {
      IndicatorType kind = indicatorType();
      ConfidenceLevel level = confidence.level();
      if (!(multiplier != 0 && Double.isFinite(multiplier))) {
        throw new UsageException("--multiplier must be a number other than 0, got " + multiplier);
      }
      if (repetitions < SlopeIndexOfInequality.MIN_REPETITIONS
          || repetitions > SlopeIndexOfInequality.MAX_REPETITIONS) {
        throw new UsageException("--repetitions must be from 1000 to 10000000, got " + repetitions);
      }
      int rank = in.column("quantile");
      int population = in.column("population");
      OptionalInt group = in.optional("group");
      OptionalInt value = in.optional("value");
      OptionalInt numerator = in.optional("numerator");
      OptionalInt se = in.optional("se");
      OptionalInt lower = in.optional("lower");
      OptionalInt upper = in.optional("upper");
      if (value.isEmpty() && numerator.isEmpty()) {
        throw in.problem(1, "no value column (or numerator, for proportions)");
      }
      if (value.isEmpty() && kind != IndicatorType.PROPORTION) {
        throw new UsageException(
            "a numerator column gives proportions: use --type proportion, or give a value column");
      }
      if (se.isEmpty() && (lower.isEmpty() || upper.isEmpty())) {
        throw in.problem(1, "no se column, nor lower and upper columns (95% limits)");
      }
      Map<String, List<Quantile>> groups = new LinkedHashMap<>();
      while (in.next()) {
        long q = in.wholeNumber(rank);
        double pop = aboveZero(in, population, "population");
        double v =
            value.isPresent()
                ? in.number(value.getAsInt())
                : atLeastZero(in, numerator.getAsInt(), "numerator") / pop;
        checked(in, () -> kind.check(v, "value"));
        double s;
        if (se.isPresent()) {
          s = atLeastZero(in, se.getAsInt(), "se");
        } else {
          double l = in.number(lower.getAsInt());
          double u = in.number(upper.getAsInt());
          s =
              checked(
                  in,
                  () ->
                      SlopeIndexOfInequality.standardErrors(
                          kind, new double[] {l}, new double[] {u})[0]);
        }
        groups
            .computeIfAbsent(group(in, group), g -> new ArrayList<>())
            .add(new Quantile(q, pop, v, s, in.line()));
      }
      boolean grouped = group.isPresent();
      StatisticsTable table =
          new StatisticsTable(
              columns(
                  grouped,
                  "quantiles",
                  "sii",
                  "sii_lower",
                  "sii_upper",
                  "rii",
                  "rii_lower",
                  "rii_upper",
                  "intercept"));
      String method = null;
      for (Map.Entry<String, List<Quantile>> entry : groups.entrySet()) {
        List<Quantile> quantiles = entry.getValue();
        quantiles.sort(Comparator.comparingLong(q -> q.rank));
        for (int i = 1; i < quantiles.size(); i++) {
          if (quantiles.get(i).rank == quantiles.get(i - 1).rank) {
            throw in.problem(
                Math.max(quantiles.get(i).line, quantiles.get(i - 1).line),
                "quantile "
                    + quantiles.get(i).rank
                    + " appears twice"
                    + (grouped ? " in group " + quote(entry.getKey()) : ""));
          }
        }
        SlopeIndexOfInequality sii = fit(in, kind, entry.getKey(), grouped, quantiles);
        InequalityIndices indices = Arguments.parse(() -> sii.intervals(level, repetitions, seed));
        method = indices.slopeIndex().method();
        table.add(
            cells(
                grouped,
                entry.getKey(),
                (long) quantiles.size(),
                sii.slopeIndex(),
                indices.slopeIndex().lower(),
                indices.slopeIndex().upper(),
                sii.relativeIndex(),
                indices.relativeIndex().lower(),
                indices.relativeIndex().upper(),
                sii.intercept()));
      }
      if (groups.isEmpty()) {
        throw in.problem(0, "no quantiles: the file has a header but no rows");
      }
      return table
          .setting("statistic", "slope index of inequality (phe_sii)")
          .setting("indicator_type", kind.label())
          .setting("multiplier", count(multiplier))
          .setting("confidence", level.label())
          .setting("method", method)
          .setting("seed", seed);
    }

    private SlopeIndexOfInequality fit(
        StatisticsInput in,
        IndicatorType kind,
        String group,
        boolean grouped,
        List<Quantile> quantiles) {
      int n = quantiles.size();
      if (n < SlopeIndexOfInequality.MIN_QUANTILES || n > SlopeIndexOfInequality.MAX_QUANTILES) {
        throw in.problem(
            0,
            (grouped ? "group " + quote(group) + " has " : "there are ")
                + n
                + " quantiles; the SII needs 5 to 100");
      }
      double[] populations = new double[n];
      double[] values = new double[n];
      double[] errors = new double[n];
      for (int i = 0; i < n; i++) {
        populations[i] = quantiles.get(i).population;
        values[i] = quantiles.get(i).value;
        errors[i] = quantiles.get(i).standardError;
      }
      return SlopeIndexOfInequality.of(kind, populations, values, errors, multiplier);
    }

    private IndicatorType indicatorType() {
      switch (type) {
        case "normal":
          return IndicatorType.NORMAL;
        case "rate":
          return IndicatorType.RATE;
        case "proportion":
          return IndicatorType.PROPORTION;
        default:
          throw new UsageException("--type must be normal, rate or proportion, got " + quote(type));
      }
    }
  }

  /** {@code statistics funnel}. */
  @Command(
      name = "funnel",
      mixinStandardHelpOptions = true,
      description = {
        "Funnel-plot significance of each unit against the pooled average, PHE method (2 and 3"
            + " sigma: one-sided 0.025 and 0.001).",
        "Columns: unit, and numerator,denominator (proportion, rate) or observed,expected (ratio)."
            + " Proportions also get their plotted control limits at their denominator."
      })
  static final class Funnel extends Subcommand {
    @Option(
        names = "--statistic",
        required = true,
        paramLabel = "proportion|rate|ratio",
        description = "proportion (Wilson score), rate (crude, Poisson) or ratio (O/E, Poisson)")
    String statistic;

    @Option(
        names = "--multiplier",
        paramLabel = "N",
        description =
            "scale of the values: default 100 for proportion (at most 100), 100000 for rate")
    Double multiplier;

    @Override
    StatisticsTable compute(StatisticsInput in) {
      switch (statistic) {
        case "proportion":
          return proportions(in, scale(100));
        case "rate":
          return rates(in, scale(100_000));
        case "ratio":
          if (multiplier != null) {
            throw new UsageException("--multiplier does not apply to ratios");
          }
          return ratios(in);
        default:
          throw new UsageException(
              "--statistic must be proportion, rate or ratio, got " + quote(statistic));
      }
    }

    private double scale(double standard) {
      double scale = multiplier == null ? standard : multiplier;
      if (!(scale > 0 && Double.isFinite(scale))) {
        throw new UsageException("--multiplier must be a number > 0, got " + scale);
      }
      return scale;
    }

    /** Units with their two columns of figures, read and checked row by row. */
    private static final class Rows {
      final List<String> units = new ArrayList<>();
      double[] first = new double[16];
      double[] second = new double[16];

      void add(String unit, double a, double b) {
        if (units.size() == first.length) {
          first = Arrays.copyOf(first, first.length * 2);
          second = Arrays.copyOf(second, second.length * 2);
        }
        first[units.size()] = a;
        second[units.size()] = b;
        units.add(unit);
      }

      double[] first() {
        return Arrays.copyOf(first, units.size());
      }

      double[] second() {
        return Arrays.copyOf(second, units.size());
      }
    }

    private static Rows read(StatisticsInput in, String a, String b, boolean atMostDenominator) {
      int unit = in.column("unit");
      int first = in.column(a);
      int second = in.column(b);
      Rows rows = new Rows();
      while (in.next()) {
        double x = atLeastZero(in, first, a);
        double n = aboveZero(in, second, b);
        if (atMostDenominator && x > n) {
          throw in.problem(a + " must be <= " + b + ", got " + x + " > " + n);
        }
        rows.add(in.text(unit), x, n);
      }
      if (rows.units.isEmpty()) {
        throw in.problem(0, "no units: the file has a header but no rows");
      }
      return rows;
    }

    /** The columns of a funnel table: the unit, its two counts, value, limits and significance. */
    private static List<String> limitColumns(String first, String second) {
      return List.of(
          "unit",
          first,
          second,
          "value",
          "lower_2s",
          "upper_2s",
          "lower_3s",
          "upper_3s",
          "significance");
    }

    private static StatisticsTable proportions(StatisticsInput in, double scale) {
      if (scale > ProportionFunnel.PLOTTED_UPPER_CAP) {
        throw new UsageException(
            "--multiplier for proportions is at most 100 (limits are capped at 100), got " + scale);
      }
      Rows rows = read(in, "numerator", "denominator", true);
      double[] x = rows.first();
      double[] n = rows.second();
      ProportionFunnel funnel = ProportionFunnel.of(x, n);
      StatisticsTable table = new StatisticsTable(limitColumns("numerator", "denominator"));
      for (int i = 0; i < x.length; i++) {
        Interval two = funnel.plottedLimits(n[i], FunnelLevel.TWO_SIGMA, scale);
        Interval three = funnel.plottedLimits(n[i], FunnelLevel.THREE_SIGMA, scale);
        table.add(
            rows.units.get(i),
            count(x[i]),
            count(n[i]),
            x[i] / n[i] * scale,
            two.lower(),
            two.upper(),
            three.lower(),
            three.upper(),
            funnel.significance(x[i], n[i]).label());
      }
      return table
          .setting("statistic", "proportion")
          .setting("average", funnel.baseline(scale))
          .setting("multiplier", count(scale))
          .setting("method", ProportionFunnel.METHOD);
    }

    private static StatisticsTable rates(StatisticsInput in, double scale) {
      Rows rows = read(in, "numerator", "denominator", false);
      double[] x = rows.first();
      double[] n = rows.second();
      double[] rates = new double[x.length];
      for (int i = 0; i < x.length; i++) {
        rates[i] = x[i] / n[i] * scale;
      }
      RateFunnel funnel = RateFunnel.ofCrudeRates(x, rates, n, scale);
      StatisticsTable table = new StatisticsTable(limitColumns("numerator", "denominator"));
      for (int i = 0; i < x.length; i++) {
        // Limits on the funnel's axis of events, at the unit's own events (none below 1).
        Interval two = x[i] >= 1 ? funnel.limits(x[i], FunnelLevel.TWO_SIGMA) : null;
        Interval three = x[i] >= 1 ? funnel.limits(x[i], FunnelLevel.THREE_SIGMA) : null;
        table.add(
            rows.units.get(i),
            count(x[i]),
            count(n[i]),
            rates[i],
            two == null ? null : two.lower(),
            two == null ? null : two.upper(),
            three == null ? null : three.lower(),
            three == null ? null : three.upper(),
            funnel.significances().get(i).label());
      }
      return table
          .setting("statistic", "rate")
          .setting("average", funnel.averageRate())
          .setting("multiplier", count(scale))
          .setting("method", RateFunnel.METHOD);
    }

    private static StatisticsTable ratios(StatisticsInput in) {
      Rows rows = read(in, "observed", "expected", false);
      double[] o = rows.first();
      double[] e = rows.second();
      StatisticsTable table = new StatisticsTable(limitColumns("observed", "expected"));
      for (int i = 0; i < o.length; i++) {
        Interval two = o[i] >= 1 ? RatioFunnel.limits(o[i], FunnelLevel.TWO_SIGMA) : null;
        Interval three = o[i] >= 1 ? RatioFunnel.limits(o[i], FunnelLevel.THREE_SIGMA) : null;
        table.add(
            rows.units.get(i),
            count(o[i]),
            e[i],
            o[i] / e[i],
            two == null ? null : two.lower(),
            two == null ? null : two.upper(),
            three == null ? null : three.lower(),
            three == null ? null : three.upper(),
            RatioFunnel.significance(o[i], e[i]).label());
      }
      return table
          .setting("statistic", "ratio")
          .setting("average", 1.0)
          .setting("method", RatioFunnel.METHOD);
    }
  }

  /** {@code statistics isr}. */
  @Command(
      name = "isr",
      mixinStandardHelpOptions = true,
      description = {
        "Indirectly standardised ratios (such as the SMR) with exact (observed < 10) or Byar"
            + " intervals, as PHEindicatormethods calculate_ISRatio.",
        "Columns: unit,observed,expected; or per age band events,population,reference_events,"
            + "reference_population with an optional group column (one ratio per group)."
      })
  static final class Isr extends Subcommand {
    @Option(
        names = "--ref-value",
        defaultValue = "1",
        description = "1 for a ratio, 100 for a ratio per 100 (default: ${DEFAULT-VALUE})")
    double refValue;

    @Mixin ConfidenceOption confidence;

    @Override
    StatisticsTable compute(StatisticsInput in) {
      ConfidenceLevel level = confidence.level();
      if (!(refValue > 0 && Double.isFinite(refValue))) {
        throw new UsageException("--ref-value must be a number > 0, got " + refValue);
      }
      StatisticsTable table = in.has("expected") ? ofExpected(in, level) : ofBands(in, level);
      return table.setting("confidence", level.label()).setting("ref_value", refValue);
    }

    private static List<String> header(String first) {
      return List.of(first, "observed", "expected", "value", "lower", "upper", "method");
    }

    private StatisticsTable ofExpected(StatisticsInput in, ConfidenceLevel level) {
      int unit = in.column("unit");
      int observed = in.column("observed");
      int expected = in.column("expected");
      StatisticsTable table = new StatisticsTable(header("unit"));
      while (in.next()) {
        double o = atLeastZero(in, observed, "observed");
        double e = aboveZero(in, expected, "expected");
        add(
            table,
            in.text(unit),
            o,
            e,
            IndirectStandardisation.ratioOfExpected(o, e, level, refValue));
      }
      return table;
    }

    /** The age bands of a group: summed observed events and the bands' figures. */
    private static final class Bands {
      double observed;
      final List<double[]> bands = new ArrayList<>();

      double[] column(int index) {
        return bands.stream().mapToDouble(band -> band[index]).toArray();
      }
    }

    private StatisticsTable ofBands(StatisticsInput in, ConfidenceLevel level) {
      int events = in.column("events");
      int population = in.column("population");
      int referenceEvents = in.column("reference_events");
      int referencePopulation = in.column("reference_population");
      OptionalInt group = in.optional("group");
      Map<String, Bands> groups = new LinkedHashMap<>();
      while (in.next()) {
        Bands bands = groups.computeIfAbsent(group(in, group), g -> new Bands());
        bands.observed += atLeastZero(in, events, "events");
        bands.bands.add(
            new double[] {
              atLeastZero(in, population, "population"),
              atLeastZero(in, referenceEvents, "reference_events"),
              aboveZero(in, referencePopulation, "reference_population")
            });
      }
      if (groups.isEmpty()) {
        throw in.problem(0, "no age bands: the file has a header but no rows");
      }
      StatisticsTable table = new StatisticsTable(header("group"));
      for (Map.Entry<String, Bands> entry : groups.entrySet()) {
        Bands bands = entry.getValue();
        double expected =
            IndirectStandardisation.expected(bands.column(0), bands.column(1), bands.column(2));
        if (!(expected > 0)) {
          throw in.problem(
              0,
              "group "
                  + quote(entry.getKey())
                  + " has an expected count of 0: no band has both population and reference"
                  + " events");
        }
        add(
            table,
            entry.getKey(),
            bands.observed,
            expected,
            IndirectStandardisation.ratio(
                bands.observed,
                bands.column(0),
                bands.column(1),
                bands.column(2),
                level,
                refValue));
      }
      return table;
    }

    private static void add(
        StatisticsTable table, String name, double observed, double expected, Estimate ratio) {
      table.add(
          name,
          count(observed),
          expected,
          ratio.value(),
          ratio.lower(),
          ratio.upper(),
          ratio.method());
    }
  }

  /** {@code statistics mean}. */
  @Command(
      name = "mean",
      mixinStandardHelpOptions = true,
      description = {
        "Means with Student t confidence intervals, as PHEindicatormethods phe_mean.",
        "Columns: value (or --column NAME), and an optional group column for one mean per group."
      })
  static final class Mean extends Subcommand {
    @Option(
        names = "--column",
        defaultValue = "value",
        paramLabel = "NAME",
        description = "the column of values (default: ${DEFAULT-VALUE})")
    String column;

    @Mixin ConfidenceOption confidence;

    @Override
    StatisticsTable compute(StatisticsInput in) {
      ConfidenceLevel level = confidence.level();
      int values = in.column(column);
      OptionalInt group = in.optional("group");
      Map<String, double[]> groups = new LinkedHashMap<>();
      Map<String, Integer> counts = new LinkedHashMap<>();
      while (in.next()) {
        double value = in.number(values);
        String name = group(in, group);
        int n = counts.merge(name, 1, Integer::sum);
        double[] held = groups.computeIfAbsent(name, g -> new double[16]);
        if (n > held.length) {
          held = Arrays.copyOf(held, held.length * 2);
          groups.put(name, held);
        }
        held[n - 1] = value;
      }
      boolean grouped = group.isPresent();
      StatisticsTable table =
          new StatisticsTable(columns(grouped, "n", "mean", "sd", "lower", "upper"));
      for (Map.Entry<String, double[]> entry : groups.entrySet()) {
        int n = counts.get(entry.getKey());
        if (n < 2) {
          throw in.problem(
              0,
              (grouped ? "group " + quote(entry.getKey()) + " has " : "there is ")
                  + "1 value; a mean's interval needs at least 2");
        }
        SampleMean mean = SampleMean.of(Arrays.copyOf(entry.getValue(), n), level);
        table.add(
            cells(
                grouped,
                entry.getKey(),
                (long) n,
                mean.estimate().value(),
                mean.standardDeviation(),
                mean.estimate().lower(),
                mean.estimate().upper()));
      }
      if (groups.isEmpty()) {
        throw in.problem(0, "no values: the file has a header but no rows");
      }
      return table
          .setting("statistic", "mean")
          .setting("confidence", level.label())
          .setting("method", SampleMean.METHOD);
    }
  }
}
