package org.equalitymonitoring.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.equalitymonitoring.io.Problem;
import org.junit.jupiter.api.Test;

class JsonLocationsTest {
  private static final String DOCUMENT =
      "{\n"
          + "  \"concept\": [\n"
          + "    { \"code\": \"C1\" },\n"
          + "    { \"code\": \"L1\" }\n  ]\n}";

  @Test
  void findsTheValueAPointerNames() throws JsonProcessingException {
    List<Problem> problems = new ArrayList<>();

    JsonLocations.of(DOCUMENT.getBytes(StandardCharsets.UTF_8))
        .add(problems, "/concept/1/code", "here");

    // Line 4 is `    { "code": "L1" }`: the value "L1" starts at column 15.
    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly("line 4, column 15, concept[1].code: here");
  }

  @Test
  void aMissingFieldIsReportedAtItsObject() throws JsonProcessingException {
    List<Problem> problems = new ArrayList<>();

    JsonLocations.of(DOCUMENT.getBytes(StandardCharsets.UTF_8))
        .add(problems, "/concept/0/display", "missing");

    assertThat(problems)
        .extracting(Problem::toString)
        .containsExactly("line 3, column 5, concept[0]: missing");
  }

  @Test
  void pathsReadAsTheJsonLoadersWriteThem() {
    assertThat(JsonLocations.path("/compose/include/2/concept/0/code"))
        .isEqualTo("compose.include[2].concept[0].code");
    assertThat(JsonLocations.path("")).isEmpty();
  }
}
