package org.equalitymonitoring.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateOutput;
import java.util.HashMap;
import java.util.Map;

/**
 * The report's HTML templates (src/main/jte), compiled to Java at build time by the jte Maven
 * plugin, so that the compiler checks them; {@link ContentType#Html} escapes every value a template
 * writes for where it is written (element text, attribute). Thread-safe.
 */
final class Templates {
  private static final TemplateEngine ENGINE =
      TemplateEngine.createPrecompiled(
          null,
          ContentType.Html,
          Templates.class.getClassLoader(),
          "org.equalitymonitoring.report");

  private Templates() {}

  /**
   * Appends a template's HTML.
   *
   * @param name the template's file name, such as {@code methods.jte}
   * @param parameter the template's one parameter
   * @param out where to append
   */
  static void render(String name, Object parameter, StringBuilder out) {
    ENGINE.render(name, parameter, output(out));
  }

  /**
   * Appends a template's HTML.
   *
   * @param name the template's file name, such as {@code page.jte}
   * @param parameters the template's parameters by name
   * @param out where to append
   */
  static void render(String name, Map<String, Object> parameters, StringBuilder out) {
    ENGINE.render(name, parameters, output(out));
  }

  /**
   * Appends a paragraph, {@code <p class='style'><strong>lead</strong> text</p>}.
   *
   * @param style the paragraph's class, or "" for none
   * @param lead a bold lead-in, or "" for none
   * @param text the paragraph's text
   * @param out where to append
   */
  static void paragraph(String style, String lead, String text, StringBuilder out) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("style", style);
    parameters.put("lead", lead);
    parameters.put("text", text);
    render("paragraph.jte", parameters, out);
  }

  /**
   * Appends a subheading, {@code <h3 id='id'>text</h3>}.
   *
   * @param id the heading's anchor
   * @param text the heading
   * @param out where to append
   */
  static void heading(String id, String text, StringBuilder out) {
    render("heading.jte", Map.of("id", id, "text", text), out);
  }

  private static TemplateOutput output(StringBuilder out) {
    return new TemplateOutput() {
      @Override
      public void writeContent(String value) {
        out.append(value);
      }

      @Override
      public void writeContent(String value, int beginIndex, int endIndex) {
        out.append(value, beginIndex, endIndex);
      }
    };
  }
}
