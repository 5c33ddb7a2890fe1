package org.equalitymonitoring.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.Set;
import org.equalitymonitoring.completeness.Milestone;
import org.equalitymonitoring.completeness.Target;
import org.equalitymonitoring.stats.FunnelLevel;
import org.equalitymonitoring.stats.ProportionFunnel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.TickUnits;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Builds the report's charts with JFreeChart and renders them as SVG. */
final class Charts {
  static final Color BLUE = new Color(0x00, 0x5E, 0xB8);
  static final Color DARK = new Color(0x21, 0x2B, 0x32);
  static final Color RED = new Color(0xD5, 0x28, 0x1B);
  static final Color AMBER = new Color(0xED, 0x8B, 0x00);
  static final Color GREY = new Color(0x76, 0x86, 0x92);
  private static final Color[] STATUS_COLOURS = {
    new Color(0x00, 0x7F, 0x3B),
    AMBER,
    new Color(0xAE, 0x25, 0x73),
    GREY,
    RED,
    new Color(0x33, 0x00, 0x72)
  };

  /** A value with its interval, for a forest plot. */
  static final class Point {
    final String name;
    final String shortName;
    final double value;
    final double lower;
    final double upper;

    /**
     * @param name the row's label
     * @param shortName the label on a phone, where a long name would leave no room for the plot
     */
    Point(String name, String shortName, double value, double lower, double upper) {
      this.name = name;
      this.shortName = shortName;
      this.value = value;
      this.lower = lower;
      this.upper = upper;
    }
  }

  private static final int SHORT_LABEL = 14;

  private Charts() {}

  /**
   * Returns a label cut to fit beside a phone-sized chart: its start and its end, which tells
   * "Riverside ward 1" from "Riverside ward 2", with an ellipsis between.
   */
  static String shortened(String label) {
    if (label.length() <= SHORT_LABEL) {
      return label;
    }
    int head = SHORT_LABEL / 2;
    return label.substring(0, head)
        + "…"
        + label.substring(label.length() - (SHORT_LABEL - head - 1));
  }

