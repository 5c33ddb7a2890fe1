package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.TestSchemes;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.Equivalence;
import org.equalitymonitoring.mapping.Translation;
import org.junit.jupiter.api.Test;

class CrosswalkJsonTest {
  private final Scheme nhs = TestSchemes.nhs2001();

  private Crosswalk read(String rows) {
    String json =
        "{\"id\": \"identity\", \"title\": \"t\", \"version\": \"1\", \"publisher\": \"p\","
            + " \"source\": \"s\", \"licence\": \"l\", \"from\": \"nhs-ethnic-category-2001\","
            + " \"to\": \"nhs-ethnic-category-2001\", \"description\": \"d\",\n \"rows\": ["
            + rows
            + "]}";
    return CrosswalkJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "cw.json",
        id -> id.equals(nhs.id()) ? Optional.of(nhs) : Optional.empty());
  }

  @Test
  void readsRows() {
    Crosswalk crosswalk =
        read(
            "{\"from\": \"A\", \"to\": \"A\", \"equivalence\": \"EQUIVALENT\"},"
                + "{\"from\": \"Z\", \"equivalence\": \"UNMATCHED\", \"comment\": \"c\"}");
    assertThat(crosswalk.rows()).hasSize(2);
    assertThat(crosswalk.translate("A").rows().get(0).equivalence())
        .isEqualTo(Equivalence.EQUIVALENT);
    assertThat(crosswalk.translate("Z").outcome()).isEqualTo(Translation.Outcome.UNMATCHED);
  }

  @Test
  void reportsRowProblemsWithTheirLocation() {
    assertThatThrownBy(
            () ->
                read(
                    "\n{\"from\": \"A\", \"to\": \"Q\", \"equivalence\": \"BROADER\"},"
                        + "\n{\"from\": \"Z\", \"to\": \"A\", \"equivalence\": \"UNMATCHED\"},"
                        + "\n{\"from\": \"B\", \"equivalence\": \"BROADER\"}"))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "line 4, column 1, rows[1]: an UNMATCHED row has no 'to'",
                        "line 5, column 1, rows[2]: missing required field 'to'"));
    assertThatThrownBy(() -> read("{\"from\": \"A\", \"to\": \"Q\", \"equivalence\": \"BROADER\"}"))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e ->
                assertThat(e.problems())
                    .extracting(Problem::toString)
                    .containsExactly(
                        "line 2, column 31, rows[0].to: code 'Q' is not in"
                            + " 'nhs-ethnic-category-2001'"));
  }
}
