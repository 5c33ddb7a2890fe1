package org.equalitymonitoring.schemes;

import static java.util.Objects.requireNonNull;

/**
 * The shared part of the typed ids ({@link SchemeId}, {@link CrosswalkId}): a non-blank id as the
 * data and the string-id methods spell it. Ids of different kinds are never equal. Immutable.
 */
public abstract class DataId {
  private final String value;

  /** Checks the id: the subclasses' factories pass what a caller gives. */
  DataId(String value, String kind) {
    if (requireNonNull(value, "value").isBlank()) {
      throw new IllegalArgumentException("a " + kind + " id must not be blank");
    }
    this.value = value;
  }

  /**
   * Returns the id as the data and the string-id methods spell it.
   *
   * @return the id, not blank
   */
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && value.equals(((DataId) other).value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns {@link #value()}. */
  @Override
  public final String toString() {
    return value;
  }
}
