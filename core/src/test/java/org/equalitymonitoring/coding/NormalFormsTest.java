package org.equalitymonitoring.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The comparison of a stored key with a form of part of a value, streamed over the value's
 * characters, on hand-picked cases: the lookups call it only after a hash matches, so a wrong
 * answer there would show only on a hash collision.
 */
class NormalFormsTest {
  private enum Form {
    FOLDED,
    LABEL_KEY
  }

  private static boolean equals(Form form, String key, String value) {
    int start = NormalForms.stripStart(value);
    int end = NormalForms.stripEnd(value, start);
    return form == Form.FOLDED
        ? NormalForms.foldedEquals(key.toCharArray(), value)
        : NormalForms.labelKeyEquals(key.toCharArray(), value, start, end);
  }

  @Test
  void aFoldedFormIgnoresCaseButNotPunctuationOrLength() {
    assertThat(equals(Form.FOLDED, "AB", " ab ")).isTrue();
    assertThat(equals(Form.FOLDED, "AB", "ac")).isFalse();
    assertThat(equals(Form.FOLDED, "AB", "a.b")).isFalse();
    assertThat(equals(Form.FOLDED, "AB", "a")).isFalse();
    assertThat(equals(Form.FOLDED, "A", "ab")).isFalse();
  }

  @Test
  void aLabelKeyIsTheWordsInLowerCaseJoinedBySingleSpaces() {
    assertThat(equals(Form.LABEL_KEY, "white british", "White - British")).isTrue();
    assertThat(equals(Form.LABEL_KEY, "white british", "  WHITE,british. ")).isTrue();
    // a separator at either end adds no space
    assertThat(equals(Form.LABEL_KEY, "white", "-white-")).isTrue();
    assertThat(equals(Form.LABEL_KEY, "white british", "whitebritish")).isFalse();
    assertThat(equals(Form.LABEL_KEY, "whitebritish", "white british")).isFalse();
    assertThat(equals(Form.LABEL_KEY, "white", "white british")).isFalse();
    assertThat(equals(Form.LABEL_KEY, "white british", "white")).isFalse();
    assertThat(equals(Form.LABEL_KEY, "white irish", "white british")).isFalse();
    assertThat(equals(Form.LABEL_KEY, "white", "white ")).isTrue();
    assertThat(equals(Form.LABEL_KEY, "a b", "a-c")).isFalse();
    assertThat(equals(Form.LABEL_KEY, "ab", "a b")).isFalse();
  }

  @Test
  void theLabelHashOfAnAsciiValueIsThatOfItsLettersAndDigitsInLowerCase() {
    String value = "  Asian or Asian British: Indian ";
    int start = NormalForms.stripStart(value);
    int end = NormalForms.stripEnd(value, start);
    int expected = "asianorasianbritishindian".hashCode();
    assertThat(NormalForms.asciiLabelHash(value, start, end)).isEqualTo(expected & 0xFFFFFFFFL);
    assertThat(NormalForms.labelHash("asian or asian british indian")).isEqualTo(expected);
    assertThat(NormalForms.asciiLabelHash("Ünïcode", 0, 7)).isEqualTo(NormalForms.NOT_ASCII);
    assertThat(NormalForms.asciiLabelHash("a\u0100", 0, 1)).isEqualTo('a');
  }
}
