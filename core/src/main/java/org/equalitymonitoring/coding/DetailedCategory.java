package org.equalitymonitoring.coding;

import static java.util.Objects.requireNonNull;

import java.util.Objects;

/**
 * One category of a detailed classification of written-in answers, such as Census 2021 "ethnic
 * group (detailed)": its key, its label, the questionnaire section (heading) it was written under,
 * and the code of a coarser output scheme it is counted in, with how specific that code is.
 * Immutable; equal when every field is equal.
 */
public final class DetailedCategory {
  /** How specific the output code of a detailed category is, most specific first. */
  public enum Placement {
    /** The detailed category is an output category itself, such as the tick-box 18 Arab. */
    OWN_CATEGORY,
    /**
     * A write-in under a category of its own that has a write-in box, such as Somali under 6
     * African.
     */
    WRITE_IN_OF_A_CATEGORY,
    /** The output code is the "Any other" category of a named section, such as 5 Other Asian. */
    SECTION_ANY_OTHER,
    /** The output code is the last-resort "Any other ethnic group" category. */
    ANY_OTHER_ETHNIC_GROUP
  }

  private final String code;
  private final String label;
  private final String heading;
  private final String outputCode;
  private final Placement placement;

  private DetailedCategory(
      String code, String label, String heading, String outputCode, Placement placement) {
    this.code = code;
    this.label = label;
    this.heading = heading;
    this.outputCode = outputCode;
    this.placement = placement;
  }

  /**
   * Returns a detailed category.
   *
   * @param code its key, not blank
   * @param label its label, not blank
   * @param heading the section it was written under, not blank
   * @param outputCode the code of the output scheme it is counted in, not blank
   * @param placement how specific that output code is, not null
   * @return the category
   * @throws IllegalArgumentException if a text is blank
   */
  public static DetailedCategory of(
      String code, String label, String heading, String outputCode, Placement placement) {
    return new DetailedCategory(
        notBlank(code, "code"),
        notBlank(label, "label"),
        notBlank(heading, "heading"),
        notBlank(outputCode, "outputCode"),
        requireNonNull(placement, "placement"));
  }

  private static String notBlank(String value, String name) {
    if (requireNonNull(value, name).isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /** Returns the key, such as {@code TS022-011}. */
  public String code() {
    return code;
  }

  /** Returns the label, such as {@code Filipino}. */
  public String label() {
    return label;
  }

  /** Returns the section it was written under, such as {@code Asian, Asian British or ...}. */
  public String heading() {
    return heading;
  }

  /** Returns the code of the output scheme it is counted in, such as {@code 5}. */
  public String outputCode() {
    return outputCode;
  }

  /** Returns how specific the output code is. */
  public Placement placement() {
    return placement;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DetailedCategory)) {
      return false;
    }
    DetailedCategory that = (DetailedCategory) other;
    return code.equals(that.code)
        && label.equals(that.label)
        && heading.equals(that.heading)
        && outputCode.equals(that.outputCode)
        && placement == that.placement;
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, label, heading, outputCode, placement);
  }

  @Override
  public String toString() {
    return code + " " + heading + ": " + label + " -> " + outputCode;
  }
}
