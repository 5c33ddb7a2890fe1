package org.equalitymonitoring.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Recogniser;
import org.equalitymonitoring.coding.RecognitionStatus;
import org.equalitymonitoring.coding.TestSchemes;
import org.junit.jupiter.api.Test;

class EthnicityRecordTest {
  private static final Optional<LocalDate> DAY = Optional.of(LocalDate.of(2022, 1, 1));
  private static final Recogniser NHS = Recogniser.of(TestSchemes.nhs2001());

  @Test
  void codedRecordsTakeTheirStatusFromTheKind() {
    assertThat(EthnicityRecord.coded("k", DAY, "apc", "A", CategoryKind.SUBSTANTIVE).status())
        .isEqualTo(RecognitionStatus.CODED);
    assertThat(EthnicityRecord.coded("k", DAY, "apc", "S", CategoryKind.OTHER).status())
        .isEqualTo(RecognitionStatus.CODED);
    assertThat(EthnicityRecord.coded("k", DAY, "apc", "Z", CategoryKind.NOT_STATED).status())
        .isEqualTo(RecognitionStatus.NOT_STATED);
    EthnicityRecord unknown =
        EthnicityRecord.coded("k", Optional.empty(), "gp-patient", "99", CategoryKind.NOT_KNOWN);
    assertThat(unknown.status()).isEqualTo(RecognitionStatus.NOT_KNOWN);
    assertThat(unknown.date()).isEmpty();
    assertThat(unknown.code()).contains("99");
    assertThat(unknown.source()).isEqualTo("gp-patient");
    assertThat(unknown.personKey()).isEqualTo("k");
  }

  @Test
  void recordsOfRecognitionsKeepTheCodeAndStatus() {
    EthnicityRecord british =
        EthnicityRecord.recognised("k", DAY, "ae", NHS.recognise(" white british "));
    assertThat(british.code()).contains("A");
    assertThat(british.status()).isEqualTo(RecognitionStatus.CODED);
    EthnicityRecord local = EthnicityRecord.recognised("k", DAY, "apc", NHS.recognise("CA"));
    assertThat(local.code()).contains("C");
    EthnicityRecord blank = EthnicityRecord.recognised("k", DAY, "op", NHS.recognise("  "));
    assertThat(blank.code()).isEmpty();
    assertThat(blank.status()).isEqualTo(RecognitionStatus.MISSING);
    EthnicityRecord nonsense = EthnicityRecord.recognised("k", DAY, "op", NHS.recognise("qwerty"));
    assertThat(nonsense.code()).isEmpty();
    assertThat(nonsense.status()).isEqualTo(RecognitionStatus.UNRECOGNISED);
    EthnicityRecord hes = EthnicityRecord.recognised("k", DAY, "op", NHS.recognise("X"));
    assertThat(hes.status()).isEqualTo(RecognitionStatus.NOT_KNOWN);
  }

  @Test
  void uncodedRecordsHaveNoCode() {
    EthnicityRecord r = EthnicityRecord.uncoded("k", DAY, "apc", RecognitionStatus.AMBIGUOUS);
    assertThat(r.code()).isEmpty();
    assertThat(r.status()).isEqualTo(RecognitionStatus.AMBIGUOUS);
    assertThatThrownBy(() -> EthnicityRecord.uncoded("k", DAY, "apc", RecognitionStatus.CODED))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("status must not be CODED for a record without code, got CODED");
  }

  @Test
  void theKeyTakesPartInEqualityButNeverInText() {
    EthnicityRecord a =
        EthnicityRecord.coded("secret-key", DAY, "apc", "A", CategoryKind.SUBSTANTIVE);
    EthnicityRecord same =
        EthnicityRecord.coded("secret-key", DAY, "apc", "A", CategoryKind.SUBSTANTIVE);
    EthnicityRecord other =
        EthnicityRecord.coded("other-key", DAY, "apc", "A", CategoryKind.SUBSTANTIVE);
    assertThat(a).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other).isNotEqualTo("A");
    assertThat(a.toString())
        .isEqualTo("EthnicityRecord{date=2022-01-01, source=apc, code=A, status=CODED}")
        .doesNotContain("secret");
    assertThat(EthnicityRecord.uncoded("k", Optional.empty(), "op", RecognitionStatus.MISSING))
        .hasToString("EthnicityRecord{date=none, source=op, code=none, status=MISSING}");
  }

  @Test
  void invalidArgumentsAreNamedAndQuoted() {
    assertThatThrownBy(() -> EthnicityRecord.coded(null, DAY, "apc", "A", CategoryKind.OTHER))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("personKey");
    assertThatThrownBy(() -> EthnicityRecord.coded("k", null, "apc", "A", CategoryKind.OTHER))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date");
    assertThatThrownBy(() -> EthnicityRecord.coded("k", DAY, null, "A", CategoryKind.OTHER))
        .hasMessage("source");
    assertThatThrownBy(() -> EthnicityRecord.coded("k", DAY, "apc", null, CategoryKind.OTHER))
        .hasMessage("code");
    assertThatThrownBy(() -> EthnicityRecord.coded("k", DAY, "apc", "A", null)).hasMessage("kind");
    assertThatThrownBy(() -> EthnicityRecord.recognised("k", DAY, "apc", null))
        .hasMessage("recognition");
    assertThatThrownBy(() -> EthnicityRecord.uncoded("k", DAY, "apc", null)).hasMessage("status");
    assertThatThrownBy(() -> EthnicityRecord.coded(" ", DAY, "apc", "A", CategoryKind.OTHER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personKey must not be blank, got a blank key of length 1");
    assertThatThrownBy(() -> EthnicityRecord.coded("k", DAY, "", "A", CategoryKind.OTHER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source must not be blank, got ''");
    assertThatThrownBy(() -> EthnicityRecord.coded("k", DAY, "apc", "\t", CategoryKind.OTHER))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("code must not be blank, got '\t'");
  }
}
