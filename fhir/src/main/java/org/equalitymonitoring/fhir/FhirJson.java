package org.equalitymonitoring.fhir;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.LenientErrorHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Writes and reads FHIR R4 resources as JSON with one shared HAPI {@link FhirContext}, which is
 * expensive to create and safe to share. Parsers are cheap and not thread-safe: each call makes its
 * own.
 */
public final class FhirJson {
  private FhirJson() {}

  /** Returns the shared R4 context. */
  public static FhirContext context() {
    return Holder.CONTEXT;
  }

  private static final class Holder {
    static final FhirContext CONTEXT = FhirContext.forR4();
  }

  /**
   * Writes a resource as indented JSON, followed by a line break.
   *
   * @param resource the resource, not null
   * @param out where to write; not closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(IBaseResource resource, Writer out) {
    requireNonNull(resource, "resource");
    requireNonNull(out, "out");
    try {
      out.write(context().newJsonParser().setPrettyPrint(true).encodeResourceToString(resource));
      out.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns a new lenient JSON parser that logs nothing: HAPI's default handler logs unknown
   * elements, and a log must never hold a person's ethnicity or identifiers.
   */
  static IParser parser() {
    return context().newJsonParser().setParserErrorHandler(new LenientErrorHandler(false));
  }
}
