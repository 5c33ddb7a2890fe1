package org.equalitymonitoring.coding;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What identifies a scheme and where it comes from: id, title, version, publisher, source, licence,
 * canonical FHIR system URI, status, case sensitivity, and for a local sub-classification the id of
 * the scheme it extends. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class SchemeInfo {
  SchemeInfo() {}

  /** Returns a builder; id, title, version, publisher, source and licence are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the stable id, such as {@code nhs-ethnic-category-2001}. */
  public abstract String id();

  /** Returns the human-readable title. */
  public abstract String title();

  /** Returns the publisher's version, or the source commit or date where there is none. */
  public abstract String version();

  /** Returns who publishes the scheme. */
  public abstract String publisher();

  /** Returns where the content comes from: a URL or repository@commit:path. */
  public abstract String source();

  /** Returns the licence of the content. */
  public abstract String licence();

  /** Returns the canonical FHIR CodeSystem URI, where one exists. */
  public abstract Optional<String> system();

  /** Returns the publication status; ACTIVE unless set. */
  @Value.Default
  public SchemeStatus status() {
    return SchemeStatus.ACTIVE;
  }

  /** Returns whether codes differ by case (true for FHIR code systems unless stated). */
  @Value.Default
  public boolean caseSensitive() {
    return true;
  }

  /**
   * Returns whether the first character of an unknown two-character code is a national code of this
   * scheme, as the NHS Data Dictionary's rule for ETHNIC CATEGORY (format an2).
   */
  @Value.Default
  public boolean firstCharacterIsNational() {
    return false;
  }

  /** Returns the id of the scheme this one extends, for a local sub-classification. */
  public abstract Optional<String> baseSchemeId();

  @Value.Check
  void check() {
    requireNotBlank(id(), "id");
    requireNotBlank(title(), "title");
    requireNotBlank(version(), "version");
  }

  private static void requireNotBlank(String value, String name) {
    if (value.isBlank()) {
      throw new IllegalArgumentException("scheme " + name + " must not be blank");
    }
  }

  /** Builds a {@link SchemeInfo}. */
  public static final class Builder extends ImmutableSchemeInfo.Builder {
    Builder() {}
  }
}
