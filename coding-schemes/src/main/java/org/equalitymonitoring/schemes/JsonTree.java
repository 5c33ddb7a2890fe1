package org.equalitymonitoring.schemes;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads bundled JSON into the tree that {@code ObjectMapper.readTree} gives, with Jackson's
 * streaming parser and without an {@code ObjectMapper}: setting one up loads some 400 classes, a
 * few tenths of a second of every command's start-up.
 */
final class JsonTree {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private JsonTree() {}

  /**
   * Returns the document's value, or null if the stream is empty.
   *
   * @throws IOException if the stream cannot be read or is not JSON
   */
  static JsonNode read(InputStream in) throws IOException {
    try (JsonParser parser = FACTORY.createParser(in)) {
      return parser.nextToken() == null ? null : value(parser);
    }
  }

  /** Reads the value that starts at the parser's current token. */
  private static JsonNode value(JsonParser parser) throws IOException {
    switch (parser.currentToken()) {
      case START_OBJECT:
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, value(parser));
        }
        return object;
      case START_ARRAY:
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(value(parser));
        }
        return array;
      case VALUE_STRING:
        return NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT:
        switch (parser.getNumberType()) {
          case INT:
            return NODES.numberNode(parser.getIntValue());
          case LONG:
            return NODES.numberNode(parser.getLongValue());
          default:
            return NODES.numberNode(parser.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE:
      case VALUE_FALSE:
        return NODES.booleanNode(parser.getBooleanValue());
      default:
        return NODES.nullNode();
    }
  }
}
