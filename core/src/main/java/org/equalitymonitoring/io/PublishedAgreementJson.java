package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.equalitymonitoring.agreement.Kappa;
import org.equalitymonitoring.agreement.PublishedAgreement;

/**
 * Writes the overall figures of a published agreement as JSON fields: {@code "compared"} (people
 * with a category in both sources, null if a total it comes from is suppressed) and {@code "kappa":
 * {"value", "standardError", "lower", "upper", "method"}} (null when not published).
 */
public final class PublishedAgreementJson {
  private PublishedAgreementJson() {}

  /**
   * Writes the fields into the object being written.
   *
   * @param published the agreement, not null
   * @param json a generator inside an object, not null
   * @throws IOException if writing fails
   */
  public static void writeFields(PublishedAgreement published, JsonGenerator json)
      throws IOException {
    requireNonNull(published, "published");
    requireNonNull(json, "json");
    if (published.compared().isPresent()) {
      json.writeNumberField("compared", published.compared().getAsLong());
    } else {
      json.writeNullField("compared");
    }
    if (published.kappa().isEmpty()) {
      json.writeNullField("kappa");
      return;
    }
    Kappa kappa = published.kappa().get();
    json.writeObjectFieldStart("kappa");
    json.writeNumberField("value", kappa.value());
    json.writeNumberField("standardError", kappa.standardError());
    json.writeNumberField("lower", kappa.interval().lower());
    json.writeNumberField("upper", kappa.interval().upper());
    json.writeStringField("method", Kappa.METHOD);
    json.writeEndObject();
  }
}
