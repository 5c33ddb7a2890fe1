package org.equalitymonitoring.population;

import org.immutables.value.Value;

/**
 * What identifies a reference population and where it comes from: id, title, version, source,
 * licence and the id of the scheme whose codes its categories are. Immutable and thread-safe.
 */
@Value.Immutable
@ValueStyle
public abstract class PopulationInfo {
  PopulationInfo() {}

  /** Returns a builder; every attribute is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the stable id, such as {@code census-2021}. */
  public abstract String id();

  /** Returns the human-readable title. */
  public abstract String title();

  /** Returns the version: the publisher's edition, or the source commit or date. */
  public abstract String version();

  /** Returns where the counts come from: a URL, a table name or repository@commit:path. */
  public abstract String source();

  /** Returns the licence of the counts. */
  public abstract String licence();

  /** Returns the id of the scheme whose codes the population's categories are. */
  public abstract String schemeId();

  @Value.Check
  void check() {
    if (id().isBlank()) {
      throw new IllegalArgumentException("population id must not be blank");
    }
    if (schemeId().isBlank()) {
      throw new IllegalArgumentException(
          "scheme id of population '" + id() + "' must not be blank");
    }
  }

  /** Builds a {@link PopulationInfo}. */
  public static final class Builder extends ImmutablePopulationInfo.Builder {
    Builder() {}
  }
}
