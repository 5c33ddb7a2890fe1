package org.equalitymonitoring.population;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;

/**
 * A population re-expressed in another scheme by a {@link PopulationConvention}: the counts at
 * category level (for NHS ETHNIC CATEGORY, the letters) and at broad-group level (the target
 * scheme's headings), where every source category went and why, and the convention's statement.
 *
 * <p>The two levels are separate populations because a convention may count a source category in a
 * broad group but in none of its categories (the Mental Health Act statistics count Arab in Other
 * but in no letter), so a broad group need not equal the sum of its categories. Immutable and
 * thread-safe.
 */
public final class ReexpressedPopulation {
  /** The level of a re-expressed population. */
  public enum Level {
    /** The target scheme's categories, such as the NHS letters A–S. */
    CATEGORY,
    /** The target scheme's headings, such as White or Other Ethnic Groups. */
    BROAD_GROUP
  }

  private final ReferencePopulation source;
  private final String crosswalkId;
  private final PopulationConvention convention;
  private final ImmutableList<Allocation> allocations;
  private final Optional<ReferencePopulation> categoryLevel;
  private final ReferencePopulation broadGroupLevel;
  private final String statement;

  private ReexpressedPopulation(
      ReferencePopulation source,
      String crosswalkId,
      PopulationConvention convention,
      List<Allocation> allocations,
      Optional<ReferencePopulation> categoryLevel,
      ReferencePopulation broadGroupLevel,
      String statement) {
    this.source = source;
    this.crosswalkId = crosswalkId;
    this.convention = convention;
    this.allocations = ImmutableList.copyOf(allocations);
    this.categoryLevel = categoryLevel;
    this.broadGroupLevel = broadGroupLevel;
    this.statement = statement;
  }

