package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.OptionalDouble;
import org.equalitymonitoring.disclosure.PublishedCell;
import org.equalitymonitoring.disclosure.Shares;

/**
 * Figures of the report's own tables after disclosure control. Shares are computed from published
 * values only, so a suppressed or rounded count cannot be recovered from them.
 */
final class Published {
  private Published() {}

  /** The share of a part in a whole, when both are published and the whole is not 0. */
  static OptionalDouble share(PublishedCell part, PublishedCell whole) {
    return Shares.of(part, whole).fraction();
  }

  /** Writes a published cell as a JSON field: its value, or null when suppressed. */
  static void write(JsonGenerator json, String name, PublishedCell cell) throws IOException {
    if (cell.value().isPresent()) {
      json.writeNumberField(name, cell.value().getAsLong());
    } else {
      json.writeNullField(name);
    }
  }
}
