package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.equalitymonitoring.coding.SchemeInfo;

/**
 * The methods note: definitions, schemes and crosswalks with their versions, the population and its
 * convention, the confidence level, the disclosure policy and the library version.
 */
final class MethodsSection implements Section {
  private final List<String[]> items = new ArrayList<>();

  MethodsSection add(String term, String text) {
    items.add(new String[] {term, text});
    return this;
  }

  static String scheme(SchemeInfo info) {
    return info.title()
        + " ("
        + info.id()
        + ", version "
        + info.version()
        + "; "
        + info.source()
        + "; licence "
        + info.licence()
        + ")";
  }

  @Override
  public String id() {
    return "methods";
  }

  @Override
  public String title() {
    return "Methods";
  }

  @Override
  public void html(StringBuilder out) {
    Templates.render("methods.jte", items, out);
  }

  @Override
  public void json(JsonGenerator json) throws IOException {
    json.writeStartObject();
    for (String[] item : items) {
      json.writeStringField(item[0], item[1]);
    }
    json.writeEndObject();
  }
}
