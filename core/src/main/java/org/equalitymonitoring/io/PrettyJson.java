package org.equalitymonitoring.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Writes one JSON document, pretty-printed and followed by a line break, to a writer it leaves
 * open: the common form of the result writers of this package.
 */
final class PrettyJson {
  private static final JsonFactory FACTORY = new JsonFactory();

  /** What the document holds. */
  @FunctionalInterface
  interface Body {
    void write(JsonGenerator json) throws IOException;
  }

  private PrettyJson() {}

  /**
   * Writes a document.
   *
   * @throws UncheckedIOException if writing fails
   */
  static void write(Writer out, Body body) {
    try (JsonGenerator json =
        FACTORY
            .createGenerator(out)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .useDefaultPrettyPrinter()) {
      body.write(json);
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
