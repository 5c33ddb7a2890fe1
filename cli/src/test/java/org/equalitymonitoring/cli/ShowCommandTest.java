package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ShowCommandTest {
  @Test
  void showsTheHierarchyAsJson() throws IOException {
    CommandRun run = CommandRun.run("", "show", "nhs-ethnic-category-2001", "--format", "json");
    assertThat(run.exitCode).isZero();
    JsonNode categories = new ObjectMapper().readTree(run.out).get("categories");
    JsonNode chinese = null;
    for (JsonNode category : categories) {
      if (category.get("code").asText().equals("R")) {
        chinese = category;
      }
    }
    // In the 2001 scheme Chinese is under Other Ethnic Groups (SCHEMES.md §1.2).
    assertThat(chinese.get("heading").asText()).isEqualTo("Other Ethnic Groups");
    assertThat(chinese.get("parent").asText()).isEqualTo("Other Ethnic Groups");
    assertThat(chinese.get("kind").asText()).isEqualTo("SUBSTANTIVE");
  }

  @Test
  void showsTheHierarchyAsText() {
    CommandRun run = CommandRun.run("", "show", "ukcore-ethnic-category-wales");
    assertThat(run.exitCode).isZero();
    assertThat(run.out).contains("B  Gypsy or Irish Traveller  [SUBSTANTIVE; parent -; heading B]");
  }

  @Test
  void listsValidIdsForAnUnknownScheme() {
    CommandRun run = CommandRun.run("", "show", "census");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err)
        .contains("unknown scheme 'census'; valid ids:", "ons-census-2021-england-wales");
  }
}
