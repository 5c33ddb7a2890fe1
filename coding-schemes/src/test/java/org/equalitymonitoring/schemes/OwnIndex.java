package org.equalitymonitoring.schemes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The ids that the project's own data index lists, read from the file names of its paths. */
final class OwnIndex {
  private OwnIndex() {}

  /**
   * Returns the ids of the listed resources, such as {@code nhs-ethnic-category-2001} for {@code
   * /org/equalitymonitoring/schemes/nhs-ethnic-category-2001.scheme.json}.
   */
  static List<String> ids(String... keys) {
    JsonNode index;
    try (InputStream in =
        OwnIndex.class.getResourceAsStream("/META-INF/equality-monitoring/index.json")) {
      index = new ObjectMapper().readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> ids = new ArrayList<>();
    for (String key : keys) {
      for (JsonNode path : index.get(key)) {
        String name = path.asText().substring(path.asText().lastIndexOf('/') + 1);
        ids.add(name.substring(0, name.indexOf('.')));
      }
    }
    return ids;
  }
}
