package org.equalitymonitoring.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value with the path, line and column it was read from, so that every problem found while
 * interpreting a document can say where it is.
 */
final class LocatedNode {
  enum Type {
    OBJECT,
    ARRAY,
    STRING,
    NUMBER,
    BOOLEAN,
    NULL
  }

  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  final Type type;
  final String path;
  final int line;
  final int column;
  final String text;
  final Map<String, LocatedNode> fields;
  final List<LocatedNode> elements;

  private LocatedNode(
      Type type,
      String path,
      JsonLocation location,
      String text,
      Map<String, LocatedNode> fields,
      List<LocatedNode> elements) {
    this.type = type;
    this.path = path;
    this.line = location.getLineNr();
    this.column = location.getColumnNr();
    this.text = text;
    this.fields = fields;
    this.elements = elements;
  }

  /**
   * Parses a whole document.
   *
   * @throws JsonFormatException for malformed JSON, with the location of the error
   * @throws UncheckedIOException if the stream cannot be read
   */
  static LocatedNode parse(InputStream in, String source) {
    try (JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonFormatException(
            source, List.of(Problem.of("", 1, 1, "the file is empty; expected a JSON object")));
      }
      LocatedNode root = read(parser, "");
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        throw new JsonFormatException(
            source,
            List.of(
                Problem.of(
                    "",
                    at.getLineNr(),
                    at.getColumnNr(),
                    "unexpected content after the document")));
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new JsonFormatException(
          source,
          List.of(
              Problem.of(
                  "",
                  at == null ? 1 : at.getLineNr(),
                  at == null ? 1 : at.getColumnNr(),
                  "malformed JSON: " + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
  }

  private static LocatedNode read(JsonParser parser, String path) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, LocatedNode> fields = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          fields.put(name, read(parser, path.isEmpty() ? name : path + "." + name));
        }
        return new LocatedNode(
            Type.OBJECT, path, at, null, Collections.unmodifiableMap(fields), List.of());
      case START_ARRAY:
        List<LocatedNode> elements = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(parser, path + "[" + elements.size() + "]"));
        }
        return new LocatedNode(
            Type.ARRAY, path, at, null, Map.of(), Collections.unmodifiableList(elements));
      case VALUE_STRING:
        return new LocatedNode(Type.STRING, path, at, parser.getText(), Map.of(), List.of());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new LocatedNode(Type.NUMBER, path, at, parser.getText(), Map.of(), List.of());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new LocatedNode(Type.BOOLEAN, path, at, parser.getText(), Map.of(), List.of());
      default:
        return new LocatedNode(Type.NULL, path, at, null, Map.of(), List.of());
    }
  }

  Problem problem(String message) {
    return Problem.of(path, line, column, message);
  }
}
