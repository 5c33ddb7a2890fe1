package org.equalitymonitoring.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Renders a chart as an inline, scalable, accessible SVG element. */
final class Svg {
  static final int WIDTH = 760;

  private static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 18);
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
  private static final Color GRID = new Color(0xDD, 0xDD, 0xDD);

  private Svg() {}

  /** Sets the report's fonts and backgrounds, keeping the colours the chart's renderers chose. */
  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    if (chart.getTitle() != null) {
      chart.getTitle().setFont(TITLE);
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
   * Returns the chart as an {@code <svg>} element that scales to its container, with a title and a
   * description for screen readers.
   *
   * @param id a unique id in the page
   * @param chart the chart
   * @param height the drawing height in pixels at {@link #WIDTH}
   * @param description the text alternative: what the chart shows, in words
   */
  static String render(String id, JFreeChart chart, int height, String description) {
    style(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    SVGGraphics2D graphics = new SVGGraphics2D(WIDTH, height);
    graphics.setDefsKeyPrefix(id + "-");
    chart.draw(graphics, new Rectangle(WIDTH, height));
    String svg = graphics.getSVGElement(id, false, new ViewBox(0, 0, WIDTH, height), null, null);
    int open = svg.indexOf('>');
    String title = chart.getTitle() == null ? id : chart.getTitle().getText();
    return svg.substring(0, open)
        + " role='img' aria-labelledby='"
        + id
        + "-title "
        + id
        + "-desc' class='chart'><title id='"
        + id
        + "-title'>"
        + Html.escape(title)
        + "</title><desc id='"
        + id
        + "-desc'>"
        + Html.escape(description)
        + "</desc>"
        + svg.substring(open + 1);
  }
}
