package org.equalitymonitoring.resolution;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.RecognitionStatus;

/** Short-hand for hand-built records of the tests. */
final class Records {
  static final String PERSON = "person-1";

  private Records() {}

  /** A record of person-1 with a code of the NHS 2001 scheme; its kind follows the code. */
  static EthnicityRecord rec(String date, String source, String code) {
    return rec(PERSON, date, source, code);
  }

  /** A record with a code of the NHS 2001 scheme; {@code date} null for an undated record. */
  static EthnicityRecord rec(String person, String date, String source, String code) {
    return EthnicityRecord.coded(person, date(date), source, code, kindOf(code));
  }

  /** A record of person-1 without code. */
  static EthnicityRecord blank(String date, String source) {
    return EthnicityRecord.uncoded(PERSON, date(date), source, RecognitionStatus.MISSING);
  }

  static Optional<LocalDate> date(String date) {
    return date == null ? Optional.empty() : Optional.of(LocalDate.parse(date));
  }

  static CategoryKind kindOf(String code) {
    String upper = code.toUpperCase(java.util.Locale.ROOT);
    if (upper.startsWith("Z")) {
      return CategoryKind.NOT_STATED;
    }
    if (upper.equals("99") || upper.equals("X") || upper.equals("9")) {
      return CategoryKind.NOT_KNOWN;
    }
    return CategoryKind.SUBSTANTIVE;
  }

  static List<EthnicityRecord> list(EthnicityRecord... records) {
    return new ArrayList<>(List.of(records));
  }
}
