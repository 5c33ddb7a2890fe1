package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class SchemesCommandTest {
  @Test
  void listsSchemesAndCrosswalksAsJson() throws IOException {
    CommandRun run = CommandRun.run("", "schemes", "--format", "json");
    assertThat(run.exitCode).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out);
    JsonNode nhs = json.get("schemes").get(0);
    assertThat(nhs.get("id").asText()).isEqualTo("nhs-ethnic-category-2001");
    // 16 national codes, Z and 99 (NHS Data Dictionary ETHNIC CATEGORY).
    assertThat(nhs.get("categories").asInt()).isEqualTo(18);
    assertThat(nhs.get("status").asText()).isEqualTo("active");
    JsonNode opensafely = json.get("crosswalks").get(0);
    assertThat(opensafely.get("id").asText()).isEqualTo("opensafely-snomed-to-nhs-2001");
    assertThat(opensafely.get("rows").asInt()).isEqualTo(599);
  }

  @Test
  void listsSchemesAsText() {
    CommandRun run = CommandRun.run("", "schemes");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("ukcore-ethnic-category-scotland", "retired", "gdppr-to-nhs-2001");
  }
}
