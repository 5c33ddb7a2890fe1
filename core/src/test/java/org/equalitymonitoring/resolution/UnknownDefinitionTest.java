package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.equalitymonitoring.resolution.Records.blank;
import static org.equalitymonitoring.resolution.Records.rec;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.junit.jupiter.api.Test;

class UnknownDefinitionTest {

  @Test
  void notCodedKeepsOnlyCodedRecords() {
    UnknownDefinition def = UnknownDefinition.notCoded();
    assertThat(def.isUnknown(rec("2020-01-01", "apc", "A"))).isFalse();
    assertThat(def.isUnknown(rec("2020-01-01", "apc", "Z"))).isTrue();
    assertThat(def.isUnknown(rec("2020-01-01", "apc", "99"))).isTrue();
    assertThat(def.isUnknown(blank("2020-01-01", "apc"))).isTrue();
    // Every status but CODED: HEADING, NOT_STATED, NOT_KNOWN, MISSING, UNRECOGNISED, AMBIGUOUS,
    // BROAD_GROUP.
    assertThat(def.statuses()).doesNotContain(RecognitionStatus.CODED).hasSize(7);
    assertThat(def.codes()).isEmpty();
    assertThat(def.codePrefixes()).isEmpty();
  }

  @Test
  void codesAndPrefixesMatchIgnoringCaseAndSpace() {
    // SUS: "excluding NULL, 99 and codes starting Z" (USERS-AND-METRICS.md §1.1)
    UnknownDefinition sus =
        UnknownDefinition.of(Set.of(RecognitionStatus.MISSING), Set.of(" 99 "), Set.of("z"));
    assertThat(sus.codes()).containsExactly("99");
    assertThat(sus.codePrefixes()).containsExactly("Z");
    assertThat(sus.isUnknown(rec("2020-01-01", "apc", "ZA"))).isTrue();
    assertThat(sus.isUnknown(rec("2020-01-01", "apc", "za"))).isTrue();
    assertThat(sus.isUnknown(rec("2020-01-01", "apc", "99"))).isTrue();
    assertThat(sus.isUnknown(blank("2020-01-01", "apc"))).isTrue();
    // Nothing else is excluded, not even a code whose kind is NOT_KNOWN.
    assertThat(sus.isUnknown(rec("2020-01-01", "apc", "X"))).isFalse();
    assertThat(sus.isUnknown(rec("2020-01-01", "apc", "CA"))).isFalse();
    // A record without code is unknown whatever the statuses say.
    UnknownDefinition none = UnknownDefinition.of(Set.of(), Set.of(), Set.of());
    assertThat(
            none.isUnknown(
                EthnicityRecord.uncoded("k", Optional.empty(), "apc", RecognitionStatus.NOT_KNOWN)))
        .isTrue();
    assertThat(
            none.isUnknown(
                EthnicityRecord.coded("k", Optional.empty(), "apc", "z", CategoryKind.NOT_STATED)))
        .isFalse();
  }

  @Test
  void valuesEqualByContent() {
    UnknownDefinition a =
        UnknownDefinition.of(EnumSet.of(RecognitionStatus.MISSING), Set.of("x"), Set.of());
    UnknownDefinition b =
        UnknownDefinition.of(Set.of(RecognitionStatus.MISSING), Set.of("X"), Set.of());
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(UnknownDefinition.notCoded());
    assertThat(a).hasToString("UnknownDefinition{statuses=[MISSING], codes=[X], codePrefixes=[]}");
  }

  @Test
  void invalidArgumentsAreRejected() {
    assertThatThrownBy(() -> UnknownDefinition.of(null, Set.of(), Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("statuses");
    assertThatThrownBy(() -> UnknownDefinition.of(Set.of(), null, Set.of())).hasMessage("codes");
    assertThatThrownBy(() -> UnknownDefinition.of(Set.of(), Set.of(), null))
        .hasMessage("codePrefixes");
    assertThatThrownBy(
            () -> UnknownDefinition.of(Set.of(RecognitionStatus.CODED), Set.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("statuses must not contain CODED");
    assertThatThrownBy(() -> UnknownDefinition.of(Set.of(), Set.of(" "), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("codes must not contain a blank value, got ' '");
    assertThatThrownBy(() -> UnknownDefinition.of(Set.of(), Set.of(), Set.of("")))
        .hasMessage("codePrefixes must not contain a blank value, got ''");
    assertThatThrownBy(() -> UnknownDefinition.notCoded().isUnknown(null)).hasMessage("record");
  }
}
