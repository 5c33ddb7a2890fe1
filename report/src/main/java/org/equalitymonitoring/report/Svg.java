package org.equalitymonitoring.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.util.Locale;
import java.util.function.Function;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Renders a chart as inline, scalable, accessible SVG: drawn twice, wide for screens and paper and
 * narrow for phones, and the style sheet shows the one that fits, so that chart text stays near its
 * drawn size (12 px and more) instead of shrinking with the page.
 */
final class Svg {
  /** The width a chart is drawn at, with the fonts that read at that width. */
  enum Layout {
    /** For screens wider than 760 px and for A4 paper: shown 680 to 900 px wide. */
    WIDE(760, "", 18, 0),
    /** For phones and small tablets: shown about as wide as it is drawn, 336 to 480 px. */
    NARROW(360, "-narrow", 15, 70);

    final int width;
    final String idSuffix;
    final Font title;

    /** Extra height for the title and legend, which wrap onto more lines when narrow. */
    final int extraHeight;

    Layout(int width, String idSuffix, int titleSize, int extraHeight) {
      this.width = width;
      this.idSuffix = idSuffix;
      this.title = new Font(Font.SANS_SERIF, Font.BOLD, titleSize);
      this.extraHeight = extraHeight;
    }

    boolean narrow() {
      return this == NARROW;
    }
  }

  static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  private Svg() {}

  /** Sets the report's fonts and backgrounds, keeping the colours the chart's renderers chose. */
  private static void style(JFreeChart chart, Layout layout) {
    chart.setBackgroundPaint(Color.WHITE);
    // Room on the right for the last tick label, which is centred on the plot's edge ("100%").
    chart.setPadding(new RectangleInsets(4, 4, 4, 18));
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(layout.title);
      chart.getTitle().setPaint(Charts.DARK);
    }
    if (chart.getLegend() != null) {
      chart.getLegend().setItemFont(LABEL);
      chart.getLegend().setFrame(BlockBorder.NONE);
    }
    Plot plot = chart.getPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    if (plot instanceof XYPlot) {
      XYPlot xy = (XYPlot) plot;
      xy.setDomainGridlinePaint(GRID);
      xy.setRangeGridlinePaint(GRID);
      axes(xy.getDomainAxis(), xy.getRangeAxis());
    } else if (plot instanceof CategoryPlot) {
      CategoryPlot category = (CategoryPlot) plot;
      category.setRangeGridlinePaint(GRID);
      axes(category.getDomainAxis(), category.getRangeAxis());
      CategoryAxis categories = category.getDomainAxis();
      categories.setMaximumCategoryLabelLines(layout.narrow() ? 3 : 2);
    }
  }

  private static void axes(Axis... axes) {
    for (Axis axis : axes) {
      axis.setLabelFont(LABEL);
      axis.setTickLabelFont(TICK);
      axis.setLabelPaint(Charts.DARK);
      axis.setTickLabelPaint(Charts.DARK);
    }
  }

  /**
   * Returns the chart as two {@code <svg>} elements, wide and narrow, each with a title and a
   * description for screen readers; the style sheet shows one of them.
   *
   * @param id a unique id in the page; the narrow drawing's id ends in {@code -narrow}
   * @param chart builds the chart for a layout
   * @param height the drawing height in pixels of the wide layout
   * @param description the text alternative: what the chart shows, in words
   */
  static String render(
      String id, Function<Layout, JFreeChart> chart, int height, String description) {
    StringBuilder out = new StringBuilder();
    for (Layout layout : Layout.values()) {
      out.append(draw(id + layout.idSuffix, chart.apply(layout), layout, height, description));
    }
    return out.toString();
  }

  private static String draw(
      String id, JFreeChart chart, Layout layout, int wideHeight, String description) {
    style(chart, layout);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    int width = layout.width;
    int height = wideHeight + layout.extraHeight;
    SVGGraphics2D graphics = new SVGGraphics2D(width, height);
    graphics.setDefsKeyPrefix(id + "-");
    // Coordinates to a hundredth of a pixel, not sixteen digits: the page is a third the size.
    graphics.setGeomDoubleConverter(value -> String.format(Locale.ROOT, "%.2f", value));
    chart.draw(graphics, new Rectangle(width, height));
    String svg = graphics.getSVGElement(id, false, new ViewBox(0, 0, width, height), null, null);
    int open = svg.indexOf('>');
    String title = chart.getTitle() == null ? id : chart.getTitle().getText();
    return svg.substring(0, open)
        + " role='img' aria-labelledby='"
        + id
        + "-title "
        + id
        + "-desc' class='chart chart-"
        + layout.name().toLowerCase(Locale.ROOT)
        + "'><title id='"
        + id
        + "-title'>"
        + escape(title)
        + "</title><desc id='"
        + id
        + "-desc'>"
        + escape(description)
        + "</desc>"
        + svg.substring(open + 1);
  }

  /**
   * Escapes text for SVG markup (element text and single- or double-quoted attributes): the one
   * place the report escapes by hand; its HTML is escaped by the templates.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
