package org.equalitymonitoring.coding;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One category of a coding scheme: a code, its display label, alternative labels, its parent code
 * in the same scheme and its {@link CategoryKind kind}.
 *
 * <p>Headings (such as "White" above "White - British") and structural concepts are categories that
 * are not {@linkplain #selectable() selectable}: data may roll up to them but should not be coded
 * with them, as FHIR's {@code notSelectable} property. Instances are immutable and thread-safe.
 */
public final class Category {
  private final String code;
  private final String label;
  private final ImmutableList<String> alternativeLabels;
  private final Optional<String> parentCode;
  private final CategoryKind kind;
  private final boolean selectable;
  private final int hash;

  private Category(Builder builder) {
    this.code = builder.code;
    this.label = builder.label;
    this.alternativeLabels = builder.alternativeLabels.build();
    this.parentCode = Optional.ofNullable(builder.parentCode);
    this.kind = builder.kind;
    this.selectable = builder.selectable;
    this.hash = Objects.hash(code, label, alternativeLabels, parentCode, kind, selectable);
  }

  /**
   * Returns a builder for a category with the given code and label.
   *
   * @param code the code, not null or blank
   * @param label the display label, not null or blank
   * @return a new builder; kind SUBSTANTIVE, selectable, no parent, no alternative labels
   * @throws NullPointerException if code or label is null
   * @throws IllegalArgumentException if code or label is blank
   */
  public static Builder builder(String code, String label) {
    return new Builder(code, label);
  }

  /**
   * Returns a selectable category with no parent and no alternative labels.
   *
   * @param code the code, not blank
   * @param label the display label, not blank
   * @param kind the kind
   * @return the category
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if code or label is blank
   */
  public static Category of(String code, String label, CategoryKind kind) {
    return builder(code, label).kind(kind).build();
  }

  /** Returns the code, as published (never blank). */
  public String code() {
    return code;
  }

  /** Returns the display label. */
  public String label() {
    return label;
  }

  /** Returns the other published labels for this code, in source order (possibly empty). */
  public List<String> alternativeLabels() {
    return alternativeLabels;
  }

  /** Returns the code of the parent category in the same scheme, if any. */
  public Optional<String> parentCode() {
    return parentCode;
  }

  /** Returns what the category says about ethnicity. */
  public CategoryKind kind() {
    return kind;
  }

  /** Returns false for headings and structural concepts, which records should not carry. */
  public boolean selectable() {
    return selectable;
  }

  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Category)) {
      return false;
    }
    Category that = (Category) other;
    return hash == that.hash
        && code.equals(that.code)
        && label.equals(that.label)
        && alternativeLabels.equals(that.alternativeLabels)
        && parentCode.equals(that.parentCode)
        && kind == that.kind
        && selectable == that.selectable;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return code + " " + label;
  }

  /** Builds a {@link Category}. Not thread-safe; the category it builds is. */
  public static final class Builder {
    private final String code;
    private final String label;
    private final ImmutableList.Builder<String> alternativeLabels = ImmutableList.builder();
    private String parentCode;
    private CategoryKind kind = CategoryKind.SUBSTANTIVE;
    private boolean selectable = true;

    private Builder(String code, String label) {
      this.code = requireNotBlank(code, "code");
      this.label = requireNotBlank(label, "label");
    }

    /**
     * Sets the parent code.
     *
     * @param parentCode the code of the parent in the same scheme, not blank
     * @return this builder
     */
    public Builder parent(String parentCode) {
      this.parentCode = requireNotBlank(parentCode, "parentCode");
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind the kind, not null
     * @return this builder
     */
    public Builder kind(CategoryKind kind) {
      this.kind = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets whether records may carry this category.
     *
     * @param selectable false for headings and structural concepts
     * @return this builder
     */
    public Builder selectable(boolean selectable) {
      this.selectable = selectable;
      return this;
    }

    /**
     * Adds alternative labels.
     *
     * @param labels labels, none null or blank
     * @return this builder
     */
    public Builder alternativeLabels(Iterable<String> labels) {
      for (String alternative : labels) {
        alternativeLabels.add(requireNotBlank(alternative, "alternative label"));
      }
      return this;
    }

    /** Returns the category. */
    public Category build() {
      return new Category(this);
    }
  }

  private static String requireNotBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
    }
    return value;
  }
}
