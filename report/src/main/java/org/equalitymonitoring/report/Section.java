package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** One part of the report: its HTML and its JSON. */
interface Section {
  /** Returns the section's id, its anchor in the page and its field in the JSON. */
  String id();

  /** Returns the section's heading. */
  String title();

  /** Appends the section's HTML body (without its heading). */
  void html(StringBuilder out);

  /** Writes the section's value as JSON (the field name is already written). */
  void json(JsonGenerator json) throws IOException;
}