  /** Returns the rows' short names, or their full names where two short names would be alike. */
  private static String[] rowNames(List<Point> points, Svg.Layout layout) {
    String[] names = new String[points.size()];
    Set<String> seen = new HashSet<>();
    boolean useShort = layout.narrow();
    for (Point point : points) {
      useShort &= seen.add(point.shortName);
    }
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      names[points.size() - 1 - i] = useShort ? point.shortName : point.name;
    }
    return names;
  }

  /**
   * A forest plot: each point with its interval on one row, and an optional reference line.
   *
   * @param percent whether values are fractions shown as percentages
   */
  static String forest(
      String id,
      String title,
      String axisLabel,
      List<Point> points,
      OptionalDouble reference,
      String referenceLabel,
      boolean percent,
      String confidence,
      String description) {
    return Svg.render(
        id,
        layout ->
            forest(
                title, axisLabel, points, reference, referenceLabel, percent, confidence, layout),
        Math.max(220, 90 + 28 * points.size()),
        description);
  }

  private static JFreeChart forest(
      String title,
      String axisLabel,
      List<Point> points,
      OptionalDouble reference,
      String referenceLabel,
      boolean percent,
      String confidence,
      Svg.Layout layout) {
    double scale = percent ? 100 : 1;
    XYIntervalSeries series = new XYIntervalSeries("Estimate with " + confidence + " interval");
    for (int i = 0; i < points.size(); i++) {
      Point point = points.get(i);
      int row = points.size() - 1 - i;
      series.add(point.value * scale, point.lower * scale, point.upper * scale, row, row, row);
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(series);
    NumberAxis x = percent ? percentAxis(axisLabel) : new NumberAxis(axisLabel);
    x.setAutoRangeIncludesZero(false);
    SymbolAxis y = new SymbolAxis(null, rowNames(points, layout));
    y.setTickLabelsVisible(true);
    y.setGridBandsVisible(false);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawYError(false);
    renderer.setDrawXError(true);
    renderer.setErrorPaint(DARK);
    renderer.setErrorStroke(new BasicStroke(1.5f));
    renderer.setDefaultLinesVisible(false);
    renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
    renderer.setSeriesPaint(0, BLUE);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    plot.setOrientation(PlotOrientation.VERTICAL);
    if (reference.isPresent()) {
      ValueMarker marker = new ValueMarker(reference.getAsDouble() * scale, RED, dashed(2f));
      marker.setLabel(referenceLabel);
      marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
      marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
      marker.setLabelPaint(RED);
      marker.setLabelFont(Svg.LABEL);
      marker.setLabelBackgroundColor(Color.WHITE);
      plot.addDomainMarker(marker);
      if (percent) {
        x.setLowerBound(Math.min(x.getLowerBound(), reference.getAsDouble() * scale - 2));
        x.setUpperBound(Math.max(x.getUpperBound(), reference.getAsDouble() * scale + 2));
      }
    }
    return new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
  }

  /** A funnel plot of proportions: units by size with 95% and 99.8% control limits (PHE method). */
  static String funnel(
      String id,
      List<double[]> units,
      List<String> names,
      ProportionFunnel funnel,
      String valueLabel,
      String description) {
    return Svg.render(id, layout -> funnel(units, funnel, valueLabel), 420, description);
  }

  private static JFreeChart funnel(
      List<double[]> units, ProportionFunnel funnel, String valueLabel) {
    double maxDenominator = 1;
    XYSeries points = new XYSeries("Units", false);
    for (double[] unit : units) {
      points.add(unit[1], 100 * unit[0] / unit[1]);
      maxDenominator = Math.max(maxDenominator, unit[1]);
    }
    XYSeriesCollection dataset = new XYSeriesCollection();
    dataset.addSeries(points);
    XYSeries average = new XYSeries("Pooled proportion", true);
    XYSeries low95 = new XYSeries("95% limits", true);
    XYSeries high95 = new XYSeries("95% limits (upper)", true);
    XYSeries low998 = new XYSeries("99.8% limits", true);
    XYSeries high998 = new XYSeries("99.8% limits (upper)", true);
    double top = maxDenominator * 1.1;
    for (int i = 1; i <= 120; i++) {
      double n = Math.max(1, top * i / 120.0);
      average.add(n, 100 * funnel.averageProportion());
      low95.add(n, 100 * Math.max(0, funnel.lowerLimit(n, FunnelLevel.TWO_SIGMA)));
      high95.add(n, 100 * Math.min(1, funnel.upperLimit(n, FunnelLevel.TWO_SIGMA)));
      low998.add(n, 100 * Math.max(0, funnel.lowerLimit(n, FunnelLevel.THREE_SIGMA)));
      high998.add(n, 100 * Math.min(1, funnel.upperLimit(n, FunnelLevel.THREE_SIGMA)));
    }
    XYSeriesCollection limits = new XYSeriesCollection();
    limits.addSeries(average);
    limits.addSeries(low95);
    limits.addSeries(high95);
    limits.addSeries(low998);
    limits.addSeries(high998);
    NumberAxis x = new NumberAxis("Records in the unit");
    x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    NumberAxis y = percentAxis(valueLabel);
    y.setAutoRangeIncludesZero(false);
    XYLineAndShapeRenderer dots = new XYLineAndShapeRenderer(false, true);
    dots.setSeriesPaint(0, BLUE);
    dots.setSeriesShape(0, new Ellipse2D.Double(-5, -5, 10, 10));
    XYLineAndShapeRenderer lines = new XYLineAndShapeRenderer(true, false);
    // One SVG path per limit instead of a line element per segment: the page is half the size.
    lines.setDrawSeriesLineAsPath(true);
    lines.setSeriesPaint(0, DARK);
    lines.setSeriesStroke(0, new BasicStroke(1.5f));
    lines.setSeriesPaint(1, AMBER);
    lines.setSeriesPaint(2, AMBER);
    lines.setSeriesStroke(1, dashed(1.5f));
    lines.setSeriesStroke(2, dashed(1.5f));
    lines.setSeriesVisibleInLegend(2, false);
    lines.setSeriesPaint(3, RED);
    lines.setSeriesPaint(4, RED);
    lines.setSeriesStroke(3, dashed(1.5f));
    lines.setSeriesStroke(4, dashed(1.5f));
    lines.setSeriesVisibleInLegend(4, false);
    XYPlot plot = new XYPlot(dataset, x, y, dots);
    plot.setDataset(1, limits);
    plot.setRenderer(1, lines);
    double lowest = 100;
    for (double[] unit : units) {
      lowest = Math.min(lowest, 100 * unit[0] / unit[1]);
    }
    y.setRange(Math.max(0, Math.floor(lowest / 5) * 5 - 5), 100.5);
    return new JFreeChart(
        "Funnel plot: completeness by size of unit", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
  }

  /** Completeness by period with its interval, against the milestones of the target. */
  static String trajectory(
      String id,
      List<LocalDate> periodEnds,
      List<Point> periods,
      Target target,
      String confidence,
      String valueLabel,
      String description) {
    return Svg.render(
        id,
        layout -> trajectory(periodEnds, periods, target, confidence, valueLabel),
        380,
        description);
  }

  private static JFreeChart trajectory(
      List<LocalDate> periodEnds,
      List<Point> periods,
      Target target,
      String confidence,
      String valueLabel) {
    XYIntervalSeries observed =
        new XYIntervalSeries("Proportion known (" + confidence + " interval)");
    for (int i = 0; i < periods.size(); i++) {
      double time = millis(periodEnds.get(i));
      Point point = periods.get(i);
      observed.add(time, time, time, 100 * point.value, 100 * point.lower, 100 * point.upper);
    }
    XYIntervalSeriesCollection dataset = new XYIntervalSeriesCollection();
    dataset.addSeries(observed);
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(true);
    renderer.setSeriesPaint(0, BLUE);
    renderer.setSeriesStroke(0, new BasicStroke(2f));
    renderer.setErrorPaint(BLUE);
    DateAxis x = new DateAxis("Period");
    NumberAxis y = percentAxis(valueLabel);
    y.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(dataset, x, y, renderer);
    XYSeries milestones = new XYSeries("Milestones", false);
    if (target != null) {
      for (Milestone milestone : target.milestones()) {
        milestones.add(millis(milestone.date()), 100 * milestone.threshold());
      }
      if (target.milestones().isEmpty()) {
        ValueMarker marker = new ValueMarker(100 * target.threshold(), RED, dashed(2f));
        marker.setLabel("Target " + Format.percent(target.threshold()));
        marker.setLabelTextAnchor(TextAnchor.BOTTOM_RIGHT);
        marker.setLabelAnchor(RectangleAnchor.TOP_RIGHT);
        marker.setLabelFont(Svg.LABEL);
        marker.setLabelBackgroundColor(Color.WHITE);
        marker.setLabelBackgroundColor(Color.WHITE);
        plot.addRangeMarker(marker);
      }
    }
    XYSeriesCollection steps = new XYSeriesCollection(milestones);
    XYStepRenderer stepRenderer = new XYStepRenderer();
    stepRenderer.setDefaultShapesVisible(true);
    stepRenderer.setSeriesPaint(0, RED);
    stepRenderer.setSeriesStroke(0, dashed(2f));
    stepRenderer.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
    plot.setDataset(1, steps);
    plot.setRenderer(1, stepRenderer);
    return new JFreeChart(
        "Completeness over time against the milestones", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
  }

  /** A stacked bar per unit of the shares of each recognition status. */
  static String statuses(
      String id, List<String> units, List<String> statuses, double[][] shares, String description) {
    return Svg.render(
        id,
        layout -> statuses(units, statuses, shares),
        Math.max(240, 110 + 30 * units.size()),
        description);
  }

  private static JFreeChart statuses(List<String> units, List<String> statuses, double[][] shares) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int s = 0; s < statuses.size(); s++) {
      for (int u = 0; u < units.size(); u++) {
        dataset.addValue(100 * shares[u][s], statuses.get(s), units.get(u));
      }
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    for (int s = 0; s < statuses.size(); s++) {
      renderer.setSeriesPaint(s, STATUS_COLOURS[s % STATUS_COLOURS.length]);
    }
    NumberAxis y = percentAxis("Share of records (%)");
    y.setRange(0, 100);
    CategoryPlot plot = new CategoryPlot(dataset, new CategoryAxis(null), y, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return new JFreeChart("How ethnicity was recorded", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
  }

  /** Paired bars: each group's share of the coded records and of the reference population. */
  static String representation(
      String id,
      List<String> groups,
      List<String> shortGroups,
      double[] shares,
      double[] populationShares,
      String populationName,
      String description) {
    return Svg.render(
        id,
        layout ->
            representation(
                layout.narrow() ? shortGroups : groups, shares, populationShares, populationName),
        Math.max(260, 100 + 34 * groups.size()),
        description);
  }

  private static JFreeChart representation(
      List<String> groups, double[] shares, double[] populationShares, String populationName) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int g = 0; g < groups.size(); g++) {
      dataset.addValue(100 * shares[g], "Records with a known ethnic category", groups.get(g));
      dataset.addValue(100 * populationShares[g], populationName, groups.get(g));
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, BLUE);
    renderer.setSeriesPaint(1, GREY);
    NumberAxis y = percentAxis("Share (%)");
    CategoryAxis categories = new CategoryAxis(null);
    categories.setMaximumCategoryLabelWidthRatio(0.45f);
    CategoryPlot plot = new CategoryPlot(dataset, categories, y, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    return new JFreeChart(
        "Records by ethnic group against the population",
        JFreeChart.DEFAULT_TITLE_FONT,
        plot,
        true);
  }

  /**
   * A value axis in percentages whose tick labels are all different: each tick size has a format
   * with as many decimals as it needs, where one format for every size would print 82% for 82.0,
   * 82.2 and 82.4.
   */
  static NumberAxis percentAxis(String label) {
    NumberAxis axis = new NumberAxis(label);
    TickUnits units = new TickUnits();
    String[] formats = {"0.00'%'", "0.0'%'", "0'%'", "0'%'", "0'%'"};
    double size = 0.01;
    for (String format : formats) {
      for (double step : new double[] {1, 2, 5}) {
        units.add(
            new NumberTickUnit(
                size * step,
                new DecimalFormat(format, DecimalFormatSymbols.getInstance(Locale.ROOT))));
      }
      size *= 10;
    }
    axis.setStandardTickUnits(units);
    return axis;
  }

  private static BasicStroke dashed(float width) {
    return new BasicStroke(
        width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f);
  }

  private static double millis(LocalDate date) {
    return date.atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
  }
}
