package org.equalitymonitoring.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.equalitymonitoring.io.Problem;

/**
 * The line and column of every value of a JSON document, by JSON pointer ({@code /concept/3/code}),
 * so that a problem found in the parsed FHIR resource is reported where it is in the file, as the
 * project's JSON loaders report.
 */
final class JsonLocations {
  private static final JsonFactory FACTORY = new JsonFactory();

  private final Map<String, JsonLocation> locations;

  private JsonLocations(Map<String, JsonLocation> locations) {
    this.locations = locations;
  }

  /**
   * Reads the locations of a document.
   *
   * @throws JsonProcessingException if the text is not JSON, with the location of the error
   */
  static JsonLocations of(byte[] json) throws JsonProcessingException {
    Map<String, JsonLocation> locations = new HashMap<>();
    try (JsonParser parser = FACTORY.createParser(json)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.FIELD_NAME
            || token == JsonToken.END_OBJECT
            || token == JsonToken.END_ARRAY) {
          continue;
        }
        JsonStreamContext context = parser.getParsingContext();
        if (token.isStructStart()) {
          context = context.getParent();
        }
        locations.putIfAbsent(context.pathAsPointer().toString(), parser.currentTokenLocation());
      }
    } catch (JsonProcessingException e) {
      throw e;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new JsonLocations(locations);
  }

  /**
   * Adds a problem at the value a pointer names, or at its nearest enclosing value that exists (the
   * object that lacks a field, for a missing field).
   */
  void add(List<Problem> problems, String pointer, String message) {
    String at = pointer;
    while (!locations.containsKey(at) && !at.isEmpty()) {
      at = at.substring(0, at.lastIndexOf('/'));
    }
    JsonLocation location = locations.getOrDefault(at, JsonLocation.NA);
    problems.add(
        Problem.of(
            path(at),
            Math.max(location.getLineNr(), 1),
            Math.max(location.getColumnNr(), 1),
            message));
  }

  /** Returns {@code concept[3].code} for {@code /concept/3/code}. */
  static String path(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String part : pointer.split("/")) {
      if (part.isEmpty()) {
        continue;
      }
      if (part.chars().allMatch(Character::isDigit)) {
        path.append('[').append(part).append(']');
      } else {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(part);
      }
    }
    return path.toString();
  }
}
