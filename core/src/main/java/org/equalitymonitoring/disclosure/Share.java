package org.equalitymonitoring.disclosure;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A cell's share of a total in a {@link DisclosedTable}, or the reason it cannot be computed
 * without revealing a suppressed entry. Produced by {@link Shares}.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Share {
  private final double fraction;
  private final ShareUnavailableReason reason;

  private Share(double fraction, ShareUnavailableReason reason) {
    this.fraction = fraction;
    this.reason = reason;
  }

  /**
   * Returns an available share.
   *
   * @param fraction the share as a fraction, {@code 0 <= fraction <= 1}
   * @return the share
   * @throws IllegalArgumentException if {@code fraction} is NaN or outside {@code [0, 1]} (a cell
   *     of non-negative counts cannot exceed its total)
   */
  public static Share of(double fraction) {
    if (!(fraction >= 0.0 && fraction <= 1.0)) {
      throw new IllegalArgumentException(
          "fraction is " + fraction + ": a share of a total must lie in [0, 1]");
    }
    return new Share(fraction, null);
  }

  /**
   * Returns a share that cannot be computed.
   *
   * @param reason why it cannot be computed
   * @return the unavailable share
   * @throws NullPointerException if {@code reason} is null
   */
  public static Share unavailable(ShareUnavailableReason reason) {
    return new Share(Double.NaN, Objects.requireNonNull(reason, "reason must not be null"));
  }

  /**
   * Returns whether the share could be computed.
   *
   * @return {@code true} if {@link #fraction()} is present
   */
  public boolean isAvailable() {
    return reason == null;
  }

  /**
   * Returns the share as a fraction.
   *
   * @return a value in {@code [0, 1]}, or empty if unavailable
   */
  public OptionalDouble fraction() {
    return isAvailable() ? OptionalDouble.of(fraction) : OptionalDouble.empty();
  }

  /**
   * Returns the share as a percentage, unrounded; rounding for display (for example to 3 dp in the
   * NHS Digital Ethnic Category Coverage MI, {@code USERS-AND-METRICS.md} §1.2) is left to the
   * caller.
   *
   * @return a value in {@code [0, 100]}, or empty if unavailable
   */
  public OptionalDouble percent() {
    return isAvailable() ? OptionalDouble.of(fraction * 100.0) : OptionalDouble.empty();
  }

  /**
   * Returns why the share is unavailable.
   *
   * @return the reason, or empty if the share is available
   */
  public Optional<ShareUnavailableReason> unavailableReason() {
    return Optional.ofNullable(reason);
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Share)) {
      return false;
    }
    Share that = (Share) other;
    return Double.compare(fraction, that.fraction) == 0 && Objects.equals(reason, that.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(fraction, reason);
  }

  /**
   * Returns a diagnostic form, for example {@code Share[0.25]} or {@code Share[CELL_SUPPRESSED]}.
   *
   * @return a non-empty string
   */
  @Override
  public String toString() {
    return "Share[" + (isAvailable() ? Double.toString(fraction) : reason.name()) + "]";
  }
}
