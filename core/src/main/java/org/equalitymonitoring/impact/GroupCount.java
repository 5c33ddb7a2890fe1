package org.equalitymonitoring.impact;

import java.util.Objects;
import java.util.Optional;

/**
 * The count for one group (and, for standardised rates, one stratum such as an age band or an age
 * band and sex): a group label, a number of events and a denominator.
 *
 * <p>The events are a whole number {@code >= 0}. The denominator is a finite number {@code > 0}: a
 * count of people (shortlisted applicants, headcount, residents) or person-time. A zero denominator
 * is rejected, as PHEindicatormethods rejects {@code n <= 0} ({@code STATISTICAL-METHODS.md} §1 and
 * §2): a group with no denominator has no rate, and should be left out or reported separately by
 * the caller. Whether the events may exceed the denominator depends on the measure: not for
 * proportions (checked by {@link ImpactAssessor}), but yes for rates ({@code
 * STATISTICAL-METHODS.md} §2: {@code x > n} is allowed).
 *
 * <p>Immutable and thread-safe.
 */
public final class GroupCount {

  private final String group;
  private final String stratum;
  private final long events;
  private final double denominator;

  private GroupCount(String group, String stratum, long events, double denominator) {
    this.group = group;
    this.stratum = stratum;
    this.events = events;
    this.denominator = denominator;
  }

  /**
   * Returns the count of a group with a whole-number denominator (a count of people).
   *
   * @param group the group label, not blank (for example "White British")
   * @param events the number of events, {@code >= 0}
   * @param denominator the denominator, {@code > 0}
   * @return the group count
   * @throws NullPointerException if {@code group} is null
   * @throws IllegalArgumentException if {@code group} is blank, {@code events < 0} or {@code
   *     denominator <= 0}
   */
  public static GroupCount of(String group, long events, long denominator) {
    return create(group, null, events, denominator);
  }

  /**
   * Returns the count of a group with a real-valued denominator (person-time, or a population
   * estimate).
   *
   * @param group the group label, not blank
   * @param events the number of events, {@code >= 0}
   * @param denominator the denominator, a finite number {@code > 0}
   * @return the group count
   * @throws NullPointerException if {@code group} is null
   * @throws IllegalArgumentException if {@code group} is blank, {@code events < 0}, or {@code
   *     denominator} is not a finite number {@code > 0}
   */
  public static GroupCount of(String group, long events, double denominator) {
    return create(group, null, events, denominator);
  }

  /**
   * Returns the count of a group in one stratum, for directly standardised rates.
   *
   * @param group the group label, not blank
   * @param stratum the stratum label, not blank; it must match a label of the standard population
   *     (for ESP 2013, an age band such as "0-4" or "90+")
   * @param events the number of events in the stratum, {@code >= 0}
   * @param population the group's population (or person-time) in the stratum, finite {@code > 0}
   * @return the stratified group count
   * @throws NullPointerException if {@code group} or {@code stratum} is null
   * @throws IllegalArgumentException if a label is blank, {@code events < 0}, or {@code population}
   *     is not a finite number {@code > 0}
   */
  public static GroupCount stratified(
      String group, String stratum, long events, double population) {
    Objects.requireNonNull(stratum, "stratum");
    if (stratum.isBlank()) {
      throw new IllegalArgumentException(
          "stratum must not be blank, got stratum=\"" + stratum + "\" for group \"" + group + "\"");
    }
    return create(group, stratum, events, population);
  }

  private static GroupCount create(String group, String stratum, long events, double denominator) {
    Objects.requireNonNull(group, "group");
    if (group.isBlank()) {
      throw new IllegalArgumentException("group must not be blank, got group=\"" + group + "\"");
    }
    String where =
        "group \"" + group + "\"" + (stratum == null ? "" : ", stratum \"" + stratum + "\"");
    if (events < 0) {
      throw new IllegalArgumentException(
          "events must be >= 0, got events=" + events + " for " + where);
    }
    if (!(denominator > 0) || Double.isInfinite(denominator)) {
      throw new IllegalArgumentException(
          "denominator must be a finite number > 0, got denominator="
              + denominator
              + " for "
              + where
              + " (a rate or proportion needs a positive denominator:"
              + " STATISTICAL-METHODS.md §1, §2)");
    }
    return new GroupCount(group, stratum, events, denominator);
  }

  /**
   * Returns the group label.
   *
   * @return the label, not blank
   */
  public String group() {
    return group;
  }

  /**
   * Returns the stratum label of a stratified count.
   *
   * @return the stratum, or empty for an unstratified count
   */
  public Optional<String> stratum() {
    return Optional.ofNullable(stratum);
  }

  /**
   * Returns the number of events.
   *
   * @return the events, {@code >= 0}
   */
  public long events() {
    return events;
  }

  /**
   * Returns the denominator (population, people at risk, or person-time).
   *
   * @return the denominator, finite {@code > 0}
   */
  public double denominator() {
    return denominator;
  }

  /** Label for messages: the group, and the stratum if any. */
  String describe() {
    return "group \"" + group + "\"" + (stratum == null ? "" : ", stratum \"" + stratum + "\"");
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof GroupCount)) {
      return false;
    }
    GroupCount other = (GroupCount) o;
    return group.equals(other.group)
        && Objects.equals(stratum, other.stratum)
        && events == other.events
        && Double.compare(denominator, other.denominator) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(group, stratum, events, denominator);
  }

  @Override
  public String toString() {
    return "GroupCount["
        + group
        + (stratum == null ? "" : " / " + stratum)
        + ": "
        + events
        + " / "
        + denominator
        + "]";
  }
}
