package org.equalitymonitoring.coding;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
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
  /** The number of codes a cycle message lists in full; a longer cycle is shown in part. */
  private static final int LISTED_CYCLE_LENGTH = 20;

  private final SchemeInfo info;
  private final ImmutableList<Category> categories;
  private final ImmutableMap<String, Integer> indexByKey;
  private final ImmutableList<LegacyValue> legacyValues;
  private final Optional<Scheme> base;

  /** The index of the first local category; the number of categories if there are none. */
  private final int firstLocal;

  // The hierarchy by category index, worked out once so that every query is cheap at any depth.
  private final int[] parent;
  private final int[] depth;

  /**
   * A jump pointer per category (Myers' skew-binary scheme): an ancestor reached in one step, so
   * that finding the ancestor at any depth takes O(log depth) steps.
   */
  private final int[] jump;

  private final int[] baseAncestor;
  private final ImmutableList<ImmutableList<Category>> children;

  private Scheme(
      SchemeInfo info,
      List<Category> categories,
      List<LegacyValue> legacyValues,
      Optional<Scheme> base,
      int firstLocal) {
    this.info = info;
    this.categories = ImmutableList.copyOf(categories);
    this.legacyValues = ImmutableList.copyOf(legacyValues);
    this.base = base;
    this.firstLocal = firstLocal;
    int size = categories.size();
    ImmutableMap.Builder<String, Integer> keys = ImmutableMap.builderWithExpectedSize(size);
    for (int i = 0; i < size; i++) {
      keys.put(key(info, categories.get(i).code()), i);
    }
    this.indexByKey = keys.buildOrThrow();
    this.parent = new int[size];
    List<List<Integer>> childIndexes = new ArrayList<>(size);
    int[] order = new int[size];
    int ordered = 0;
    for (int i = 0; i < size; i++) {
      childIndexes.add(new ArrayList<>());
    }
    for (int i = 0; i < size; i++) {
      Optional<String> parentCode = categories.get(i).parentCode();
      if (parentCode.isPresent()) {
        parent[i] = indexByKey.get(key(info, parentCode.get()));
        childIndexes.get(parent[i]).add(i);
      } else {
        parent[i] = -1;
        order[ordered++] = i;
      }
    }
    // Top-level categories first, then each category after its parent (breadth first, no
    // recursion).
    for (int next = 0; next < ordered; next++) {
      for (int child : childIndexes.get(order[next])) {
        order[ordered++] = child;
      }
    }
    this.depth = new int[size];
    this.jump = new int[size];
    this.baseAncestor = new int[size];
    for (int i : order) {
      int p = parent[i];
      if (p < 0) {
        jump[i] = i;
        baseAncestor[i] = i;
      } else {
        depth[i] = depth[p] + 1;
        jump[i] =
            depth[p] - depth[jump[p]] == depth[jump[p]] - depth[jump[jump[p]]] ? jump[jump[p]] : p;
        baseAncestor[i] = i < firstLocal ? i : baseAncestor[p];
      }
    }
    ImmutableList.Builder<ImmutableList<Category>> childLists =
        ImmutableList.builderWithExpectedSize(size);
    for (List<Integer> indexes : childIndexes) {
      // a plain loop, not a stream per category: schemes are built at every start-up
      ImmutableList.Builder<Category> childList =
          ImmutableList.builderWithExpectedSize(indexes.size());
      for (int index : indexes) {
        childList.add(this.categories.get(index));
      }
      childLists.add(childList.build());
    }
    this.children = childLists.build();
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
    return new Scheme(info, categories, legacyValues, Optional.empty(), categories.size());
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
    return new Scheme(info, all, base.legacyValues, Optional.of(base), base.categories.size());
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
    checkCycles(info, categories, all, indexByKey, problems);
  }

  /**
   * Reports every category that is its own ancestor. Each category has at most one parent, so the
   * walk up from any code either ends or enters exactly one cycle; a code is walked at most once
   * over all starts, which keeps the check linear for deep hierarchies. A category below a cycle is
   * not reported: its own parent is valid, and the cycle is reported on its members.
   */
  private static void checkCycles(
      SchemeInfo info,
      List<Category> categories,
      Map<String, Category> all,
      Map<String, Integer> indexByKey,
      List<SchemeProblem> problems) {
    String[] cycleMessages = new String[categories.size()];
    Set<String> walked = new HashSet<>();
    for (int i = 0; i < categories.size(); i++) {
      Category start = categories.get(i);
      String startKey = key(info, start.code());
      if (!Integer.valueOf(i).equals(indexByKey.get(startKey))) {
        continue; // a duplicate, reported as such; the first category with its code is walked
      }
      List<String> path = new ArrayList<>();
      Map<String, Integer> positionOnPath = new HashMap<>();
      String currentKey = startKey;
      Category current = start;
      while (current != null && current.parentCode().isPresent() && !walked.contains(currentKey)) {
        Integer earlier = positionOnPath.putIfAbsent(currentKey, path.size());
        if (earlier != null) {
          describeCycle(categories, path.subList(earlier, path.size()), indexByKey, cycleMessages);
          break;
        }
        path.add(currentKey);
        currentKey = key(info, current.parentCode().get());
        current = all.get(currentKey);
      }
      walked.addAll(path);
    }
    for (int i = 0; i < cycleMessages.length; i++) {
      if (cycleMessages[i] != null) {
        problems.add(
            SchemeProblem.at(SchemeProblem.Part.CATEGORIES, i, "parent", cycleMessages[i]));
      }
    }
  }

  private static void describeCycle(
      List<Category> categories,
      List<String> cycle,
      Map<String, Integer> indexByKey,
      String[] messages) {
    String members = cycle.size() <= LISTED_CYCLE_LENGTH ? new HashSet<>(cycle).toString() : null;
    for (int position = 0; position < cycle.size(); position++) {
      Integer index = indexByKey.get(cycle.get(position));
      if (index == null) {
        // A base code: only where the local scheme ignores case and two base codes differ by case.
        continue;
      }
      String code = categories.get(index).code();
      messages[index] =
          members != null
              ? "code '" + code + "' is in a cycle of parents " + members
              : "code '"
                  + code
                  + "' is in a cycle of "
                  + cycle.size()
                  + " parents "
                  + partOfCycle(cycle, position);
    }
  }

  /** Returns the first codes of a long cycle from a position, in parent order, then "...". */
  private static String partOfCycle(List<String> cycle, int from) {
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < LISTED_CYCLE_LENGTH / 2; i++) {
      shown.add(cycle.get((from + i) % cycle.size()));
    }
    shown.add("...");
    return shown.toString();
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
    return Optional.ofNullable(indexByKey.get(key(info, requireNonNull(code, "code"))))
        .map(categories::get);
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
    return indexByKey.containsKey(key(info, requireNonNull(code, "code")));
  }

  /**
   * Returns the parent of a category.
   *
   * @param category a category of this scheme
   * @return the parent, or empty for a top-level category
   */
  public Optional<Category> parent(Category category) {
    int p = parent[indexOf(category)];
    return p < 0 ? Optional.empty() : Optional.of(categories.get(p));
  }

  /**
   * Returns the direct children of a category, in presentation order.
   *
   * @param category a category of this scheme
   * @return the children (possibly empty)
   */
  public List<Category> children(Category category) {
    return children.get(indexOf(category));
  }

  /**
   * Returns the ancestors of a category, nearest first.
   *
   * @param category a category of this scheme
   * @return the parent, its parent, and so on to the heading (empty for a top-level category)
   */
  public List<Category> ancestors(Category category) {
    int i = indexOf(category);
    ImmutableList.Builder<Category> result = ImmutableList.builderWithExpectedSize(depth[i]);
    for (int p = parent[i]; p >= 0; p = parent[p]) {
      result.add(categories.get(p));
    }
    return result.build();
  }

  /**
   * Returns the depth of a category: 0 for a top-level category, 1 for its children, and so on.
   *
   * @param category a category of this scheme
   * @return the number of ancestors
   */
  public int depth(Category category) {
    return depth[indexOf(category)];
  }

  /**
   * Returns the top-level category a category rolls up to (itself when it is top-level), such as
   * "White" for "White - British".
   *
   * @param category a category of this scheme
   * @return the top-level ancestor or the category itself
   */
  public Category heading(Category category) {
    return categories.get(ancestorAt(indexOf(category), 0));
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
    return categories.get(ancestorAt(indexOf(category), depth));
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
    return indexOf(category) >= firstLocal;
  }

  /**
   * Returns the base-scheme category a category rolls up to: itself if it is not local, otherwise
   * its nearest non-local ancestor. For a scheme that extends nothing, the category itself.
   *
   * @param category a category of this scheme
   * @return a category of the base scheme (or of this scheme if it has no base)
   */
  public Category rollUpToBase(Category category) {
    return categories.get(baseAncestor[indexOf(category)]);
  }

  /** Returns the ancestor of a category at a depth, or the category if it is no deeper. */
  private int ancestorAt(int index, int targetDepth) {
    int i = index;
    while (depth[i] > targetDepth) {
      i = depth[jump[i]] >= targetDepth ? jump[i] : parent[i];
    }
    return i;
  }

  private int indexOf(Category category) {
    requireNonNull(category, "category");
    Integer index = indexByKey.get(key(info, category.code()));
    if (index == null || !category.equals(categories.get(index))) {
      throw new IllegalArgumentException(
          "category '" + category + "' is not a category of scheme '" + info.id() + "'");
    }
    return index;
  }

  @Override
  public String toString() {
    return info.id() + " " + info.version() + " (" + categories.size() + " categories)";
  }
}
