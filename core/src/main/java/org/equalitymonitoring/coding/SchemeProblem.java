package org.equalitymonitoring.coding;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * One reason why a scheme is invalid: the index of the offending category (or legacy value) in the
 * input list, the field, and a message a person can act on. Immutable.
 */
public final class SchemeProblem {
  /** Which list of the scheme a problem points into. */
  public enum Part {
    /** The scheme's own fields. */
    SCHEME,
    /** The list of categories. */
    CATEGORIES,
    /** The list of legacy values. */
    LEGACY_VALUES
  }

  private final Part part;
  private final OptionalInt index;
  private final String field;
  private final String message;

  private SchemeProblem(Part part, OptionalInt index, String field, String message) {
    this.part = part;
    this.index = index;
    this.field = field;
    this.message = message;
  }

  /**
   * Returns a problem with an element of a list.
   *
   * @param part the list
   * @param index zero-based position in the list
   * @param field the field name, such as {@code parent}
   * @param message what is wrong, quoting the bad value
   * @return the problem
   */
  public static SchemeProblem at(Part part, int index, String field, String message) {
    return new SchemeProblem(
        requireNonNull(part, "part"),
        OptionalInt.of(index),
        requireNonNull(field, "field"),
        requireNonNull(message, "message"));
  }

  /**
   * Returns a problem with a field of the scheme itself.
   *
   * @param field the field name
   * @param message what is wrong
   * @return the problem
   */
  public static SchemeProblem ofScheme(String field, String message) {
    return new SchemeProblem(
        Part.SCHEME,
        OptionalInt.empty(),
        requireNonNull(field, "field"),
        requireNonNull(message, "message"));
  }

  /** Returns the list the problem points into. */
  public Part part() {
    return part;
  }

  /** Returns the zero-based index in that list, absent for scheme fields. */
  public OptionalInt index() {
    return index;
  }

  /** Returns the field name. */
  public String field() {
    return field;
  }

  /** Returns what is wrong. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SchemeProblem)) {
      return false;
    }
    SchemeProblem that = (SchemeProblem) other;
    return part == that.part
        && index.equals(that.index)
        && field.equals(that.field)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(part, index, field, message);
  }

  /** Returns e.g. {@code categories[3].parent: unknown parent code 'Q'}. */
  @Override
  public String toString() {
    String where =
        part == Part.SCHEME
            ? field
            : (part == Part.CATEGORIES ? "categories" : "legacyValues")
                + "["
                + index.getAsInt()
                + "]."
                + field;
    return where + ": " + message;
  }
}
