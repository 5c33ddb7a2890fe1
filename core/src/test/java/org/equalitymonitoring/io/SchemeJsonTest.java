package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeStatus;
import org.equalitymonitoring.coding.TestSchemes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemeJsonTest {
  private final Scheme nhs = TestSchemes.nhs2001();

  private Scheme read(String json) {
    return SchemeJson.read(
        new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
        "test.json",
        id -> id.equals(nhs.id()) ? Optional.of(nhs) : Optional.empty());
  }

  @Test
  void readsAScheme() {
    Scheme scheme =
        read(
            "{\"id\": \"wales\", \"title\": \"Wales\", \"version\": \"1.1.1\", \"publisher\": \"HL7 UK\","
                + " \"source\": \"s\", \"licence\": \"HL7 UK\","
                + " \"system\": \"https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryWales\","
                + " \"status\": \"retired\", \"caseSensitive\": false,"
                + " \"legacyValues\": [{\"value\": \"X\", \"kind\": \"NOT_KNOWN\", \"note\": \"n\"}],"
                + " \"categories\": ["
                + "  {\"code\": \"White\", \"label\": \"White\", \"selectable\": false},"
                + "  {\"code\": \"B\", \"label\": \"Gypsy or Irish Traveller\", \"parent\": \"White\","
                + "   \"alternativeLabels\": [\"Traveller\"]},"
                + "  {\"code\": \"Z\", \"label\": \"Not stated\", \"kind\": \"not_stated\"}]}");
    assertThat(scheme.id()).isEqualTo("wales");
    assertThat(scheme.info().status()).isEqualTo(SchemeStatus.RETIRED);
    assertThat(scheme.info().caseSensitive()).isFalse();
    assertThat(scheme.info().system())
        .contains("https://fhir.hl7.org.uk/CodeSystem/UKCore-EthnicCategoryWales");
    assertThat(scheme.requireCategory("b").alternativeLabels()).containsExactly("Traveller");
    assertThat(scheme.requireCategory("White").selectable()).isFalse();
    assertThat(scheme.requireCategory("Z").kind()).isEqualTo(CategoryKind.NOT_STATED);
    assertThat(scheme.legacyValues().get(0).code()).isEmpty();
  }

  @Test
  void readsALocalSchemeThatExtendsAnother() {
    Scheme borough =
        read(
            "{\"id\": \"borough\", \"extends\": \"nhs-ethnic-category-2001\", \"title\": \"t\","
                + " \"version\": \"1\", \"publisher\": \"p\", \"source\": \"s\", \"licence\": \"l\","
                + " \"categories\": [{\"code\": \"L1\", \"label\": \"Filipino\", \"parent\": \"L\"}]}");
    assertThat(borough.rollUpToBase(borough.requireCategory("L1")).code()).isEqualTo("L");
    assertThat(borough.categories()).hasSize(nhs.categories().size() + 1);
  }

  @Test
  void reportsEveryProblemWithItsLocation() {
    String json =
        String.join(
            "\n",
            "{\"id\": \"borough\", \"extends\": \"nhs-ethnic-category-2001\", \"title\": \"t\",",
            " \"version\": \"1\", \"publisher\": \"p\", \"source\": \"s\", \"licence\": \"l\",",
            " \"colour\": \"red\",",
            " \"categories\": [",
            "  {\"code\": \"L1\", \"label\": \"Filipino\", \"parent\": \"Q\"},",
            "  {\"code\": \"L1\", \"label\": \"Filipino again\", \"parent\": \"L\"},",
            "  {\"code\": \"N1\", \"parent\": \"L\"},",
            "  {\"code\": \"S1\", \"label\": \"a\", \"parent\": \"S2\"},",
            "  {\"code\": \"S2\", \"label\": \"b\", \"parent\": \"S1\", \"kind\": \"WEIRD\"}",
            " ]}");
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e -> {
              assertThat(e.source()).isEqualTo("test.json");
              assertThat(e.problems())
                  .extracting(Problem::toString)
                  .containsExactly(
                      "line 3, column 12, colour: unknown field 'colour'; expected one of"
                          + " [caseSensitive, categories, extends, firstCharacterIsNational, id,"
                          + " legacyValues, licence, publisher, source, status, system, title,"
                          + " version]",
                      "line 5, column 49, categories[0].parent: unknown parent code 'Q' of code"
                          + " 'L1'",
                      "line 6, column 12, categories[1].code: duplicate code 'L1'",
                      "line 7, column 3, categories[2]: missing required field 'label'",
                      "line 8, column 42, categories[3].parent: code 'S1' is in a cycle of"
                          + " parents [S1, S2]",
                      "line 9, column 42, categories[4].parent: code 'S2' is in a cycle of"
                          + " parents [S1, S2]",
                      "line 9, column 56, categories[4].kind: 'kind' must be one of [SUBSTANTIVE,"
                          + " OTHER, NOT_STATED, NOT_KNOWN], got 'WEIRD'");
            });
  }

  @Test
  void reportsEachLineOfATwentyThousandLongCycleOnce() {
    StringBuilder json =
        new StringBuilder(
            "{\"id\": \"cycle\", \"title\": \"t\", \"version\": \"1\", \"publisher\": \"p\","
                + " \"source\": \"s\", \"licence\": \"l\", \"categories\": [");
    for (int i = 0; i < 20_000; i++) {
      // One category a line from line 2; C0's parent is C19999, which closes the cycle.
      json.append(i == 0 ? "\n" : ",\n")
          .append("{\"code\": \"C")
          .append(i)
          .append("\", \"label\": \"l\", \"parent\": \"C")
          .append(i == 0 ? 19_999 : i - 1)
          .append("\"}");
    }
    json.append("]}");
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            assertThatThrownBy(() -> read(json.toString()))
                .isInstanceOfSatisfying(
                    JsonFormatException.class,
                    e -> {
                      assertThat(e.problems()).hasSize(20_000);
                      assertThat(e.problems().get(19_999).toString())
                          .isEqualTo(
                              "line 20001, column 44, categories[19999].parent: code 'C19999' is in"
                                  + " a cycle of 20000 parents [C19999, C19998, C19997, C19996,"
                                  + " C19995, C19994, C19993, C19992, C19991, C19990, ...]");
                    }));
  }

  @Test
  void reportsMalformedJsonWithItsLocation() {
    assertThatThrownBy(() -> read("{\"id\": \"x\",\n \"title\": }"))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e -> {
              assertThat(e.problems()).hasSize(1);
              assertThat(e.problems().get(0).line()).isEqualTo(2);
              assertThat(e.problems().get(0).message()).startsWith("malformed JSON");
            });
    assertThatThrownBy(() -> read(""))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("the file is empty");
    assertThatThrownBy(() -> read("[]"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("expected an object, got array");
  }

  @Test
  void reportsAnUnknownBaseScheme() {
    assertThatThrownBy(
            () ->
                read(
                    "{\"id\": \"b\", \"extends\": \"nope\", \"title\": \"t\", \"version\": \"1\","
                        + " \"publisher\": \"p\", \"source\": \"s\", \"licence\": \"l\","
                        + " \"categories\": [{\"code\": \"L1\", \"label\": \"F\", \"parent\": \"L\"}]}"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("extends: unknown base scheme 'nope'");
  }

  @Test
  void rejectsDuplicateKeys() {
    assertThatThrownBy(() -> read("{\"id\": \"a\", \"id\": \"b\"}"))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("Duplicate field 'id'");
  }

  private static final String MINIMAL =
      "{\"id\": \"m\", \"title\": \"t\", \"version\": \"1\", \"publisher\": \"p\","
          + " \"source\": \"s\", \"licence\": \"l\", \"firstCharacterIsNational\": true,"
          + " \"categories\": [{\"code\": \"A\", \"label\": \"A\"}]}";

  @Test
  void readsASchemeFileAndItsNationalFirstCharacterFlag(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("m.json");
    Files.writeString(file, MINIMAL);
    Scheme scheme = SchemeJson.read(file, id -> Optional.empty());
    assertThat(scheme.id()).isEqualTo("m");
    assertThat(scheme.info().firstCharacterIsNational()).isTrue();
    assertThatThrownBy(() -> SchemeJson.read(dir.resolve("none.json"), id -> Optional.empty()))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessage("cannot read scheme file " + dir.resolve("none.json"));
  }

  @Test
  void anEmptyCategoryListIsOneProblemWhetherOrNotTheRestOfTheSchemeIsValid() {
    String empty = MINIMAL.replace("[{\"code\": \"A\", \"label\": \"A\"}]", "[]");
    assertThatThrownBy(() -> read(empty))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "test.json: 1 problem\n"
                + "  line 1, column 140, categories: a scheme needs at least one category");
    assertThatThrownBy(() -> read(empty.replace("\"title\": \"t\", ", "")))
        .isInstanceOf(JsonFormatException.class)
        .hasMessage(
            "test.json: 2 problems\n"
                + "  line 1, column 1, (document): missing required field 'title'\n"
                + "  line 1, column 126, categories: a scheme needs at least one category");
  }

  @Test
  void anUnknownFieldIsQuotedCutToEightyCharacters() {
    String name = "f".repeat(100);
    assertThatThrownBy(() -> read(MINIMAL.replace("\"id\"", "\"" + name + "\": 1, \"id\"")))
        .isInstanceOf(JsonFormatException.class)
        .hasMessageContaining("unknown field '" + "f".repeat(80) + "\u2026'; expected one of");
  }
}
