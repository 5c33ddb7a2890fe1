package org.equalitymonitoring.fhir;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.hl7.fhir.instance.model.api.IBaseResource;

/**
 * Asserts that a resource holds everything a hand-written expected JSON file says: every field of
 * an expected object with an equal value, every array with the same length and matching elements in
 * order. Fields the expected file leaves out are not checked.
 */
final class JsonSubset {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonSubset() {}

  static JsonNode resource(String name) {
    try (InputStream in = JsonSubset.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static JsonNode json(IBaseResource resource) {
    try {
      return MAPPER.readTree(FhirJson.context().newJsonParser().encodeResourceToString(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertHolds(IBaseResource actual, String expectedResource) {
    check(resource(expectedResource), json(actual), "");
  }

  static void check(JsonNode expected, JsonNode actual, String path) {
    if (expected.isObject()) {
      if (!actual.isObject()) {
        fail("%s: expected an object, got %s", path, actual);
      }
      for (Map.Entry<String, JsonNode> field : expected.properties()) {
        JsonNode value = actual.get(field.getKey());
        if (value == null) {
          fail("%s.%s: missing, expected %s", path, field.getKey(), field.getValue());
        }
        check(field.getValue(), value, path + "." + field.getKey());
      }
    } else if (expected.isArray()) {
      if (!actual.isArray() || actual.size() != expected.size()) {
        fail("%s: expected %d elements, got %s", path, expected.size(), actual);
      }
      for (int i = 0; i < expected.size(); i++) {
        check(expected.get(i), actual.get(i), path + "[" + i + "]");
      }
    } else if (!expected.equals(actual)) {
      fail("%s: expected %s, got %s", path, expected, actual);
    }
  }
}
