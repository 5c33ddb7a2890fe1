package org.equalitymonitoring.fhir;

import static java.util.Objects.requireNonNull;

import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.equalitymonitoring.io.JsonFormatException;
import org.equalitymonitoring.io.Problem;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Patient;

/**
 * Reads Patient resources one at a time from a FHIR bulk-export NDJSON file (one resource per line)
 * or a Bundle in JSON, so that memory holds one resource, never the file. Resources of other types
 * (an Organization in a Bundle, say) are skipped and counted.
 *
 * <p>A line or entry that is not a FHIR R4 resource stops reading with a {@link
 * JsonFormatException} that names its line and column and quotes at most 80 characters of the
 * parser's message, never the record. Not thread-safe.
 */
public final class PatientReader implements Closeable {
  /**
   * Holds the mapper, set up when a file is first read: setting one up loads some 400 classes,
   * which a command that only asks {@link #isPatientFile} does not need.
   */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  /** The most bytes {@link #detecting} reads ahead. */
  static final int LOOK_AHEAD = 1 << 20;

  private final String source;
  private final IParser parser = FhirJson.parser();
  private final BufferedReader lines;
  private final JsonParser bundle;
  private long line;
  private long skipped;
  private boolean inEntries;
  private boolean finished;

  private PatientReader(String source, BufferedReader lines, JsonParser bundle) {
    this.source = source;
    this.lines = lines;
    this.bundle = bundle;
  }

