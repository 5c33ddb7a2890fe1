package org.equalitymonitoring.disclosure;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One entry of a {@link DisclosedTable}: either a published count (possibly rounded) or a
 * suppressed entry with the reason for its suppression.
 *
 * <p>A suppressed entry has no value: {@link #value()} is empty, never zero, so that a suppressed
 * cell cannot be mistaken for a true zero ({@code STATISTICAL-METHODS.md} §9: NHS Digital shows 1–7
 * as "*", while a true 0 stays 0). Instances are immutable and thread-safe.
 */
public final class PublishedCell {
  private final long value;
  private final SuppressionReason reason;
  private final String symbol;

  private PublishedCell(long value, SuppressionReason reason, String symbol) {
    this.value = value;
    this.reason = reason;
    this.symbol = symbol;
  }

  /**
   * Returns a published entry showing {@code value}.
   *
   * @param value the value to publish, already rounded as the policy requires; {@code >= 0}
   * @return a published entry
   * @throws IllegalArgumentException if {@code value} is negative (published counts are
   *     non-negative)
   */
  public static PublishedCell published(long value) {
    if (value < 0) {
      throw new IllegalArgumentException(
          "published value is " + value + ": published counts must be non-negative");
    }
    return new PublishedCell(value, null, null);
  }

  /**
   * Returns a suppressed entry.
   *
   * @param reason why the entry is suppressed
   * @param symbol what is shown in place of the value, for example {@code "*"} (NHS Digital) or
   *     {@code "fewer than 5"} (Ofqual); must not be blank
   * @return a suppressed entry
   * @throws NullPointerException if {@code reason} or {@code symbol} is null
   * @throws IllegalArgumentException if {@code symbol} is blank (a suppressed cell must be marked,
   *     never shown as empty or zero)
   */
  public static PublishedCell suppressed(SuppressionReason reason, String symbol) {
    Objects.requireNonNull(reason, "reason must not be null");
    Objects.requireNonNull(symbol, "symbol must not be null");
    if (symbol.isBlank()) {
      throw new IllegalArgumentException(
          "symbol is \"" + symbol + "\": a suppressed cell must be marked with a visible symbol");
    }
    return new PublishedCell(-1, reason, symbol);
  }

  /**
   * Returns whether this entry is suppressed.
   *
   * @return {@code true} if suppressed, {@code false} if a value is published
   */
  public boolean isSuppressed() {
    return reason != null;
  }

  /**
   * Returns the published value.
   *
   * @return the value ({@code >= 0}), or empty if this entry is suppressed
   */
  public OptionalLong value() {
    return isSuppressed() ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /**
   * Returns why this entry is suppressed.
   *
   * @return the reason, or empty if this entry is published
   */
  public Optional<SuppressionReason> suppressionReason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Returns the text to show for this entry: the decimal value if published, otherwise the policy's
   * suppression symbol.
   *
   * @return the display text, never empty
   */
  public String display() {
    return isSuppressed() ? symbol : Long.toString(value);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof PublishedCell)) {
      return false;
    }
    PublishedCell that = (PublishedCell) other;
    return value == that.value
        && Objects.equals(reason, that.reason)
        && Objects.equals(symbol, that.symbol);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, reason, symbol);
  }

  /**
   * Returns a diagnostic form, for example {@code 25} or {@code *(PRIMARY)}.
   *
   * @return a non-empty string
   */
  @Override
  public String toString() {
    return isSuppressed() ? symbol + "(" + reason + ")" : Long.toString(value);
  }
}
