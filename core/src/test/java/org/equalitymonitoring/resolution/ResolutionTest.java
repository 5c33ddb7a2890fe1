package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSortedSet;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ResolutionTest {

  private static Resolution of(
      String code,
      ResolutionRule rule,
      ResolutionRule underlying,
      int considered,
      String... known) {
    return Resolution.of(
        "secret-key",
        Optional.ofNullable(code),
        rule,
        Optional.ofNullable(underlying),
        ImmutableSortedSet.copyOf(known),
        considered);
  }

  @Test
  void exposesItsParts() {
    Resolution r = of("A", ResolutionRule.LATEST, null, 4, "N", "A");
    assertThat(r.personKey()).isEqualTo("secret-key");
    assertThat(r.code()).contains("A");
    assertThat(r.rule()).isEqualTo(ResolutionRule.LATEST);
    assertThat(r.underlyingRule()).isEmpty();
    assertThat(r.knownCodes()).containsExactly("A", "N");
    assertThat(r.hasConflict()).isTrue();
    assertThat(r.recordsConsidered()).isEqualTo(4);
    assertThat(of("A", ResolutionRule.ONLY_KNOWN_CODE, null, 1, "A").hasConflict()).isFalse();
  }

  @Test
  void knownCodesAreAnImmutableSortedCopy() {
    TreeSet<String> codes = new TreeSet<>(java.util.List.of("B", "A"));
    Resolution r =
        Resolution.of("k", Optional.of("A"), ResolutionRule.LATEST, Optional.empty(), codes, 2);
    codes.add("C");
    assertThat(r.knownCodes()).containsExactly("A", "B");
    assertThatThrownBy(() -> r.knownCodes().add("D"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void valueEqualityWithoutTheKeyInText() {
    Resolution a = of("A", ResolutionRule.PRIMARY_SOURCE, ResolutionRule.LATEST, 3, "A", "N");
    Resolution b = of("A", ResolutionRule.PRIMARY_SOURCE, ResolutionRule.LATEST, 3, "A", "N");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a)
        .isNotEqualTo(of("A", ResolutionRule.PRIMARY_SOURCE, ResolutionRule.LATEST, 4, "A", "N"));
    assertThat(a)
        .hasToString(
            "Resolution{code=A, rule=PRIMARY_SOURCE (LATEST), knownCodes=[A, N],"
                + " recordsConsidered=3}");
    assertThat(a.toString()).doesNotContain("secret");
    assertThat(of(null, ResolutionRule.NO_KNOWN_RECORD, null, 2))
        .hasToString(
            "Resolution{code=none, rule=NO_KNOWN_RECORD, knownCodes=[], recordsConsidered=2}");
  }

  @Test
  void inconsistentPartsAreRejected() {
    assertThatThrownBy(() -> of(null, ResolutionRule.LATEST, null, 1, "A"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rule LATEST needs a code");
    assertThatThrownBy(() -> of("A", ResolutionRule.TIE_UNRESOLVED, null, 2, "A", "B"))
        .hasMessage("rule TIE_UNRESOLVED gives no code, got Optional[A]");
    assertThatThrownBy(() -> of("C", ResolutionRule.LATEST, null, 2, "A", "B"))
        .hasMessage("code 'C' must be one of the known codes [A, B]");
    assertThatThrownBy(() -> of(null, ResolutionRule.NO_KNOWN_RECORD, null, 1, "A"))
        .hasMessageContaining("NO_KNOWN_RECORD goes with no known code");
    assertThatThrownBy(() -> of(null, ResolutionRule.TIE_UNRESOLVED, null, 1))
        .hasMessageContaining("NO_KNOWN_RECORD goes with no known code");
    assertThatThrownBy(() -> of("A", ResolutionRule.PRIMARY_SOURCE, null, 1, "A"))
        .hasMessageContaining("an underlying rule goes with PRIMARY_SOURCE");
    assertThatThrownBy(() -> of("A", ResolutionRule.LATEST, ResolutionRule.LATEST, 1, "A"))
        .hasMessageContaining("an underlying rule goes with PRIMARY_SOURCE");
    assertThatThrownBy(() -> of("A", ResolutionRule.LATEST, null, 1, "A", "B"))
        .hasMessage("recordsConsidered must be at least the number of known codes 2, got 1");
    assertThatThrownBy(
            () ->
                Resolution.of(
                    null,
                    Optional.empty(),
                    ResolutionRule.NO_KNOWN_RECORD,
                    Optional.empty(),
                    ImmutableSortedSet.of(),
                    0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("personKey");
  }
}
