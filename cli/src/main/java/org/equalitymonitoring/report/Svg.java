package org.equalitymonitoring.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/** Renders a chart as an inline, scalable, accessible SVG element. */
final class Svg {
  static final int WIDTH = 760;

  private static final StandardChartTheme THEME = theme();

  private Svg() {}

  private static StandardChartTheme theme() {
    StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
    theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
    theme.setLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
    theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    theme.setChartBackgroundPaint(Color.WHITE);
    theme.setPlotBackgroundPaint(Color.WHITE);
    theme.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    theme.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
    return theme;
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
    THEME.apply(chart);
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