  /**
   * Returns whether a file name is read as FHIR patients: it ends in {@code .ndjson} (bulk export)
   * or {@code .json} (a Bundle), ignoring case.
   *
   * @param name a file name, not null
   * @return true for such a name
   */
  public static boolean isPatientFile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return lower.endsWith(".ndjson") || lower.endsWith(".json");
  }

  /**
   * Returns a reader chosen by the file name: NDJSON for {@code .ndjson}, a Bundle otherwise.
   *
   * @param in the UTF-8 content; closed by {@link #close()}
   * @param name the file name, for the format and for messages
   * @return the reader
   */
  public static PatientReader open(InputStream in, String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(".ndjson") ? ndjson(in, name) : bundle(in, name);
  }

  /**
   * Returns a reader chosen by the content, for a stream without a file name such as standard
   * input: NDJSON when its first line that is not blank is a whole JSON object other than a Bundle,
   * a Bundle otherwise. At most {@value #LOOK_AHEAD} bytes are read ahead to tell.
   *
   * @param in the UTF-8 content; closed by {@link #close()}
   * @param source the name of the stream, for messages
   * @return the reader
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static PatientReader detecting(InputStream in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    InputStream marked = in.markSupported() ? in : new BufferedInputStream(in, 1 << 16);
    try {
      return isNdjson(marked) ? ndjson(marked, source) : bundle(marked, source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the first line that is not blank is a whole JSON object other than a Bundle. */
  private static boolean isNdjson(InputStream in) throws IOException {
    in.mark(LOOK_AHEAD);
    try {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int read = 0;
      int next;
      while ((next = in.read()) != -1) {
        if (++read == LOOK_AHEAD) {
          return false;
        }
        if (next == '\n') {
          if (!line.toString(StandardCharsets.UTF_8).isBlank()) {
            break;
          }
          line.reset();
        } else {
          line.write(next);
        }
      }
      JsonNode first;
      try {
        first = Json.MAPPER.readTree(line.toByteArray());
      } catch (JsonProcessingException e) {
        return false; // the start of a pretty-printed Bundle, or not JSON at all
      }
      return first != null
          && first.isObject()
          && !"Bundle".equals(first.path("resourceType").asText());
    } finally {
      in.reset();
    }
  }

  /**
   * Returns a reader of bulk-export NDJSON: one resource per line; blank lines are skipped.
   *
   * @param in the UTF-8 content; closed by {@link #close()}
   * @param source the name of the file, for messages
   * @return the reader
   */
  public static PatientReader ndjson(InputStream in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    return new PatientReader(
        source,
        new BufferedReader(
            new InputStreamReader(
                in,
                StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)),
            1 << 16),
        null);
  }

  /**
   * Returns a reader of a Bundle in JSON, whose entries are read one by one.
   *
   * @param in the UTF-8 content; closed by {@link #close()}
   * @param source the name of the file, for messages
   * @return the reader
   * @throws JsonFormatException if the document does not start as a JSON object
   */
  public static PatientReader bundle(InputStream in, String source) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    try {
      return new PatientReader(source, null, Json.MAPPER.getFactory().createParser(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the number of resources read that were not Patients. */
  public long skipped() {
    return skipped;
  }

  /**
   * Returns the next Patient.
   *
   * @return the patient, or empty at the end of the file
   * @throws JsonFormatException if a line or entry is not a FHIR R4 resource, or a Bundle file is
   *     not a Bundle
   * @throws UncheckedIOException if the file cannot be read
   */
  public Optional<Patient> next() {
    try {
      while (!finished) {
        Optional<IBaseResource> resource = lines != null ? nextLine() : nextEntry();
        if (resource.isEmpty()) {
          finished = true;
        } else if (resource.get() instanceof Patient) {
          return Optional.of((Patient) resource.get());
        } else {
          skipped++;
        }
      }
      return Optional.empty();
    } catch (CharacterCodingException e) {
      throw fail(line + 1, 1, "", "the file is not UTF-8 text");
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw fail(
          at == null ? 1 : at.getLineNr(),
          at == null ? 1 : at.getColumnNr(),
          "",
          "malformed JSON: " + shorten(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Optional<IBaseResource> nextLine() throws IOException {
    String text;
    do {
      text = lines.readLine();
      line++;
    } while (text != null && text.isBlank());
    if (text == null) {
      return Optional.empty();
    }
    return Optional.of(parse(text, line, 1, ""));
  }

  private Optional<IBaseResource> nextEntry() throws IOException {
    if (!inEntries && !toEntries()) {
      return Optional.empty();
    }
    while (true) {
      JsonToken token = bundle.nextToken();
      if (token == JsonToken.END_ARRAY) {
        inEntries = false;
        toEnd();
        return Optional.empty();
      }
      JsonLocation at = bundle.currentTokenLocation();
      JsonNode entry = Json.MAPPER.readTree(bundle);
      JsonNode resource = entry == null ? null : entry.get("resource");
      if (resource != null) {
        return Optional.of(
            parse(resource.toString(), at.getLineNr(), at.getColumnNr(), "entry.resource"));
      }
    }
  }

  /** Moves to the first entry; false when the Bundle has none. */
  private boolean toEntries() throws IOException {
    if (bundle.nextToken() != JsonToken.START_OBJECT) {
      throw fail(1, 1, "", "expected a FHIR Bundle, a JSON object");
    }
    while (bundle.nextToken() == JsonToken.FIELD_NAME) {
      String field = bundle.currentName();
      JsonToken value = bundle.nextToken();
      if (field.equals("entry") && value == JsonToken.START_ARRAY) {
        inEntries = true;
        return true;
      }
      checkField(field);
      bundle.skipChildren();
    }
    return false;
  }

  /** Reads the fields after the entries, to check the resource type. */
  private void toEnd() throws IOException {
    while (bundle.nextToken() == JsonToken.FIELD_NAME) {
      String field = bundle.currentName();
      bundle.nextToken();
      checkField(field);
      bundle.skipChildren();
    }
  }

  private void checkField(String field) throws IOException {
    if (field.equals("resourceType") && !"Bundle".equals(bundle.getValueAsString())) {
      JsonLocation at = bundle.currentTokenLocation();
      throw fail(
          at.getLineNr(),
          at.getColumnNr(),
          "resourceType",
          "expected a Bundle, got '" + shorten(bundle.getValueAsString()) + "'");
    }
  }

  private IBaseResource parse(String json, long atLine, int atColumn, String path) {
    try {
      return parser.parseResource(json);
    } catch (DataFormatException e) {
      throw fail(atLine, atColumn, path, "not a FHIR R4 resource: " + shorten(e.getMessage()));
    }
  }

  private JsonFormatException fail(long atLine, int atColumn, String path, String message) {
    return JsonFormatException.of(
        source,
        List.of(
            Problem.of(
                path, (int) Math.min(atLine, Integer.MAX_VALUE), Math.max(atColumn, 1), message)));
  }

  private static String shorten(String text) {
    String value = text == null ? "" : text.strip();
    return value.length() <= 80 ? value : value.substring(0, 80) + "...";
  }

  @Override
  public void close() {
    try {
      if (lines != null) {
        lines.close();
      } else {
        bundle.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
