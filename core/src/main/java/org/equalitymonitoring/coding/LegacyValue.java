package org.equalitymonitoring.coding;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * A value found in older data that is not a code of the scheme but has a known meaning, such as HES
 * {@code X} "Not known" or the withdrawn NHS default {@code 9} (Change Request 406). Immutable.
 */
public final class LegacyValue {
  private final String value;
  private final CategoryKind kind;
  private final Optional<String> code;
  private final String note;

  private LegacyValue(String value, CategoryKind kind, Optional<String> code, String note) {
    this.value = value;
    this.kind = kind;
    this.code = code;
    this.note = note;
  }

  /**
   * Returns a legacy value.
   *
   * @param value the value as found in data, not blank
   * @param kind what it means
   * @param code the scheme code it stands for, if any
   * @param note where the meaning is documented
   * @return the legacy value
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if value is blank
   */
  public static LegacyValue of(
      String value, CategoryKind kind, Optional<String> code, String note) {
    requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("legacy value must not be blank");
    }
    return new LegacyValue(
        value,
        requireNonNull(kind, "kind"),
        requireNonNull(code, "code"),
        requireNonNull(note, "note"));
  }

  /** Returns the value as found in data. */
  public String value() {
    return value;
  }

  /** Returns what the value means. */
  public CategoryKind kind() {
    return kind;
  }

  /** Returns the scheme code the value stands for, if any. */
  public Optional<String> code() {
    return code;
  }

  /** Returns where the meaning is documented. */
  public String note() {
    return note;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof LegacyValue
        && value.equals(((LegacyValue) other).value)
        && kind == ((LegacyValue) other).kind
        && code.equals(((LegacyValue) other).code)
        && note.equals(((LegacyValue) other).note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, kind, code, note);
  }

  @Override
  public String toString() {
    return value + " (" + kind + ")";
  }
}
