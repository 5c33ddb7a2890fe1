package org.equalitymonitoring.resolution;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.equalitymonitoring.coding.RecognitionStatus;

/**
 * What a {@link ResolutionPolicy} treats as an unknown record, which it drops before choosing.
 * Pipelines differ: the NHS Digital GDPPR asset drops {@code Z}, {@code X}, {@code 99}, {@code 9}
 * and blanks; OpenSAFELY's {@code ethnicity_from_sus} drops nulls, {@code 99} and codes starting
 * {@code Z} (SCHEMES.md §1.4).
 *
 * <p>A record is unknown when it has no code, when its status is one of {@link #statuses()}, when
 * its code equals one of {@link #codes()} or when its code starts with one of {@link
 * #codePrefixes()}; codes and prefixes are compared ignoring case and surrounding white space.
 * Instances are immutable and thread-safe.
 */
public final class UnknownDefinition {
  private static final UnknownDefinition NOT_CODED =
      new UnknownDefinition(
          ImmutableSet.copyOf(EnumSet.complementOf(EnumSet.of(RecognitionStatus.CODED))),
          ImmutableSortedSet.of(),
          ImmutableSortedSet.of());

  private final ImmutableSet<RecognitionStatus> statuses;
  private final ImmutableSortedSet<String> codes;
  private final ImmutableSortedSet<String> codePrefixes;

  private UnknownDefinition(
      ImmutableSet<RecognitionStatus> statuses,
      ImmutableSortedSet<String> codes,
      ImmutableSortedSet<String> codePrefixes) {
    this.statuses = statuses;
    this.codes = codes;
    this.codePrefixes = codePrefixes;
  }

  /**
   * Returns a definition.
   *
   * @param statuses statuses that make a record unknown (records without code are unknown anyway);
   *     not CODED, which would make every code unknown: list such codes in {@code codes}
   * @param codes codes that make a record unknown, such as {@code 99}, {@code X}, {@code 9}
   * @param codePrefixes prefixes that make a record unknown, such as {@code Z} for "codes starting
   *     Z"
   * @return the definition
   * @throws NullPointerException if an argument or element is null
   * @throws IllegalArgumentException if statuses contains CODED or a code or prefix is blank
   */
  public static UnknownDefinition of(
      Set<RecognitionStatus> statuses, Set<String> codes, Set<String> codePrefixes) {
    requireNonNull(statuses, "statuses");
    requireNonNull(codes, "codes");
    requireNonNull(codePrefixes, "codePrefixes");
    for (RecognitionStatus status : statuses) {
      requireNonNull(status, "statuses element");
      if (status == RecognitionStatus.CODED) {
        throw new IllegalArgumentException(
            "statuses must not contain "
                + status
                + ", which would make every code unknown; list unknown codes instead");
      }
    }
    return new UnknownDefinition(
        ImmutableSet.copyOf(statuses),
        normalise(codes, "codes"),
        normalise(codePrefixes, "codePrefixes"));
  }

  /**
   * Returns the definition that keeps only CODED records (a category of kind SUBSTANTIVE or OTHER):
   * not stated, not known, missing, unrecognised and ambiguous values are all unknown. This is the
   * default of {@link ResolutionPolicy#builder}.
   *
   * @return the definition
   */
  public static UnknownDefinition notCoded() {
    return NOT_CODED;
  }

  private static ImmutableSortedSet<String> normalise(Set<String> values, String name) {
    ImmutableSortedSet.Builder<String> result = ImmutableSortedSet.naturalOrder();
    for (String value : values) {
      requireNonNull(value, name + " element");
      if (value.isBlank()) {
        throw new IllegalArgumentException(
            name + " must not contain a blank value, got '" + value + "'");
      }
      result.add(fold(value));
    }
    return result.build();
  }

  private static String fold(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  /** Returns the statuses that make a record unknown. */
  public Set<RecognitionStatus> statuses() {
    return statuses;
  }

  /** Returns the codes that make a record unknown, stripped and in upper case, sorted. */
  public SortedSet<String> codes() {
    return codes;
  }

  /** Returns the code prefixes that make a record unknown, stripped and in upper case, sorted. */
  public SortedSet<String> codePrefixes() {
    return codePrefixes;
  }

  /**
   * Returns whether a record is unknown under this definition.
   *
   * @param record a record, not null
   * @return true if it has no code, an unknown status, an unknown code or a code with an unknown
   *     prefix
   */
  public boolean isUnknown(EthnicityRecord record) {
    requireNonNull(record, "record");
    Optional<String> code = record.code();
    return code.isEmpty() || isUnknown(record.status(), code.get());
  }

  /** Returns whether a record of this status with this code (after any crosswalk) is unknown. */
  boolean isUnknown(RecognitionStatus status, String code) {
    if (statuses.contains(status)) {
      return true;
    }
    String folded = fold(code);
    if (folded.isEmpty() || codes.contains(folded)) {
      return true;
    }
    for (String prefix : codePrefixes) {
      if (folded.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof UnknownDefinition)) {
      return false;
    }
    UnknownDefinition that = (UnknownDefinition) other;
    return statuses.equals(that.statuses)
        && codes.equals(that.codes)
        && codePrefixes.equals(that.codePrefixes);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(statuses, codes, codePrefixes);
  }

  @Override
  public String toString() {
    return "UnknownDefinition{statuses="
        + statuses
        + ", codes="
        + codes
        + ", codePrefixes="
        + codePrefixes
        + "}";
  }
}
