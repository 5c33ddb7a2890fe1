package org.equalitymonitoring.completeness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class WriteInTallyTest {
  @Test
  void findsTheLargestWriteInGroups() {
    WriteInTally tally = WriteInTally.create();
    tally.add("S", "Filipino").add("S", " filipino ").add("S", "FILIPINO").add("S", "Kurdish");
    WriteInTally other = WriteInTally.create().add("S", "Kurdish").add("S", "Latin  American");
    other.add("S", "Kurdish").add("L", "Afghan").add("S", "   ");
    tally.merge(other);
    assertThat(tally.largest("S", 2))
        .containsExactly(Map.entry("filipino", 3L), Map.entry("kurdish", 3L));
    assertThat(tally.largest("S", 10)).hasSize(3);
    assertThat(tally.codes()).containsExactly("L", "S");
    assertThat(tally.largest("P", 5)).isEmpty();
    assertThatThrownBy(() -> tally.largest("S", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be at least 1, got 0");
  }

  @Test
  void countingTextsTogetherEqualsCountingThemOneByOne() {
    WriteInTally together =
        WriteInTally.create()
            .add("S", "Filipino", 3)
            .add("S", " filipino", 2)
            .add("S", "Kurdish", 0)
            .add("S", "  ", 4);
    // 3 + 2 of one normalised text; a count of 0 and blank text add nothing
    assertThat(together.largest("S", 5)).containsExactly(Map.entry("filipino", 5L));
    assertThatThrownBy(() -> WriteInTally.create().add("S", "Filipino", -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a count is at least 0, got -1");
  }

  @Test
  void theLargestGroupAloneAndMergeChains() {
    WriteInTally tally =
        WriteInTally.create()
            .merge(WriteInTally.create().add("S", "Filipino").add("S", "Filipino"))
            .merge(WriteInTally.create().add("S", "Kurdish"));
    assertThat(tally.largest("S", 1)).containsExactly(Map.entry("filipino", 2L));
  }
}
