package org.equalitymonitoring.coding;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned coding scheme: its {@link SchemeInfo}, its categories in presentation order with
 * their hierarchy (heading, category, sub-category, to any depth), and the legacy values that older
 * data holds.
 *
 * <p>A local sub-classification is a scheme built by {@link #extend}: it holds every category of
 * its base scheme plus local categories, each of which rolls up to exactly one base category.
 *
 * <p>Instances are immutable and thread-safe. Hierarchy queries take a category of this scheme and
 * throw {@link IllegalArgumentException} for a category of another scheme.
 */
public final class Scheme {
  private final SchemeInfo info;
  private final ImmutableList<Category> categories;
  private final ImmutableMap<String, Category> byKey;
  private final ImmutableListMultimap<String, Category> childrenByCode;
  private final ImmutableList<LegacyValue> legacyValues;
  private final Optional<Scheme> base;
  private final ImmutableSet<String> localCodes;

  private Scheme(
      SchemeInfo info,
      List<Category> categories,
      List<LegacyValue> legacyValues,
      Optional<Scheme> base,
      Set<String> localCodes) {
    this.info = info;
    this.categories = ImmutableList.copyOf(categories);
    ImmutableMap.Builder<String, Category> keys = ImmutableMap.builder();
    ImmutableListMultimap.Builder<String, Category> children = ImmutableListMultimap.builder();
    for (Category category : categories) {
      keys.put(key(info, category.code()), category);
      category.parentCode().ifPresent(parent -> children.put(parent, category));
    }
    this.byKey = keys.buildOrThrow();
    this.childrenByCode = children.build();
    this.legacyValues = ImmutableList.copyOf(legacyValues);
    this.base = base;
    this.localCodes = ImmutableSet.copyOf(localCodes);
  }

  /**
   * Returns a scheme after checking its content.
   *
   * @param info the scheme's metadata; must not name a base scheme (use {@link #extend})
   * @param categories the categories in presentation order
   * @param legacyValues values of older data with a known meaning (may be empty)
   * @return the scheme
   * @throws NullPointerException if any argument or element is null
   * @throws InvalidSchemeException listing every problem: a duplicate code (ignoring case where the
   *     scheme is not case-sensitive), an unknown parent code, a cycle, a legacy value that is also
   *     a code, names an unknown code or names no code for a SUBSTANTIVE or OTHER kind, an empty
   *     category list, or a base scheme id
   */
  public static Scheme of(
      SchemeInfo info, List<Category> categories, List<LegacyValue> legacyValues) {
    requireNonNull(info, "info");
    List<SchemeProblem> problems = new ArrayList<>();
    if (info.baseSchemeId().isPresent()) {
      problems.add(
          SchemeProblem.ofScheme(
              "extends",
              "scheme names base scheme '"
                  + info.baseSchemeId().get()
                  + "'; build it with Scheme.extend"));
    }
    if (categories.isEmpty()) {
      problems.add(SchemeProblem.ofScheme("categories", "a scheme needs at least one category"));
    }
    Map<String, Category> known = new HashMap<>();
    checkCategories(info, categories, known, problems);
    checkLegacyValues(info, legacyValues, categories, problems);
    if (!problems.isEmpty()) {
      throw new InvalidSchemeException(info.id(), problems);
    }
    return new Scheme(info, categories, legacyValues, Optional.empty(), Set.of());
  }

  /**
   * Returns a local sub-classification: the base scheme's categories followed by local ones, each
   * of which rolls up to exactly one base category through its parent chain.
   *
   * @param base the scheme being extended
   * @param info the local scheme's metadata; its base scheme id must be {@code base}'s id
   * @param localCategories local categories in presentation order; each must have a parent that is
   *     a base code or another local code
   * @return the extended scheme, which keeps the base scheme's legacy values
   * @throws NullPointerException if any argument or element is null
   * @throws InvalidSchemeException listing every problem: a missing or different base scheme id, a
   *     local category without parent, an unknown parent, a code already in the base or repeated, a
   *     cycle
   */
  public static Scheme extend(Scheme base, SchemeInfo info, List<Category> localCategories) {
    requireNonNull(base, "base");
    requireNonNull(info, "info");
    List<SchemeProblem> problems = new ArrayList<>();
    if (!info.baseSchemeId().equals(Optional.of(base.info.id()))) {
      problems.add(
          SchemeProblem.ofScheme(
              "extends",
              "local scheme must extend '"
                  + base.info.id()
                  + "', got "
                  + info.baseSchemeId().map(id -> "'" + id + "'").orElse("none")));
    }
    if (localCategories.isEmpty()) {
      problems.add(
          SchemeProblem.ofScheme("categories", "a local scheme needs at least one category"));
    }
    Map<String, Category> known = new HashMap<>();
    for (Category category : base.categories) {
      known.put(key(info, category.code()), category);
    }
    for (int i = 0; i < localCategories.size(); i++) {
      Category category = requireNonNull(localCategories.get(i), "category");
      if (category.parentCode().isEmpty()) {
        problems.add(
            SchemeProblem.at(
                SchemeProblem.Part.CATEGORIES,
                i,
                "parent",
                "local code '"
                    + category.code()
                    + "' must roll up to a code of '"
                    + base.info.id()
                    + "'"));
      }
    }
    checkCategories(info, localCategories, known, problems);
    if (!problems.isEmpty()) {
      throw new InvalidSchemeException(info.id(), problems);
    }
    List<Category> all = new ArrayList<>(base.categories);
    all.addAll(localCategories);
    Set<String> locals = new HashSet<>();
    localCategories.forEach(category -> locals.add(category.code()));
    return new Scheme(info, all, base.legacyValues, Optional.of(base), locals);
  }

  private static void checkCategories(
      SchemeInfo info,
      List<Category> categories,
      Map<String, Category> known,
      List<SchemeProblem> problems) {
    Map<String, Integer> indexByKey = new HashMap<>();
    for (int i = 0; i < categories.size(); i++) {
      Category category = requireNonNull(categories.get(i), "category");
      String key = key(info, category.code());
      if (known.containsKey(key) || indexByKey.containsKey(key)) {
        problems.add(
            SchemeProblem.at(
                SchemeProblem.Part.CATEGORIES,
                i,
                "code",
                "duplicate code '"
                    + category.code()
                    + "'"
                    + (info.caseSensitive() ? "" : " (codes of this scheme ignore case)")));
      } else {
        indexByKey.put(key, i);
      }
    }
    Map<String, Category> all = new HashMap<>(known);
    for (Category category : categories) {
      all.putIfAbsent(key(info, category.code()), category);
    }
    for (int i = 0; i < categories.size(); i++) {
      Category category = categories.get(i);
      Optional<String> parent = category.parentCode();
      if (parent.isPresent() && !all.containsKey(key(info, parent.get()))) {
        problems.add(
            SchemeProblem.at(
                SchemeProblem.Part.CATEGORIES,
                i,
                "parent",
                "unknown parent code '" + parent.get() + "' of code '" + category.code() + "'"));
      }
    }
    for (int i = 0; i < categories.size(); i++) {
      Category start = categories.get(i);
      Set<String> seen = new HashSet<>();
      Category current = start;
      while (current != null && current.parentCode().isPresent()) {
        if (!seen.add(key(info, current.code()))) {
          problems.add(
              SchemeProblem.at(
                  SchemeProblem.Part.CATEGORIES,
                  i,
                  "parent",
                  "code '" + start.code() + "' is in a cycle of parents " + seen));
          break;
        }
        current = all.get(key(info, current.parentCode().get()));
      }
    }
  }

  private static void checkLegacyValues(
      SchemeInfo info,
      List<LegacyValue> legacyValues,
      List<Category> categories,
      List<SchemeProblem> problems) {
    Map<String, Category> codes = new HashMap<>();
    categories.forEach(category -> codes.putIfAbsent(key(info, category.code()), category));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < legacyValues.size(); i++) {
      LegacyValue legacy = requireNonNull(legacyValues.get(i), "legacy value");
      String value = legacy.value().strip().toUpperCase(Locale.ROOT);
      if (!seen.add(value)) {
        problems.add(
            SchemeProblem.at(
                SchemeProblem.Part.LEGACY_VALUES,
                i,
                "value",
                "duplicate legacy value '" + legacy.value() + "'"));
      }
      if (legacy.code().isEmpty() && legacy.kind().isKnown()) {
        problems.add(
            SchemeProblem.at(
                SchemeProblem.Part.LEGACY_VALUES,
                i,
                "code",
                "legacy value '"
                    + legacy.value()
                    + "' is "
                    + legacy.kind()
                    + " and must name the code it stands for"));
      }
      if (legacy.code().isPresent()) {
        Category target = codes.get(key(info, legacy.code().get()));
        if (target == null) {
          problems.add(
              SchemeProblem.at(
                  SchemeProblem.Part.LEGACY_VALUES,
                  i,
                  "code",
                  "legacy value '"
                      + legacy.value()
                      + "' names unknown code '"
                      + legacy.code().get()
                      + "'"));
        } else if (target.kind() != legacy.kind()) {
          problems.add(
              SchemeProblem.at(
                  SchemeProblem.Part.LEGACY_VALUES,
                  i,
                  "kind",
                  "legacy value '"
                      + legacy.value()
                      + "' is "
                      + legacy.kind()
                      + " but code '"
                      + target.code()
                      + "' is "
                      + target.kind()));
        }
      }
    }
  }

  static String key(SchemeInfo info, String code) {
    return info.caseSensitive() ? code : code.toUpperCase(Locale.ROOT);
  }

  /** Returns the scheme's metadata. */
  public SchemeInfo info() {
    return info;
  }

  /** Returns the scheme's id; the same as {@code info().id()}. */
  public String id() {
    return info.id();
  }

  /** Returns every category in presentation order (for a local scheme: base, then local). */
  public List<Category> categories() {
    return categories;
  }

  /** Returns the legacy values of older data, with their meaning. */
  public List<LegacyValue> legacyValues() {
    return legacyValues;
  }

  /**
   * Returns the category with this exact code (ignoring case if the scheme is not case-sensitive).
   * For messy recorded values use a {@link Recogniser}.
   *
   * @param code a code, not null
   * @return the category, or empty if the scheme has no such code
   */
  public Optional<Category> category(String code) {
    return Optional.ofNullable(byKey.get(key(info, requireNonNull(code, "code"))));
  }

  /**
   * Returns the category with this code.
   *
   * @param code a code of this scheme
   * @return the category
   * @throws UnknownCodeException if the scheme has no such code
   */
  public Category requireCategory(String code) {
    return category(code).orElseThrow(() -> new UnknownCodeException(info.id(), code));
  }

  /**
   * Returns whether the scheme has this code.
   *
   * @param code a code, not null
   * @return true if {@link #category(String)} finds it
   */
  public boolean contains(String code) {
    return byKey.containsKey(key(info, requireNonNull(code, "code")));
  }

  /**
   * Returns the parent of a category.
   *
   * @param category a category of this scheme
   * @return the parent, or empty for a top-level category
   */
  public Optional<Category> parent(Category category) {
    return own(category).parentCode().map(this::requireCategory);
  }

  /**
   * Returns the direct children of a category, in presentation order.
   *
   * @param category a category of this scheme
   * @return the children (possibly empty)
   */
  public List<Category> children(Category category) {
    return childrenByCode.get(own(category).code());
  }

  /**
   * Returns the ancestors of a category, nearest first.
   *
   * @param category a category of this scheme
   * @return the parent, its parent, and so on to the heading (empty for a top-level category)
   */
  public List<Category> ancestors(Category category) {
    List<Category> result = new ArrayList<>();
    Optional<Category> current = parent(category);
    while (current.isPresent()) {
      result.add(current.get());
      current = parent(current.get());
    }
    return result;
  }

  /**
   * Returns the depth of a category: 0 for a top-level category, 1 for its children, and so on.
   *
   * @param category a category of this scheme
   * @return the number of ancestors
   */
  public int depth(Category category) {
    return ancestors(category).size();
  }

  /**
   * Returns the top-level category a category rolls up to (itself when it is top-level), such as
   * "White" for "White - British".
   *
   * @param category a category of this scheme
   * @return the top-level ancestor or the category itself
   */
  public Category heading(Category category) {
    List<Category> ancestors = ancestors(category);
    return ancestors.isEmpty() ? category : ancestors.get(ancestors.size() - 1);
  }

  /**
   * Returns the ancestor of a category at a given depth, or the category itself when it is at that
   * depth or shallower.
   *
   * @param category a category of this scheme
   * @param depth 0 for the heading level, 1 for the level below, and so on
   * @return the category it rolls up to at that depth
   * @throws IllegalArgumentException if depth is negative
   */
  public Category rollUp(Category category, int depth) {
    if (depth < 0) {
      throw new IllegalArgumentException("depth must be at least 0, got " + depth);
    }
    List<Category> ancestors = ancestors(category);
    int own = ancestors.size();
    return own <= depth ? category : ancestors.get(own - depth - 1);
  }

  /** Returns the scheme this one extends, for a local sub-classification. */
  public Optional<Scheme> base() {
    return base;
  }

  /**
   * Returns whether a category is a local addition rather than a category of the base scheme.
   *
   * @param category a category of this scheme
   * @return true for a local category of a local sub-classification
   */
  public boolean isLocal(Category category) {
    return localCodes.contains(own(category).code());
  }

  /**
   * Returns the base-scheme category a category rolls up to: itself if it is not local, otherwise
   * its nearest non-local ancestor. For a scheme that extends nothing, the category itself.
   *
   * @param category a category of this scheme
   * @return a category of the base scheme (or of this scheme if it has no base)
   */
  public Category rollUpToBase(Category category) {
    Category current = own(category);
    while (localCodes.contains(current.code())) {
      current = parent(current).orElseThrow();
    }
    return current;
  }

  private Category own(Category category) {
    requireNonNull(category, "category");
    Category mine = byKey.get(key(info, category.code()));
    if (!category.equals(mine)) {
      throw new IllegalArgumentException(
          "category '" + category + "' is not a category of scheme '" + info.id() + "'");
    }
    return mine;
  }

  @Override
  public String toString() {
    return info.id() + " " + info.version() + " (" + categories.size() + " categories)";
  }
}
