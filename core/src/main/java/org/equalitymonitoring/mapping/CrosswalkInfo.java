package org.equalitymonitoring.mapping;

import org.immutables.value.Value;

/**
 * What identifies a crosswalk and where it comes from: id, title, version, publisher, source,
 * licence, the ids of the source and target schemes, and a description of its convention. Immutable
 * and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class CrosswalkInfo {
  CrosswalkInfo() {}

  /** Returns a builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the stable id, such as {@code opensafely-snomed-to-nhs-2001}. */
  public abstract String id();

  /** Returns the human-readable title. */
  public abstract String title();

  /** Returns the version: the publisher's, or the source commit or date. */
  public abstract String version();

  /** Returns who publishes the convention. */
  public abstract String publisher();

  /** Returns where the rows come from: a URL or repository@commit:path. */
  public abstract String source();

  /** Returns the licence of the rows. */
  public abstract String licence();

  /** Returns the id of the scheme whose codes are translated. */
  public abstract String sourceSchemeId();

  /** Returns the id of the scheme the codes are translated into. */
  public abstract String targetSchemeId();

  /** Returns what the convention is, in a paragraph. */
  public abstract String description();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("crosswalk id must not be blank");
    }
  }

  /** Builds a {@link CrosswalkInfo}. */
  public static final class Builder extends ImmutableCrosswalkInfo.Builder {
    Builder() {}
  }
}
