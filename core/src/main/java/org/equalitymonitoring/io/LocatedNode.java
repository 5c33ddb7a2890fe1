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
 * interpreting a document can say where it is. The path is worked out only for a problem: most
 * documents, such as the bundled schemes read at every start-up, have none.
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

  /** The object or array that holds this value; null for the document. */
  private final LocatedNode parent;

  /** The field name of this value in its parent object; null in an array or for the document. */
  private final String name;

  /** The index of this value in its parent array; -1 otherwise. */
  private final int index;

  final int line;
  final int column;
  final String text;
  final Map<String, LocatedNode> fields;
  final List<LocatedNode> elements;

  private LocatedNode(
      Type type,
      LocatedNode parent,
      String name,
      int index,
      JsonLocation location,
      String text,
      Map<String, LocatedNode> fields,
      List<LocatedNode> elements) {
    this.type = type;
    this.parent = parent;
    this.name = name;
    this.index = index;
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
      LocatedNode root = read(parser, null, null, -1);
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

  private static LocatedNode read(JsonParser parser, LocatedNode parent, String name, int index)
      throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    JsonToken token = parser.currentToken();
    switch (token) {
      case START_OBJECT:
        Map<String, LocatedNode> fields = new LinkedHashMap<>();
        LocatedNode object =
            new LocatedNode(
                Type.OBJECT,
                parent,
                name,
                index,
                at,
                null,
                Collections.unmodifiableMap(fields),
                List.of());
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String field = parser.currentName();
          parser.nextToken();
          fields.put(field, read(parser, object, field, -1));
        }
        return object;
      case START_ARRAY:
        List<LocatedNode> elements = new ArrayList<>();
        LocatedNode array =
            new LocatedNode(
                Type.ARRAY,
                parent,
                name,
                index,
                at,
                null,
                Map.of(),
                Collections.unmodifiableList(elements));
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          elements.add(read(parser, array, null, elements.size()));
        }
        return array;
      case VALUE_STRING:
        return new LocatedNode(
            Type.STRING, parent, name, index, at, parser.getText(), Map.of(), List.of());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new LocatedNode(
            Type.NUMBER, parent, name, index, at, parser.getText(), Map.of(), List.of());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return new LocatedNode(
            Type.BOOLEAN, parent, name, index, at, parser.getText(), Map.of(), List.of());
      default:
        return new LocatedNode(Type.NULL, parent, name, index, at, null, Map.of(), List.of());
    }
  }

  /** Returns the path of this value in the document, such as {@code categories[2].code}. */
  String path() {
    StringBuilder path = new StringBuilder();
    appendPath(path);
    return path.toString();
  }

  private void appendPath(StringBuilder path) {
    if (parent == null) {
      return;
    }
    parent.appendPath(path);
    if (name == null) {
      path.append('[').append(index).append(']');
    } else {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(name);
    }
  }

  Problem problem(String message) {
    return Problem.of(path(), line, column, message);
  }
}