  static ReexpressedPopulation of(
      ReferencePopulation source,
      Crosswalk crosswalk,
      Scheme target,
      PopulationConvention convention,
      List<Allocation> allocations) {
    Map<String, Allocation> byCode = new HashMap<>();
    allocations.forEach(allocation -> byCode.put(allocation.sourceCode(), allocation));
    Optional<ReferencePopulation> categories =
        level(
            source,
            crosswalk,
            target,
            convention,
            Level.CATEGORY,
            cell -> byCode.get(cell.categoryCode()).categoryCode());
    ReferencePopulation broadGroups =
        level(
                source,
                crosswalk,
                target,
                convention,
                Level.BROAD_GROUP,
                cell -> byCode.get(cell.categoryCode()).broadGroupCode())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "convention '"
                            + convention.id()
                            + "' counts nothing of population '"
                            + source.id()
                            + "'"));
    List<String> sentences = new ArrayList<>();
    convention
        .area()
        .ifPresent(area -> sentences.add("area " + area + " only, other areas dropped"));
    for (Allocation allocation : allocations) {
      if (allocation.isStated()) {
        sentences.add(allocation.explanation());
      }
    }
    String statement =
        convention.id()
            + ": "
            + (sentences.isEmpty() ? "every category mapped" : String.join("; ", sentences));
    return new ReexpressedPopulation(
        source, crosswalk.id(), convention, allocations, categories, broadGroups, statement);
  }

  /** Returns the counts at one level, or empty if the convention counts nothing there. */
  private static Optional<ReferencePopulation> level(
      ReferencePopulation source,
      Crosswalk crosswalk,
      Scheme target,
      PopulationConvention convention,
      Level level,
      Function<PopulationCell, Optional<String>> targetOf) {
    Map<PopulationCell.CellKey, Long> sums = new LinkedHashMap<>();
    for (PopulationCell cell : source.cells()) {
      if (convention.area().isPresent() && !convention.area().get().equals(cell.area())) {
        continue;
      }
      targetOf
          .apply(cell)
          .ifPresent(
              code ->
                  sums.merge(
                      new PopulationCell.CellKey(code, cell.area(), cell.ageBand(), cell.sex()),
                      cell.count(),
                      Math::addExact));
    }
    Map<String, Integer> order = new HashMap<>();
    List<Category> categories = target.categories();
    for (int i = 0; i < categories.size(); i++) {
      order.put(categories.get(i).code(), i);
    }
    List<PopulationCell.CellKey> keys = new ArrayList<>(sums.keySet());
    keys.sort((a, b) -> Integer.compare(order.get(a.categoryCode), order.get(b.categoryCode)));
    String suffix = level == Level.CATEGORY ? "category" : "broad-group";
    PopulationInfo info =
        PopulationInfo.builder()
            .id(source.id() + "/" + convention.id() + "/" + suffix)
            .title(
                source.info().title()
                    + " in "
                    + target.id()
                    + " ("
                    + convention.title()
                    + ", "
                    + (level == Level.CATEGORY ? "category" : "broad-group")
                    + " level)")
            .version(source.info().version())
            .source(
                source.info().source()
                    + "; re-expressed through crosswalk "
                    + crosswalk.id()
                    + " under convention "
                    + convention.id())
            .licence(source.info().licence())
            .schemeId(target.id())
            .build();
    ReferencePopulation.Builder builder = ReferencePopulation.builder(info);
    for (PopulationCell.CellKey key : keys) {
      builder.add(key.categoryCode, key.area, key.ageBand, key.sex, sums.get(key));
    }
    if (keys.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(builder.build());
  }

  /** Returns the population that was re-expressed. */
  public ReferencePopulation source() {
    return source;
  }

  /** Returns the id of the crosswalk used. */
  public String crosswalkId() {
    return crosswalkId;
  }

  /** Returns the convention applied. */
  public PopulationConvention convention() {
    return convention;
  }

  /**
   * Returns what the convention did, in one line: the convention's id, then every source category
   * that was not simply mapped (counted inexactly, counted in a broad group only, moved broad
   * group, or excluded), with the reason; such as {@code follow-crosswalk: White: Gypsy or Irish
   * Traveller counted in C White - Any other White background (INEXACT: ...); ...}.
   */
  public String statement() {
    return statement;
  }

  /** Returns where every source category went, in the source population's category order. */
  public List<Allocation> allocations() {
    return allocations;
  }

  /**
   * Returns where one source category went.
   *
   * @param sourceCode a category code of the source population
   * @return its allocation, or empty if the source population has no such category
   */
  public Optional<Allocation> allocation(String sourceCode) {
    return allocations.stream().filter(a -> a.sourceCode().equals(sourceCode)).findFirst();
  }

  /**
   * Returns whether any source category is counted at category level; not when the source
   * population holds only broad groups (such as the five Census 2021 headings).
   */
  public boolean hasCategoryLevel() {
    return categoryLevel.isPresent();
  }

  /**
   * Returns the counts at category level: for NHS ETHNIC CATEGORY, by letter. A source category
   * counted in a broad group only is not here.
   *
   * @throws IllegalStateException if no source category is counted at category level ({@link
   *     #hasCategoryLevel()} is false)
   */
  public ReferencePopulation categoryLevel() {
    return categoryLevel.orElseThrow(
        () ->
            new IllegalStateException(
                "population '"
                    + source.id()
                    + "' re-expressed under convention '"
                    + convention.id()
                    + "' has counts in broad groups only, none at category level"));
  }

  /**
   * Returns the counts at broad-group level: by heading of the target scheme. Includes the source
   * categories the convention counts in a broad group only.
   */
  public ReferencePopulation broadGroupLevel() {
    return broadGroupLevel;
  }

  /**
   * Returns the counts at one level.
   *
   * @param level the level, not null
   * @return {@link #categoryLevel()} or {@link #broadGroupLevel()}
   * @throws IllegalStateException as {@link #categoryLevel()}
   */
  public ReferencePopulation level(Level level) {
    return level == Level.CATEGORY ? categoryLevel() : broadGroupLevel;
  }

  @Override
  public String toString() {
    return source.id() + " through " + crosswalkId + " under " + convention.id();
  }
}
