package org.equalitymonitoring.schemes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@link JsonTree} reads the tree that Jackson's {@code ObjectMapper.readTree} reads. */
class JsonTreeTest {
  private static InputStream utf8(String json) {
    return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsEveryKindOfValueAsObjectMapperDoes() throws IOException {
    String json =
        "{\"schemes\": [\"/org/a.json\", \"b.json\"], \"nested\": {\"text\": \"Irish\","
            + " \"int\": 7, \"long\": 12345678901, \"big\": 123456789012345678901234567890,"
            + " \"float\": -2.5e3, \"yes\": true, \"no\": false, \"nothing\": null},"
            + " \"empty\": [], \"none\": {}}";

    assertThat(JsonTree.read(utf8(json))).isEqualTo(new ObjectMapper().readTree(json));
  }

  @Test
  void anEmptyStreamHasNoValue() throws IOException {
    assertThat(JsonTree.read(utf8(""))).isNull();
  }

  @Test
  void malformedOrCutShortJsonIsAnError() {
    assertThatThrownBy(() -> JsonTree.read(utf8("{\"schemes\": [\"a.json\"")))
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> JsonTree.read(utf8("{\"schemes\" \"a.json\"}")))
        .isInstanceOf(IOException.class);
  }
}
