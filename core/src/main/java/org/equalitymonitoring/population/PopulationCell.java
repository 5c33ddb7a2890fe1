package org.equalitymonitoring.population;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;

/**
 * One cell of a reference population: a category code, an area, an optional age band, an optional
 * sex and the number of people. Immutable and thread-safe.
 */
public final class PopulationCell {
  private final String categoryCode;
  private final String area;
  private final Optional<String> ageBand;
  private final Optional<String> sex;
  private final long count;

  private PopulationCell(
      String categoryCode,
      String area,
      Optional<String> ageBand,
      Optional<String> sex,
      long count) {
    this.categoryCode = categoryCode;
    this.area = area;
    this.ageBand = ageBand;
    this.sex = sex;
    this.count = count;
  }

  /**
   * Returns a cell.
   *
   * @param categoryCode a code of the population's scheme, not blank
   * @param area the area's name as its source publishes it, such as {@code London}, not blank
   * @param ageBand the age band's label, if the population is by age; not blank when present
   * @param sex the sex's label, if the population is by sex; not blank when present
   * @param count the number of people, at least 0
   * @return the cell
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if a label is blank or the count is negative
   */
  public static PopulationCell of(
      String categoryCode,
      String area,
      Optional<String> ageBand,
      Optional<String> sex,
      long count) {
    requireNotBlank(categoryCode, "categoryCode");
    requireNotBlank(area, "area");
    requireNonNull(ageBand, "ageBand").ifPresent(band -> requireNotBlank(band, "ageBand"));
    requireNonNull(sex, "sex").ifPresent(value -> requireNotBlank(value, "sex"));
    if (count < 0) {
      throw new IllegalArgumentException(
          "count must be at least 0, got " + count + " for category '" + categoryCode + "'");
    }
    return new PopulationCell(categoryCode, area, ageBand, sex, count);
  }

  /**
   * Returns a cell with no age band and no sex.
   *
   * @param categoryCode a code of the population's scheme, not blank
   * @param area the area's name, not blank
   * @param count the number of people, at least 0
   * @return the cell
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if a label is blank or the count is negative
   */
  public static PopulationCell of(String categoryCode, String area, long count) {
    return of(categoryCode, area, Optional.empty(), Optional.empty(), count);
  }

  /** Returns the category code. */
  public String categoryCode() {
    return categoryCode;
  }

  /** Returns the area's name. */
  public String area() {
    return area;
  }

  /** Returns the age band's label; empty when the population is not by age. */
  public Optional<String> ageBand() {
    return ageBand;
  }

  /** Returns the sex's label; empty when the population is not by sex. */
  public Optional<String> sex() {
    return sex;
  }

  /** Returns the number of people (at least 0). */
  public long count() {
    return count;
  }

  /** Returns a copy of this cell with another category code and count. */
  PopulationCell with(String otherCategoryCode, long otherCount) {
    return of(otherCategoryCode, area, ageBand, sex, otherCount);
  }

  /** Returns the key of this cell without its count: category, area, age band and sex. */
  CellKey key() {
    return new CellKey(categoryCode, area, ageBand, sex);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PopulationCell)) {
      return false;
    }
    PopulationCell that = (PopulationCell) other;
    return count == that.count && key().equals(that.key());
  }

  @Override
  public int hashCode() {
    return Objects.hash(categoryCode, area, ageBand, sex, count);
  }

  @Override
  public String toString() {
    return categoryCode
        + " "
        + area
        + ageBand.map(band -> " " + band).orElse("")
        + sex.map(value -> " " + value).orElse("")
        + ": "
        + count;
  }

  /** The position of a cell in its table, without the count. */
  static final class CellKey {
    final String categoryCode;
    final String area;
    final Optional<String> ageBand;
    final Optional<String> sex;

    CellKey(String categoryCode, String area, Optional<String> ageBand, Optional<String> sex) {
      this.categoryCode = categoryCode;
      this.area = area;
      this.ageBand = ageBand;
      this.sex = sex;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof CellKey)) {
        return false;
      }
      CellKey that = (CellKey) other;
      return categoryCode.equals(that.categoryCode)
          && area.equals(that.area)
          && ageBand.equals(that.ageBand)
          && sex.equals(that.sex);
    }

    @Override
    public int hashCode() {
      return Objects.hash(categoryCode, area, ageBand, sex);
    }

    @Override
    public String toString() {
      return "category '"
          + categoryCode
          + "', area '"
          + area
          + "'"
          + ageBand.map(band -> ", age band '" + band + "'").orElse("")
          + sex.map(value -> ", sex '" + value + "'").orElse("");
    }
  }

  private static void requireNotBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
    }
  }
}
