package org.equalitymonitoring.impact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceTest {

  @Test
  void aNamedGroup() {
    Reference r = Reference.group("White British");
    assertThat(r.group()).hasValue("White British");
    assertThat(r.label()).isEqualTo("White British");
    assertThat(r)
        .isEqualTo(Reference.group("White British"))
        .hasSameHashCodeAs(Reference.group("White British"));
    assertThat(r).isNotEqualTo(Reference.allOtherGroups());
  }

  @Test
  void allOtherGroups() {
    Reference r = Reference.allOtherGroups();
    assertThat(r.group()).isEmpty();
    assertThat(r.label()).isEqualTo("all other groups");
    assertThat(r.toString()).isEqualTo("Reference[all other groups]");
  }

  @Test
  void blankOrNullNamesAreRejected() {
    assertThatThrownBy(() -> Reference.group("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Reference.group(null)).isInstanceOf(NullPointerException.class);
  }
}
