package org.equalitymonitoring.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.equalitymonitoring.examples.LocalSubClassification.RolledUp;
import org.equalitymonitoring.io.Problem;
import org.junit.jupiter.api.Test;

/**
 * Checks the roll-ups against the parents written in {@code my-borough.scheme.json} and the NHS
 * Data Dictionary letters (L Any other Asian background, N African), and the error report against
 * the lines and columns of {@code my-borough-broken.scheme.json}, counted by hand.
 */
class LocalSubClassificationTest {
  @Test
  void filipinoRollsUpToAnyOtherAsianBackground() {
    RolledUp filipino = LocalSubClassification.recogniseAndRollUp("Filipino");
    assertThat(filipino.local().code()).isEqualTo("L1");
    assertThat(filipino.national().code()).isEqualTo("L");
    assertThat(filipino.national().label())
        .isEqualTo("Asian or Asian British - Any other Asian background");
  }

  @Test
  void alternativeLabelAndTwoLevelsRollUpToo() {
    assertThat(LocalSubClassification.recogniseAndRollUp(" pilipino ").local().code())
        .isEqualTo("L1");
    RolledUp somaliland = LocalSubClassification.recogniseAndRollUp("Somali (Somaliland)");
    assertThat(somaliland.local().code()).isEqualTo("N1A");
    assertThat(somaliland.national().code()).isEqualTo("N");
  }

  @Test
  void nationalCodesAreStillRecognised() {
    RolledUp indian = LocalSubClassification.recogniseAndRollUp("h");
    assertThat(indian.local().code()).isEqualTo("H");
    assertThat(indian.national()).isEqualTo(indian.local());
  }

  @Test
  void brokenCopyListsEveryProblemWithItsLocation() {
    List<Problem> problems = LocalSubClassification.problemsOfBrokenCopy();
    assertThat(problems)
        .extracting(Problem::line, Problem::column, Problem::path)
        .containsExactly(
            tuple(12L, 76, "categories[1].alternativeLabel"),
            tuple(14L, 14, "categories[3].code"),
            tuple(15L, 50, "categories[4].parent"),
            tuple(16L, 5, "categories[5]"));
    assertThat(problems)
        .extracting(Problem::message)
        .anySatisfy(m -> assertThat(m).contains("unknown field 'alternativeLabel'"))
        .anySatisfy(m -> assertThat(m).contains("duplicate code 'N1'"))
        .anySatisfy(m -> assertThat(m).contains("unknown parent code 'Q'"))
        .anySatisfy(m -> assertThat(m).contains("missing required field 'label'"));
  }

  @Test
  void mainRuns() {
    LocalSubClassification.main(new String[0]);
  }
}
