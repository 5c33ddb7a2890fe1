package org.equalitymonitoring.resolution;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.coding.RecognitionStatus;

/**
 * One recorded ethnicity of one person: the person key, the date (absent where a source has none,
 * such as the GP patient field), the source id (such as {@link SourceIds#GP_JOURNAL}) and the
 * recognised code of a scheme with its {@link RecognitionStatus}.
 *
 * <p>The person key is opaque and is special-category personal data: it takes part in {@link
 * #equals} but never appears in {@link #toString()} or in exception messages. Instances are
 * immutable and thread-safe.
 */
public final class EthnicityRecord {
  private final String personKey;
  private final Optional<LocalDate> date;
  private final String source;
  private final Optional<String> code;
  private final RecognitionStatus status;

  private EthnicityRecord(
      String personKey,
      Optional<LocalDate> date,
      String source,
      Optional<String> code,
      RecognitionStatus status) {
    this.personKey = personKey;
    this.date = date;
    this.source = source;
    this.code = code;
    this.status = status;
  }

  /**
   * Returns a record of a code whose kind is known, such as {@code A} ({@link
   * CategoryKind#SUBSTANTIVE}), {@code Z} ({@link CategoryKind#NOT_STATED}) or {@code 99} ({@link
   * CategoryKind#NOT_KNOWN}).
   *
   * @param personKey the person's opaque key, not blank
   * @param date the date of the record, or empty where the source has none
   * @param source the source id, not blank
   * @param code the code of a scheme, not blank; kept exactly as given
   * @param kind the kind of the code's category; gives status CODED for SUBSTANTIVE and OTHER,
   *     NOT_STATED and NOT_KNOWN for those kinds
   * @return the record
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the person key, source or code is blank
   */
  public static EthnicityRecord coded(
      String personKey, Optional<LocalDate> date, String source, String code, CategoryKind kind) {
    requireNonNull(kind, "kind");
    return new EthnicityRecord(
        requireKey(personKey),
        requireNonNull(date, "date"),
        requireNotBlank(source, "source"),
        Optional.of(requireNotBlank(code, "code")),
        statusOf(kind));
  }

  /**
   * Returns a record of the result of {@link org.equalitymonitoring.coding.Recogniser#recognise}:
   * its category's code (if any) and its status.
   *
   * @param personKey the person's opaque key, not blank
   * @param date the date of the record, or empty where the source has none
   * @param source the source id, not blank
   * @param recognition the recognition of the raw recorded value
   * @return the record; without code for MISSING, UNRECOGNISED and AMBIGUOUS values and for a
   *     legacy value that stands for no code
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the person key or source is blank
   */
  public static EthnicityRecord recognised(
      String personKey, Optional<LocalDate> date, String source, Recognition recognition) {
    requireNonNull(recognition, "recognition");
    return new EthnicityRecord(
        requireKey(personKey),
        requireNonNull(date, "date"),
        requireNotBlank(source, "source"),
        recognition.code(),
        recognition.status());
  }

  /**
   * Returns a record without a code: a blank, unrecognised or ambiguous value, or a legacy value
   * such as HES {@code X} that stands for no code. Such a record is never a known record.
   *
   * @param personKey the person's opaque key, not blank
   * @param date the date of the record, or empty where the source has none
   * @param source the source id, not blank
   * @param status what was found; not CODED, which needs a code
   * @return the record
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the person key or source is blank or the status is CODED
   */
  public static EthnicityRecord uncoded(
      String personKey, Optional<LocalDate> date, String source, RecognitionStatus status) {
    requireNonNull(status, "status");
    if (status == RecognitionStatus.CODED) {
      throw new IllegalArgumentException(
          "status must not be CODED for a record without code, got " + status);
    }
    return new EthnicityRecord(
        requireKey(personKey),
        requireNonNull(date, "date"),
        requireNotBlank(source, "source"),
        Optional.empty(),
        status);
  }

  private static RecognitionStatus statusOf(CategoryKind kind) {
    switch (kind) {
      case NOT_STATED:
        return RecognitionStatus.NOT_STATED;
      case NOT_KNOWN:
        return RecognitionStatus.NOT_KNOWN;
      default:
        return RecognitionStatus.CODED;
    }
  }

  private static String requireKey(String personKey) {
    requireNonNull(personKey, "personKey");
    if (personKey.isBlank()) {
      // The key itself is not quoted: it is personal data. A blank key holds nothing personal.
      throw new IllegalArgumentException(
          "personKey must not be blank, got a blank key of length " + personKey.length());
    }
    return personKey;
  }

  static String requireNotBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
    }
    return value;
  }

  /** Returns the person's opaque key. Personal data: do not log it. */
  public String personKey() {
    return personKey;
  }

  /** Returns the date of the record, or empty where the source has none. */
  public Optional<LocalDate> date() {
    return date;
  }

  /** Returns the source id, such as {@link SourceIds#APC}. */
  public String source() {
    return source;
  }

  /** Returns the code of a scheme, or empty for a record without code. */
  public Optional<String> code() {
    return code;
  }

  /** Returns what was recorded: CODED, NOT_STATED, NOT_KNOWN, MISSING, UNRECOGNISED, AMBIGUOUS. */
  public RecognitionStatus status() {
    return status;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof EthnicityRecord)) {
      return false;
    }
    EthnicityRecord that = (EthnicityRecord) other;
    return personKey.equals(that.personKey)
        && date.equals(that.date)
        && source.equals(that.source)
        && code.equals(that.code)
        && status == that.status;
  }

  @Override
  public int hashCode() {
    return Objects.hash(personKey, date, source, code, status);
  }

  /** Returns date, source, code and status; never the person key. */
  @Override
  public String toString() {
    return "EthnicityRecord{date="
        + date.map(LocalDate::toString).orElse("none")
        + ", source="
        + source
        + ", code="
        + code.orElse("none")
        + ", status="
        + status
        + "}";
  }
}
