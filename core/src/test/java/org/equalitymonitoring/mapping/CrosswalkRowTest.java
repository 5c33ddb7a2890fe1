package org.equalitymonitoring.mapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class CrosswalkRowTest {
  @Test
  void holdsAMappedRow() {
    CrosswalkRow row = CrosswalkRow.of("C", "15", Equivalence.INEXACT, Optional.of("convention"));
    assertThat(row.sourceCode()).isEqualTo("C");
    assertThat(row.targetCode()).contains("15");
    assertThat(row.equivalence()).isEqualTo(Equivalence.INEXACT);
    assertThat(row.comment()).contains("convention");
    assertThat(row).hasToString("C -> 15 INEXACT");
  }

  @Test
  void holdsAnUnmatchedRowWithoutTarget() {
    CrosswalkRow row = CrosswalkRow.unmatched("Z", Optional.empty());
    assertThat(row.targetCode()).isEmpty();
    assertThat(row.equivalence()).isEqualTo(Equivalence.UNMATCHED);
    assertThat(row).hasToString("Z -> (none) UNMATCHED");
  }

  @Test
  void isEqualWhenEveryFieldIs() {
    CrosswalkRow row = CrosswalkRow.of("C", "15", Equivalence.INEXACT, Optional.empty());
    assertThat(row)
        .isEqualTo(CrosswalkRow.of("C", "15", Equivalence.INEXACT, Optional.empty()))
        .hasSameHashCodeAs(CrosswalkRow.of("C", "15", Equivalence.INEXACT, Optional.empty()))
        .isNotEqualTo(CrosswalkRow.of("B", "15", Equivalence.INEXACT, Optional.empty()))
        .isNotEqualTo(CrosswalkRow.of("C", "16", Equivalence.INEXACT, Optional.empty()))
        .isNotEqualTo(CrosswalkRow.of("C", "15", Equivalence.BROADER, Optional.empty()))
        .isNotEqualTo(CrosswalkRow.of("C", "15", Equivalence.INEXACT, Optional.of("c")))
        .isNotEqualTo("C -> 15 INEXACT");
  }

  @Test
  void rejectsBlankCodesAndAnUnmatchedRowWithATarget() {
    assertThatThrownBy(() -> CrosswalkRow.of(" ", "15", Equivalence.INEXACT, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sourceCode must not be blank");
    assertThatThrownBy(() -> CrosswalkRow.of("C", "", Equivalence.INEXACT, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("targetCode must not be blank");
    assertThatThrownBy(() -> CrosswalkRow.unmatched("\t", Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("sourceCode must not be blank");
    assertThatThrownBy(() -> CrosswalkRow.of("C", "15", Equivalence.INEXACT, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("comment");
  }

  @Test
  void rejectsUnmatchedRowsWithATarget() {
    assertThatThrownBy(() -> CrosswalkRow.of("Z", "13", Equivalence.UNMATCHED, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an UNMATCHED row has no target code, got '13' for 'Z'");
  }
}
