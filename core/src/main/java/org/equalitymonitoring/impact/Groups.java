package org.equalitymonitoring.impact;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Validation and aggregation of {@link GroupCount} lists, with messages naming the group. */
final class Groups {

  private Groups() {}

  /**
   * Checks a list of counts (not null, no null element, no duplicate group or group and stratum, no
   * group both stratified and not) and returns one unstratified count per group, in the order the
   * groups first appear, summing strata ({@code STATISTICAL-METHODS.md} §1: grouped data are summed
   * per group before the calculation).
   */
  static List<GroupCount> crude(List<GroupCount> counts) {
    checked(counts);
    Map<String, long[]> events = new LinkedHashMap<>();
    Map<String, double[]> denominators = new LinkedHashMap<>();
    for (GroupCount c : counts) {
      long[] e = events.computeIfAbsent(c.group(), g -> new long[1]);
      e[0] = addExact(e[0], c.events(), c);
      denominators.computeIfAbsent(c.group(), g -> new double[1])[0] += c.denominator();
    }
    List<GroupCount> out = new ArrayList<>(events.size());
    for (Map.Entry<String, long[]> e : events.entrySet()) {
      out.add(GroupCount.of(e.getKey(), e.getValue()[0], denominators.get(e.getKey())[0]));
    }
    requireAtLeastTwo(out);
    return out;
  }

  /** Checks the list as {@link #crude} does, without aggregating; returns a copy. */
  static List<GroupCount> checked(List<GroupCount> counts) {
    Objects.requireNonNull(counts, "counts");
    Set<String> keys = new HashSet<>();
    Map<String, Boolean> stratified = new LinkedHashMap<>();
    List<GroupCount> copy = new ArrayList<>(counts.size());
    for (GroupCount c : counts) {
      Objects.requireNonNull(c, "counts must not contain null");
      boolean s = c.stratum().isPresent();
      Boolean before = stratified.putIfAbsent(c.group(), s);
      if (before != null && before != s) {
        throw new IllegalArgumentException(
            "group \""
                + c.group()
                + "\" has both stratified and unstratified counts: give it either one count or"
                + " one count per stratum");
      }
      String key = c.group() + "\u0000" + c.stratum().orElse("");
      if (!keys.add(key)) {
        throw new IllegalArgumentException(
            "duplicate " + c.describe() + ": each group (and stratum) must appear once");
      }
      copy.add(c);
    }
    if (copy.isEmpty()) {
      throw new IllegalArgumentException("counts must not be empty: at least 2 groups are needed");
    }
    return copy;
  }

  static void requireAtLeastTwo(List<GroupCount> groups) {
    if (groups.size() < 2) {
      throw new IllegalArgumentException(
          "at least 2 groups are needed to compare groups, got " + labels(groups));
    }
  }

  /** Requires {@code events <= denominator}, as a proportion needs (STATISTICAL-METHODS §1). */
  static void checkProportion(GroupCount c) {
    if (c.events() > c.denominator()) {
      throw new IllegalArgumentException(
          "events must not exceed the denominator for a proportion, got events="
              + c.events()
              + ", denominator="
              + c.denominator()
              + " for "
              + c.describe()
              + " (STATISTICAL-METHODS.md §1: x > n is an error)");
    }
  }

  /**
   * Returns the index of the named reference group in {@code groups}, or -1 for all other groups.
   */
  static int referenceIndex(List<GroupCount> groups, Reference reference) {
    if (reference.group().isEmpty()) {
      return -1;
    }
    String name = reference.group().get();
    for (int i = 0; i < groups.size(); i++) {
      if (groups.get(i).group().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(
        "unknown reference group \"" + name + "\"; the groups are: " + labels(groups));
  }

  static String labels(List<GroupCount> groups) {
    return groups.stream()
        .map(GroupCount::group)
        .distinct()
        .map(g -> "\"" + g + "\"")
        .collect(Collectors.joining(", ", "[", "]"));
  }

  static long addExact(long a, long b, GroupCount c) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("events overflow a long when adding " + c.describe(), e);
    }
  }
}
