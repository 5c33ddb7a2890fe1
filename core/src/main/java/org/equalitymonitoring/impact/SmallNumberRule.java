package org.equalitymonitoring.impact;

import java.util.Objects;
import java.util.Optional;

/**
 * When a group is too small to say whether there is an adverse impact: fewer than a minimum number
 * of events, or a denominator below a minimum, in the group or in its reference.
 *
 * <p>The default, {@link #defaults()}, is fewer than 10 events with no minimum denominator. The
 * threshold of 10 is the one the reference methods use for small counts: Poisson limits switch from
 * exact to Byar's at 10 events ({@code STATISTICAL-METHODS.md} §2), no DSR is produced for a total
 * count below 10 (§4) and funnel significance is "not applicable" below 10 events (§9, PHE/OHID
 * reliability suppression). Such groups are reported as {@link AdverseImpact#TOO_SMALL_TO_SAY},
 * never as "no impact".
 *
 * <p>Immutable and thread-safe.
 */
public final class SmallNumberRule {

  private static final SmallNumberRule DEFAULTS = new SmallNumberRule(10, 0);

  private final long minimumEvents;
  private final double minimumDenominator;

  private SmallNumberRule(long minimumEvents, double minimumDenominator) {
    this.minimumEvents = minimumEvents;
    this.minimumDenominator = minimumDenominator;
  }

  /**
   * Returns the default rule: too small to say if fewer than 10 events.
   *
   * @return the rule with minimum events 10 and minimum denominator 0
   */
  public static SmallNumberRule defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a rule: too small to say if {@code events < minimumEvents} or {@code denominator <
   * minimumDenominator}.
   *
   * @param minimumEvents the smallest number of events that is not too small, {@code >= 0} (0 turns
   *     the events test off)
   * @param minimumDenominator the smallest denominator that is not too small, finite {@code >= 0}
   *     (0 turns the denominator test off)
   * @return the rule
   * @throws IllegalArgumentException if a minimum is negative or not finite
   */
  public static SmallNumberRule of(long minimumEvents, double minimumDenominator) {
    if (minimumEvents < 0) {
      throw new IllegalArgumentException(
          "minimumEvents must be >= 0, got minimumEvents=" + minimumEvents);
    }
    if (!(minimumDenominator >= 0) || Double.isInfinite(minimumDenominator)) {
      throw new IllegalArgumentException(
          "minimumDenominator must be a finite number >= 0, got minimumDenominator="
              + minimumDenominator);
    }
    return new SmallNumberRule(minimumEvents, minimumDenominator);
  }

  /**
   * Returns the smallest number of events that is not too small.
   *
   * @return the minimum, {@code >= 0}
   */
  public long minimumEvents() {
    return minimumEvents;
  }

  /**
   * Returns the smallest denominator that is not too small.
   *
   * @return the minimum, {@code >= 0}
   */
  public double minimumDenominator() {
    return minimumDenominator;
  }

  /**
   * Tells whether a count is too small to say.
   *
   * @param events the number of events, {@code >= 0}
   * @param denominator the denominator, {@code >= 0}
   * @return true if {@code events < minimumEvents()} or {@code denominator < minimumDenominator()}
   */
  public boolean isTooSmall(double events, double denominator) {
    return reason(events, denominator).isPresent();
  }

  /**
   * Explains why a count is too small, without quoting the count (so that the reason can be
   * published next to a suppressed group).
   *
   * @param events the number of events, {@code >= 0}
   * @param denominator the denominator, {@code >= 0}
   * @return for example {@code "fewer than 10 events"}, or empty if the count is not too small
   */
  public Optional<String> reason(double events, double denominator) {
    if (events < minimumEvents) {
      return Optional.of("fewer than " + minimumEvents + " events");
    }
    if (denominator < minimumDenominator) {
      return Optional.of("denominator below " + format(minimumDenominator));
    }
    return Optional.empty();
  }

  /**
   * Returns the rule in words, for a publication's methods note.
   *
   * @return for example {@code "too small to say: fewer than 10 events (in the group or its
   *     reference)"}, or {@code "no small-number rule"}
   */
  public String description() {
    StringBuilder text = new StringBuilder("too small to say: ");
    boolean events = minimumEvents > 0;
    boolean denominator = minimumDenominator > 0;
    if (!events && !denominator) {
      return "no small-number rule";
    }
    if (events) {
      text.append("fewer than ").append(minimumEvents).append(" events");
    }
    if (denominator) {
      text.append(events ? ", or " : "").append("denominator below ");
      text.append(format(minimumDenominator));
    }
    return text.append(" (in the group or its reference)").toString();
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof SmallNumberRule)) {
      return false;
    }
    SmallNumberRule other = (SmallNumberRule) o;
    return minimumEvents == other.minimumEvents
        && Double.compare(minimumDenominator, other.minimumDenominator) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimumEvents, minimumDenominator);
  }

  @Override
  public String toString() {
    return "SmallNumberRule[" + description() + "]";
  }
}
