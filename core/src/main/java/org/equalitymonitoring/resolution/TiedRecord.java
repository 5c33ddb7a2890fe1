package org.equalitymonitoring.resolution;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * A source and code still in contention when a {@link ResolutionPolicy} met a tie its strategy and
 * narrowing tie rules could not break, with the code's broad group where the policy knows broad
 * groups. See {@link Resolution#tiedRecords()}. Immutable.
 */
public final class TiedRecord implements Comparable<TiedRecord> {
  private final String source;
  private final String code;
  private final Optional<String> broadGroup;

  private TiedRecord(String source, String code, Optional<String> broadGroup) {
    this.source = source;
    this.code = code;
    this.broadGroup = broadGroup;
  }

  /**
   * Returns a tied record.
   *
   * @param source the source id, not blank
   * @param code the code as the policy compares it, not blank
   * @param broadGroup the code's broad group, if the policy knows it
   * @return the tied record
   */
  public static TiedRecord of(String source, String code, Optional<String> broadGroup) {
    return new TiedRecord(
        EthnicityRecord.requireNotBlank(source, "source"),
        EthnicityRecord.requireNotBlank(code, "code"),
        requireNonNull(broadGroup, "broadGroup"));
  }

  /** Returns the source id. */
  public String source() {
    return source;
  }

  /** Returns the code as the policy compares it (after any crosswalk). */
  public String code() {
    return code;
  }

  /** Returns the code's broad group; empty where the policy has no broad group for it. */
  public Optional<String> broadGroup() {
    return broadGroup;
  }

  /** Orders by source, then code. */
  @Override
  public int compareTo(TiedRecord other) {
    int bySource = source.compareTo(other.source);
    return bySource != 0 ? bySource : code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TiedRecord
        && source.equals(((TiedRecord) other).source)
        && code.equals(((TiedRecord) other).code)
        && broadGroup.equals(((TiedRecord) other).broadGroup);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, code, broadGroup);
  }

  @Override
  public String toString() {
    return source + ":" + code + broadGroup.map(g -> " (" + g + ")").orElse("");
  }
}
