package org.equalitymonitoring.population;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.mapping.Equivalence;
import org.equalitymonitoring.mapping.Translation;

/**
 * A named convention for re-expressing a population coded in one scheme in the codes of another
 * through a {@link Crosswalk}: what is done with INEXACT rows, one-to-many rows and UNMATCHED or
 * missing codes, which source codes are excluded, and which are counted in a broad group of the
 * target scheme but in none of its categories.
 *
 * <p>Counts of several source categories that map to one target are summed (a crosswalk from Census
 * 2021 to NHS letters is many-to-one). A count is never split between targets: under {@link
 * OneToMany#EXCLUDE} a one-to-many source code is left out and reported; under {@link
 * OneToMany#FIRST_LISTED_TARGET} all of it goes to the target the crosswalk lists first (a stated
 * choice, not an estimate). UNMATCHED codes and codes the crosswalk lacks are always left out and
 * reported.
 *
 * <p>The result keeps two levels apart: the <em>category level</em> (for NHS ETHNIC CATEGORY, the
 * letters A–S) and the <em>broad-group level</em> (the target scheme's headings, such as White or
 * Other Ethnic Groups). A mapped source code is counted in its target category and in that
 * category's heading; a code the convention names as broad-group-only is counted in the named
 * heading and in no category, so the broad groups need not be the sums of their categories.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PopulationConvention {
  /** What is done with a source code whose only crosswalk row is INEXACT. */
  public enum Inexact {
    /** Count it in the row's target (the crosswalk's convention is followed). */
    COUNT_IN_TARGET,
    /** Leave it out and report it. */
    EXCLUDE
  }

  /** What is done with a source code that the crosswalk maps to several targets. */
  public enum OneToMany {
    /** Leave it out and report it: a count is never split. */
    EXCLUDE,
    /** Count all of it in the target the crosswalk lists first (its default target). */
    FIRST_LISTED_TARGET
  }

  /** The id of {@link #nhsMentalHealthActCensus2021()}. */
  public static final String NHS_MHA_CENSUS_2021 = "nhs-mha-census-2021";

  private static final String CENSUS_2021 = "ons-census-2021-england-wales";
  private static final String NHS_2001 = "nhs-ethnic-category-2001";

  private static final PopulationConvention FOLLOW_CROSSWALK =
      builder(
              "follow-crosswalk",
              "Follow the crosswalk",
              "Every source code is counted in the target its crosswalk row names, INEXACT"
                  + " conventions included; a one-to-many code is left out (a count is never split);"
                  + " UNMATCHED codes and codes the crosswalk lacks are left out.")
          .build();

  private static final PopulationConvention EXACT_ONLY =
      builder(
              "exact-only",
              "Exact rows only",
              "Source codes whose crosswalk row is INEXACT are left out, as are one-to-many,"
                  + " UNMATCHED and missing codes; everything else is counted in its target.")
          .inexact(Inexact.EXCLUDE)
          .build();

  private static final PopulationConvention NHS_MHA =
      builder(
              NHS_MHA_CENSUS_2021,
              "NHS England Mental Health Act statistics denominator (Census 2021)",
              "The denominator of NHS England's Mental Health Act annual statistics from 2022-23"
                  + " (NHSDigital/mental-health-act-annual-statistics@44a5ccd4,"
                  + " Population_2021census_2324.py and 'Ethnicity - Detentions"
                  + " Standardisation.sql'): Census 2021 usual residents of England; -8 Does not"
                  + " apply excluded; the 16 NHS letters A-S mapped to their census categories, so"
                  + " C is Other White only and S is Any other ethnic group only; Gypsy or Irish"
                  + " Traveller counted in the White broad group and in no letter; Roma in no group"
                  + " (the standardisation maps it to NULL); Arab only in the broad Other group, in"
                  + " no letter; Chinese in R and so in the Other group (2001 convention).")
          .sourceScheme(CENSUS_2021)
          .targetScheme(NHS_2001)
          .area("England")
          .exclude("-8", "Does not apply: not part of the MHA denominator")
          .exclude("16", "the MHA standardisation maps Roma to NULL, so it is in no group")
          .broadGroupOnly(
              "15",
              "White",
              "the MHA statistics give Gypsy or Irish Traveller no letter and count it in White")
          .broadGroupOnly(
              "18",
              "Other Ethnic Groups",
              "the MHA statistics give Arab no letter and count it in Other (Chinese + Any other"
                  + " + Arab)")
          .build();

  private final String id;
  private final String title;
  private final String description;
  private final Inexact inexact;
  private final OneToMany oneToMany;
  private final Optional<String> sourceSchemeId;
  private final Optional<String> targetSchemeId;
  private final Optional<String> area;
  private final ImmutableMap<String, String> exclusions;
  private final ImmutableMap<String, BroadGroupOnly> broadGroupOnly;

  private PopulationConvention(Builder builder) {
    this.id = builder.id;
    this.title = builder.title;
    this.description = builder.description;
    this.inexact = builder.inexact;
    this.oneToMany = builder.oneToMany;
    this.sourceSchemeId = builder.sourceSchemeId;
    this.targetSchemeId = builder.targetSchemeId;
    this.area = builder.area;
    this.exclusions = ImmutableMap.copyOf(builder.exclusions);
    this.broadGroupOnly = ImmutableMap.copyOf(builder.broadGroupOnly);
  }

  /**
   * Returns the convention {@code follow-crosswalk}: every code is counted where its crosswalk row
   * puts it, INEXACT conventions included (through {@code census-2021-to-nhs-2001}: Gypsy or Irish
   * Traveller and Roma counted in C, Arab in S, Chinese in R); one-to-many, UNMATCHED and missing
   * codes are left out and reported.
   *
   * @return the convention
   */
  public static PopulationConvention followCrosswalk() {
    return FOLLOW_CROSSWALK;
  }

  /**
   * Returns the convention {@code exact-only}: as {@link #followCrosswalk()}, but codes whose
   * crosswalk row is INEXACT are left out and reported.
   *
   * @return the convention
   */
  public static PopulationConvention exactOnly() {
    return EXACT_ONLY;
  }

  /**
   * Returns the convention {@value #NHS_MHA_CENSUS_2021}, which reproduces the denominator of NHS
   * England's Mental Health Act annual statistics from 2022-23 (NHSDigital
   * mental-health-act-annual-statistics@44a5ccd4, {@code Population_2021census_2324.py} and {@code
   * Ethnicity - Detentions Standardisation.sql}).
   *
   * <p>It applies to a population in scheme {@code ons-census-2021-england-wales} re-expressed in
   * {@code nhs-ethnic-category-2001}, and keeps area {@code England} only. Category (letter) level:
   * the 16 letters A–S, each its census category (C = Other White, S = Any other ethnic group, R =
   * Chinese). Broad-group level: White = British + Irish + Gypsy or Irish Traveller + Other White
   * (Roma omitted); Mixed; Asian or Asian British = Indian + Pakistani + Bangladeshi + Other Asian;
   * Black or Black British = African + Caribbean + Other Black; Other Ethnic Groups = Chinese + Any
   * other + Arab. {@code -8} Does not apply and {@code 16} Roma are excluded; {@code 15} Gypsy or
   * Irish Traveller and {@code 18} Arab are broad-group-only.
   *
   * @return the convention
   */
  public static PopulationConvention nhsMentalHealthActCensus2021() {
    return NHS_MHA;
  }

  /**
   * Returns the named conventions: {@link #followCrosswalk()}, {@link #exactOnly()} and {@link
   * #nhsMentalHealthActCensus2021()}, in that order.
   *
   * @return the conventions, an immutable list
   */
  public static List<PopulationConvention> named() {
    return List.of(FOLLOW_CROSSWALK, EXACT_ONLY, NHS_MHA);
  }

  /**
   * Returns the named convention with an id.
   *
   * @param id such as {@code nhs-mha-census-2021}
   * @return the convention, or empty if none of {@link #named()} has that id
   * @throws NullPointerException if id is null
   */
  public static Optional<PopulationConvention> named(String id) {
    requireNonNull(id, "id");
    return named().stream().filter(c -> c.id.equals(id)).findFirst();
  }

  /**
   * Returns a builder for a convention of one's own; by default INEXACT rows are counted in their
   * target, one-to-many codes are excluded, nothing else is excluded, and any schemes and areas are
   * accepted.
   *
   * @param id a stable id, not blank
   * @param title a human-readable title, not blank
   * @param description what the convention is and where it comes from, not blank
   * @return a new builder
   * @throws IllegalArgumentException if an argument is blank
   */
  public static Builder builder(String id, String title, String description) {
    return new Builder(id, title, description);
  }

  /** Returns the stable id, such as {@code nhs-mha-census-2021}. */
  public String id() {
    return id;
  }

  /** Returns the human-readable title. */
  public String title() {
    return title;
  }

  /** Returns what the convention is and where it comes from, in a paragraph. */
  public String description() {
    return description;
  }

  /** Returns what is done with a code whose only crosswalk row is INEXACT. */
  public Inexact inexact() {
    return inexact;
  }

  /** Returns what is done with a code the crosswalk maps to several targets. */
  public OneToMany oneToMany() {
    return oneToMany;
  }

  /** Returns the scheme the population must be coded in, if the convention is tied to one. */
  public Optional<String> sourceSchemeId() {
    return sourceSchemeId;
  }

  /** Returns the scheme the crosswalk must lead to, if the convention is tied to one. */
  public Optional<String> targetSchemeId() {
    return targetSchemeId;
  }

  /** Returns the only area kept, if the convention names one. */
  public Optional<String> area() {
    return area;
  }

  /** Returns the source codes the convention excludes, each with its reason. */
  public Map<String, String> exclusions() {
    return exclusions;
  }

  /** Returns the source codes counted in a broad group only: code to heading code. */
  public Map<String, String> broadGroupOnly() {
    Map<String, String> result = new LinkedHashMap<>();
    broadGroupOnly.forEach((code, rule) -> result.put(code, rule.headingCode));
    return ImmutableMap.copyOf(result);
  }

  /**
   * Re-expresses a population in the codes of another scheme: category level and broad-group level,
   * with an allocation and a statement for every source category.
   *
   * @param population the population; its scheme id must be {@code source}'s id
   * @param source the population's scheme, for labels
   * @param crosswalk a crosswalk from {@code source} to {@code target}
   * @param target the scheme re-expressed into; its headings are the broad groups
   * @return the re-expressed population
   * @throws NullPointerException if any argument is null
   * @throws IllegalArgumentException if the schemes, the crosswalk and the population do not match
   *     each other or the convention; if a population code is not in the source scheme; if a
   *     broad-group-only heading is not in the target scheme; if the convention's area is not in
   *     the population; or if nothing at all is counted at a level
   */
  public ReexpressedPopulation apply(
      ReferencePopulation population, Scheme source, Crosswalk crosswalk, Scheme target) {
    requireNonNull(population, "population");
    requireNonNull(source, "source");
    requireNonNull(crosswalk, "crosswalk");
    requireNonNull(target, "target");
    requireSame("population scheme", population.schemeId(), "source scheme", source.id());
    requireSame(
        "crosswalk '" + crosswalk.id() + "' source scheme",
        crosswalk.info().sourceSchemeId(),
        "source scheme",
        source.id());
    requireSame(
        "crosswalk '" + crosswalk.id() + "' target scheme",
        crosswalk.info().targetSchemeId(),
        "target scheme",
        target.id());
    sourceSchemeId.ifPresent(
        required ->
            requireSame("convention '" + id + "' source scheme", required, "given", source.id()));
    targetSchemeId.ifPresent(
        required ->
            requireSame("convention '" + id + "' target scheme", required, "given", target.id()));
    area.ifPresent(
        name -> {
          if (!population.areas().contains(name)) {
            throw new IllegalArgumentException(
                "convention '"
                    + id
                    + "' keeps area '"
                    + name
                    + "', which population '"
                    + population.id()
                    + "' does not have; its areas: "
                    + String.join(", ", population.areas()));
          }
        });
    broadGroupOnly.forEach(
        (code, rule) -> {
          if (!target.contains(rule.headingCode)) {
            throw new IllegalArgumentException(
                "convention '"
                    + id
                    + "' counts code '"
                    + code
                    + "' in broad group '"
                    + rule.headingCode
                    + "', which is not in scheme '"
                    + target.id()
                    + "'");
          }
        });
    Map<String, String> majorityHeading = majorityHeadings(source, crosswalk, target);
    List<Allocation> allocations = new ArrayList<>();
    for (String code : population.categoryCodes()) {
      Category category = source.requireCategory(code);
      allocations.add(allocate(category, source, crosswalk, target, majorityHeading));
    }
    return ReexpressedPopulation.of(population, crosswalk, target, this, allocations);
  }

  private Allocation allocate(
      Category category,
      Scheme source,
      Crosswalk crosswalk,
      Scheme target,
      Map<String, String> majorityHeading) {
    String code = category.code();
    String label = category.label();
    if (exclusions.containsKey(code)) {
      return Allocation.of(
          code,
          label,
          Optional.empty(),
          Optional.empty(),
          Allocation.Rule.EXCLUDED_BY_CONVENTION,
          Optional.empty(),
          label + " excluded: " + exclusions.get(code),
          true);
    }
    if (broadGroupOnly.containsKey(code)) {
      BroadGroupOnly rule = broadGroupOnly.get(code);
      return Allocation.of(
          code,
          label,
          Optional.empty(),
          Optional.of(rule.headingCode),
          Allocation.Rule.BROAD_GROUP_ONLY,
          Optional.empty(),
          label
              + " counted only in broad group "
              + target.requireCategory(rule.headingCode).label()
              + ", in no category: "
              + rule.reason,
          true);
    }
    Translation translation = crosswalk.translate(code);
    switch (translation.outcome()) {
      case NOT_IN_CROSSWALK:
        if (!source.children(category).isEmpty()) {
          return headingAllocation(category, source, crosswalk, target, majorityHeading);
        }
        return excluded(
            category,
            Allocation.Rule.EXCLUDED_NOT_IN_CROSSWALK,
            Optional.empty(),
            "crosswalk '" + crosswalk.id() + "' has no row for it");
      case UNMATCHED:
        return excluded(
            category,
            Allocation.Rule.EXCLUDED_UNMATCHED,
            Optional.of(Equivalence.UNMATCHED),
            "UNMATCHED" + comment(translation.rows().get(0)));
      case ONE_TO_MANY:
        if (oneToMany == OneToMany.EXCLUDE) {
          return excluded(
              category,
              Allocation.Rule.EXCLUDED_ONE_TO_MANY,
              Optional.empty(),
              "the crosswalk maps it to several targets ("
                  + String.join(", ", translation.targetCodes())
                  + ") and a count is never split");
        }
        return counted(
            category,
            translation.rows().get(0),
            Allocation.Rule.FIRST_LISTED_TARGET,
            target,
            majorityHeading,
            Optional.of("the first listed of " + String.join(", ", translation.targetCodes())));
      case MAPPED:
      default:
        CrosswalkRow row = translation.rows().get(0);
        if (row.equivalence() == Equivalence.INEXACT) {
          if (inexact == Inexact.EXCLUDE) {
            return excluded(
                category,
                Allocation.Rule.EXCLUDED_INEXACT,
                Optional.of(Equivalence.INEXACT),
                "its only crosswalk row, to "
                    + row.targetCode().orElseThrow()
                    + ", is INEXACT"
                    + comment(row));
          }
          return counted(
              category,
              row,
              Allocation.Rule.COUNTED_INEXACT,
              target,
              majorityHeading,
              Optional.of("INEXACT" + comment(row)));
        }
        return counted(
            category, row, Allocation.Rule.MAPPED, target, majorityHeading, Optional.empty());
    }
  }

  /**
   * Allocates a heading of the source scheme (a broad group with no crosswalk row) to the target
   * heading where most of its child categories are counted under this convention. A count is never
   * split, so children counted in another heading are named; a tie, or no child counted, excludes
   * it.
   */
  private Allocation headingAllocation(
      Category heading,
      Scheme source,
      Crosswalk crosswalk,
      Scheme target,
      Map<String, String> majorityHeading) {
    Map<String, List<String>> childrenByTarget = new LinkedHashMap<>();
    for (Category child : source.children(heading)) {
      allocate(child, source, crosswalk, target, majorityHeading)
          .broadGroupCode()
          .ifPresent(
              code ->
                  childrenByTarget
                      .computeIfAbsent(code, c -> new ArrayList<>())
                      .add(child.label()));
    }
    int most = childrenByTarget.values().stream().mapToInt(List::size).max().orElse(0);
    List<String> winners = new ArrayList<>();
    childrenByTarget.forEach(
        (code, children) -> {
          if (children.size() == most) {
            winners.add(code);
          }
        });
    if (winners.size() != 1) {
      return excluded(
          heading,
          Allocation.Rule.EXCLUDED_NOT_IN_CROSSWALK,
          Optional.empty(),
          "crosswalk '"
              + crosswalk.id()
              + "' has no row for it and its categories are counted in "
              + (winners.isEmpty()
                  ? "no broad group"
                  : "broad groups " + String.join(", ", winners))
              + " alike");
    }
    String chosen = winners.get(0);
    StringBuilder explanation =
        new StringBuilder(heading.label())
            .append(" counted in broad group ")
            .append(target.requireCategory(chosen).label())
            .append(", in no category");
    boolean split = childrenByTarget.size() > 1;
    if (split) {
      int all = childrenByTarget.values().stream().mapToInt(List::size).sum();
      List<String> elsewhere = new ArrayList<>();
      childrenByTarget.forEach(
          (code, children) -> {
            if (!code.equals(chosen)) {
              elsewhere.add(
                  String.join(", ", children)
                      + " (counted in "
                      + target.requireCategory(code).label()
                      + ")");
            }
          });
      explanation
          .append(" (")
          .append(most)
          .append(" of its ")
          .append(all)
          .append(" categories are counted there; it also holds ")
          .append(String.join(", ", elsewhere))
          .append(", and a count is never split)");
    }
    return Allocation.of(
        heading.code(),
        heading.label(),
        Optional.empty(),
        Optional.of(chosen),
        Allocation.Rule.BROAD_GROUP_OF_ITS_CATEGORIES,
        Optional.empty(),
        explanation.toString(),
        split);
  }

  private static Allocation excluded(
      Category category, Allocation.Rule rule, Optional<Equivalence> equivalence, String why) {
    return Allocation.of(
        category.code(),
        category.label(),
        Optional.empty(),
        Optional.empty(),
        rule,
        equivalence,
        category.label() + " excluded: " + why,
        true);
  }

  private static Allocation counted(
      Category category,
      CrosswalkRow row,
      Allocation.Rule rule,
      Scheme target,
      Map<String, String> majorityHeading,
      Optional<String> why) {
    Category targetCategory = target.requireCategory(row.targetCode().orElseThrow());
    Category heading = target.heading(targetCategory);
    StringBuilder explanation =
        new StringBuilder(category.label())
            .append(" counted in ")
            .append(targetCategory.code())
            .append(' ')
            .append(targetCategory.label());
    why.ifPresent(text -> explanation.append(" (").append(text).append(')'));
    String usual = majorityHeading.get(category.code());
    boolean moved = usual != null && !usual.equals(heading.code());
    if (moved) {
      explanation
          .append(", so in broad group ")
          .append(heading.label())
          .append(" rather than ")
          .append(target.requireCategory(usual).label());
    }
    return Allocation.of(
        category.code(),
        category.label(),
        Optional.of(targetCategory.code()),
        Optional.of(heading.code()),
        rule,
        Optional.of(row.equivalence()),
        explanation.toString(),
        moved || rule != Allocation.Rule.MAPPED);
  }

  /**
   * For each source code, the target heading that most of its source siblings map to: a code whose
   * own target heading differs has moved broad group (Chinese: Asian in 2021, Other in 2001).
   */
  private static Map<String, String> majorityHeadings(
      Scheme source, Crosswalk crosswalk, Scheme target) {
    Map<String, Map<String, Integer>> votes = new HashMap<>();
    Map<String, String> parentOf = new HashMap<>();
    for (Category category : source.categories()) {
      Optional<Category> parent = source.parent(category);
      if (parent.isEmpty()) {
        continue;
      }
      Translation translation = crosswalk.translate(category.code());
      if (translation.outcome() != Translation.Outcome.MAPPED) {
        continue;
      }
      Optional<Category> targetCategory = target.category(translation.targetCodes().get(0));
      if (targetCategory.isEmpty()) {
        continue;
      }
      String heading = target.heading(targetCategory.get()).code();
      parentOf.put(category.code(), parent.get().code());
      votes
          .computeIfAbsent(parent.get().code(), p -> new HashMap<>())
          .merge(heading, 1, Integer::sum);
    }
    Map<String, String> result = new HashMap<>();
    parentOf.forEach(
        (code, parent) -> {
          Map<String, Integer> tally = votes.get(parent);
          int best = tally.values().stream().mapToInt(Integer::intValue).max().orElse(0);
          List<String> winners = new ArrayList<>();
          tally.forEach(
              (heading, n) -> {
                if (n == best) {
                  winners.add(heading);
                }
              });
          if (winners.size() == 1) {
            result.put(code, winners.get(0));
          }
        });
    return result;
  }

  private static String comment(CrosswalkRow row) {
    return row.comment().map(text -> ": " + text).orElse("");
  }

  private static void requireSame(String what, String value, String other, String otherValue) {
    if (!value.equals(otherValue)) {
      throw new IllegalArgumentException(
          what + " is '" + value + "' but " + other + " is '" + otherValue + "'");
    }
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof PopulationConvention)) {
      return false;
    }
    PopulationConvention that = (PopulationConvention) other;
    return id.equals(that.id)
        && title.equals(that.title)
        && description.equals(that.description)
        && inexact == that.inexact
        && oneToMany == that.oneToMany
        && sourceSchemeId.equals(that.sourceSchemeId)
        && targetSchemeId.equals(that.targetSchemeId)
        && area.equals(that.area)
        && exclusions.equals(that.exclusions)
        && broadGroupOnly.equals(that.broadGroupOnly);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, inexact, oneToMany, exclusions, broadGroupOnly);
  }

  @Override
  public String toString() {
    return id + " (" + title + ")";
  }

  private static final class BroadGroupOnly {
    final String headingCode;
    final String reason;

    BroadGroupOnly(String headingCode, String reason) {
      this.headingCode = headingCode;
      this.reason = reason;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof BroadGroupOnly
          && headingCode.equals(((BroadGroupOnly) other).headingCode)
          && reason.equals(((BroadGroupOnly) other).reason);
    }

    @Override
    public int hashCode() {
      return Objects.hash(headingCode, reason);
    }
  }

  /** Builds a {@link PopulationConvention}. Not thread-safe; the convention it builds is. */
  public static final class Builder {
    private final String id;
    private final String title;
    private final String description;
    private Inexact inexact = Inexact.COUNT_IN_TARGET;
    private OneToMany oneToMany = OneToMany.EXCLUDE;
    private Optional<String> sourceSchemeId = Optional.empty();
    private Optional<String> targetSchemeId = Optional.empty();
    private Optional<String> area = Optional.empty();
    private final Map<String, String> exclusions = new LinkedHashMap<>();
    private final Map<String, BroadGroupOnly> broadGroupOnly = new LinkedHashMap<>();

    private Builder(String id, String title, String description) {
      this.id = requireNotBlank(id, "id");
      this.title = requireNotBlank(title, "title");
      this.description = requireNotBlank(description, "description");
    }

    /**
     * Sets what is done with a code whose only crosswalk row is INEXACT.
     *
     * @param handling the handling, not null
     * @return this builder
     */
    public Builder inexact(Inexact handling) {
      this.inexact = requireNonNull(handling, "handling");
      return this;
    }

    /**
     * Sets what is done with a code the crosswalk maps to several targets.
     *
     * @param handling the handling, not null
     * @return this builder
     */
    public Builder oneToMany(OneToMany handling) {
      this.oneToMany = requireNonNull(handling, "handling");
      return this;
    }

    /**
     * Ties the convention to populations coded in one scheme.
     *
     * @param schemeId the scheme id, not blank
     * @return this builder
     */
    public Builder sourceScheme(String schemeId) {
      this.sourceSchemeId = Optional.of(requireNotBlank(schemeId, "schemeId"));
      return this;
    }

    /**
     * Ties the convention to crosswalks into one scheme.
     *
     * @param schemeId the scheme id, not blank
     * @return this builder
     */
    public Builder targetScheme(String schemeId) {
      this.targetSchemeId = Optional.of(requireNotBlank(schemeId, "schemeId"));
      return this;
    }

    /**
     * Keeps one area of the population and drops the others.
     *
     * @param name the area's name, not blank
     * @return this builder
     */
    public Builder area(String name) {
      this.area = Optional.of(requireNotBlank(name, "area"));
      return this;
    }

    /**
     * Excludes a source code from both levels, whatever the crosswalk says.
     *
     * @param sourceCode the source code, not blank
     * @param reason why, not blank
     * @return this builder
     * @throws IllegalArgumentException if the code already has a rule
     */
    public Builder exclude(String sourceCode, String reason) {
      requireNew(sourceCode);
      exclusions.put(sourceCode, requireNotBlank(reason, "reason"));
      return this;
    }

    /**
     * Counts a source code in a broad group (a heading of the target scheme) and in none of the
     * target's categories, whatever the crosswalk says.
     *
     * @param sourceCode the source code, not blank
     * @param headingCode the code of the target scheme's heading, not blank
     * @param reason why, not blank
     * @return this builder
     * @throws IllegalArgumentException if the code already has a rule
     */
    public Builder broadGroupOnly(String sourceCode, String headingCode, String reason) {
      requireNew(sourceCode);
      broadGroupOnly.put(
          sourceCode,
          new BroadGroupOnly(
              requireNotBlank(headingCode, "headingCode"), requireNotBlank(reason, "reason")));
      return this;
    }

    private void requireNew(String sourceCode) {
      requireNotBlank(sourceCode, "sourceCode");
      if (exclusions.containsKey(sourceCode) || broadGroupOnly.containsKey(sourceCode)) {
        throw new IllegalArgumentException(
            "convention '" + id + "' already has a rule for code '" + sourceCode + "'");
      }
    }

    /** Returns the convention. */
    public PopulationConvention build() {
      return new PopulationConvention(this);
    }
  }

  private static String requireNotBlank(String value, String name) {
    requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }
}
