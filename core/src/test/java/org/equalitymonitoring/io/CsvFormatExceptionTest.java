package org.equalitymonitoring.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvFormatExceptionTest {
  @Test
  void theMessageNamesTheFileAndTheLineWhenThereIsOne() {
    assertThat(new CsvFormatException("x.csv", 7, "bad").getMessage())
        .isEqualTo("x.csv: line 7: bad");
    assertThat(new CsvFormatException("x.csv", 0, "file not found").getMessage())
        .isEqualTo("x.csv: file not found");
  }

  @Test
  void listsItsOneProblemAsEveryLoaderDoes() {
    assertThat(new CsvFormatException("x.csv", 7, "bad").problems())
        .containsExactly(Problem.atLine(7, "bad"));
  }

  @Test
  void quotesAShortValueWhole() {
    assertThat(CsvFormatException.quote("")).isEqualTo("''");
    assertThat(CsvFormatException.quote("Ward 1")).isEqualTo("'Ward 1'");
    assertThat(CsvFormatException.quote("x".repeat(80))).isEqualTo("'" + "x".repeat(80) + "'");
  }

  @Test
  void cutsALongValueAfterEightyCharactersWithAnEllipsis() {
    assertThat(CsvFormatException.quote("x".repeat(81)))
        .isEqualTo("'" + "x".repeat(80) + "\u2026'");
    assertThat(CsvFormatException.quote("y".repeat(5_000_000))).hasSize(83);
  }

  @Test
  void neverCutsACharacterOutsideTheBasicPlaneInHalf() {
    // U+1F600 is two chars; starting at index 79 it would straddle the cut.
    String value = "x".repeat(79) + "\uD83D\uDE00" + "z";
    assertThat(CsvFormatException.quote(value)).isEqualTo("'" + "x".repeat(79) + "\u2026'");
  }

  @Test
  void writesControlCharactersAsEscapesSoThatAMessageStaysOneLine() {
    assertThat(CsvFormatException.quote("a\nb\r\tc\u001b[31m\u007f"))
        .isEqualTo("'a\\u000ab\\u000d\\u0009c\\u001b[31m\\u007f'");
  }
}
