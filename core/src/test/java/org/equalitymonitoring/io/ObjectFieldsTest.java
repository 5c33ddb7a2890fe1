package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.equalitymonitoring.coding.CategoryKind;
import org.junit.jupiter.api.Test;

class ObjectFieldsTest {
  private final List<Problem> problems = new ArrayList<>();

  private ObjectFields fields(String json, String... allowed) {
    LocatedNode root =
        LocatedNode.parse(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    return ObjectFields.of(root, Set.of(allowed), problems).orElseThrow();
  }

  private List<String> messages() {
    return problems.stream().map(Problem::message).toList();
  }

  @Test
  void aValueThatIsNotAnObjectIsOneProblemWithItsType() {
    LocatedNode array =
        LocatedNode.parse(
            new ByteArrayInputStream("[1]".getBytes(StandardCharsets.UTF_8)), "t.json");
    assertThat(ObjectFields.of(array, Set.of(), problems)).isEmpty();
    assertThat(messages()).containsExactly("expected an object, got array");
  }

  @Test
  void listsEveryUnknownFieldWithTheAllowedOnesInOrder() {
    fields("{\"b\": 1, \"x\": 2, \"y\": 3}", "b", "a");
    assertThat(messages())
        .containsExactly(
            "unknown field 'x'; expected one of [a, b]",
            "unknown field 'y'; expected one of [a, b]");
  }

  @Test
  void readsAStringAndSaysWhyAValueIsNotOne() {
    ObjectFields fields =
        fields(
            "{\"s\": \"x\", \"n\": 3, \"blank\": \" \", \"nul\": null}", "s", "n", "blank", "nul");
    assertThat(fields.string("s", true)).contains("x");
    assertThat(fields.string("n", true)).isEmpty();
    assertThat(fields.string("blank", false)).isEmpty();
    assertThat(fields.string("nul", false)).isEmpty();
    assertThat(fields.string("absent", false)).isEmpty();
    assertThat(fields.string("nul", true)).isEmpty();
    assertThat(messages())
        .containsExactly(
            "'n' must be a string, got 3",
            "'blank' must not be blank",
            "missing required field 'nul'");
  }

  @Test
  void readsBooleansArraysAndStringLists() {
    ObjectFields fields =
        fields(
            "{\"t\": true, \"f\": false, \"s\": \"yes\", \"a\": [\"x\", 1, \"\", \"y\"], \"o\": {}}",
            "t",
            "f",
            "s",
            "a",
            "o");
    assertThat(fields.bool("t")).contains(true);
    assertThat(fields.bool("f")).contains(false);
    assertThat(fields.bool("absent")).isEmpty();
    assertThat(fields.bool("s")).isEmpty();
    assertThat(fields.strings("a")).containsExactly("x", "y");
    assertThat(fields.strings("absent")).isEmpty();
    assertThat(fields.array("o", false)).isEmpty();
    assertThat(fields.array("absent", true)).isEmpty();
    assertThat(fields.array("absent", false)).isEmpty();
    assertThat(messages())
        .containsExactly(
            "'s' must be true or false, got 'yes'",
            "expected a non-blank string, got 1",
            "expected a non-blank string, got ''",
            "'o' must be an array, got object",
            "missing required field 'absent'");
  }

  @Test
  void readsAnEnumConstantInAnyCaseAndListsTheConstantsOtherwise() {
    ObjectFields fields = fields("{\"k\": \"not_stated\", \"bad\": \"nope\"}", "k", "bad");
    assertThat(fields.constant("k", CategoryKind.class, true)).contains(CategoryKind.NOT_STATED);
    assertThat(fields.constant("bad", CategoryKind.class, true)).isEmpty();
    assertThat(fields.constant("absent", CategoryKind.class, false)).isEmpty();
    assertThat(messages())
        .containsExactly(
            "'bad' must be one of [SUBSTANTIVE, OTHER, NOT_STATED, NOT_KNOWN], got 'nope'");
  }

  @Test
  void quotesAtMostEightyCharactersOfAValue() {
    ObjectFields fields = fields("{\"b\": \"" + "v".repeat(500) + "\"}", "b");
    assertThat(fields.bool("b")).isEmpty();
    assertThat(messages())
        .containsExactly("'b' must be true or false, got '" + "v".repeat(80) + "\u2026'");
    assertThat(problems.get(0).line()).isEqualTo(1);
  }
}
