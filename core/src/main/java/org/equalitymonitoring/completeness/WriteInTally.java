package org.equalitymonitoring.completeness;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Counts the free-text descriptions written with "Any other ... background" codes, to show which
 * communities a local sub-classification should add (one borough found Filipino people were the
 * largest group hidden in "Other").
 *
 * <p>Descriptions are compared ignoring case and surrounding or repeated white space. Memory grows
 * with the number of distinct descriptions. Mutable and not thread-safe; tallies {@link #merge}.
 */
public final class WriteInTally {
  private final Map<String, Map<String, long[]>> byCode = new HashMap<>();

  private WriteInTally() {}

  /** Returns an empty tally. */
  public static WriteInTally create() {
    return new WriteInTally();
  }

  /**
   * Counts one description written with a code.
   *
   * @param code the recorded category code, not null
   * @param description the free text, not null; blank text is not counted
   * @return this tally
   */
  public WriteInTally add(String code, String description) {
    return add(code, description, 1);
  }

  /**
   * Counts descriptions written with a code that are the same text, as many calls of {@link
   * #add(String, String)}.
   *
   * @param code the recorded category code, not null
   * @param description the free text, not null; blank text is not counted
   * @param count how many, {@code >= 0}
   * @return this tally
   * @throws IllegalArgumentException if the count is negative
   */
  public WriteInTally add(String code, String description, long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count is at least 0, got " + count);
    }
    if (count == 0) {
      return this;
    }
    requireNonNull(code, "code");
    String key = normalise(requireNonNull(description, "description"));
    if (!key.isEmpty()) {
      long[] cell = byCode.computeIfAbsent(code, c -> new HashMap<>()).get(key);
      if (cell == null) {
        byCode.get(code).put(key, new long[] {count});
      } else {
        cell[0] += count;
      }
    }
    return this;
  }

  /**
   * Adds every count of another tally; the other is unchanged.
   *
   * @param other another tally
   * @return this tally
   */
  public WriteInTally merge(WriteInTally other) {
    requireNonNull(other, "other");
    other.byCode.forEach(
        (code, texts) -> texts.forEach((text, count) -> add(code, text, count[0])));
    return this;
  }

  /**
   * Returns the largest write-in groups written with a code, largest first, ties by text.
   *
   * @param code the category code
   * @param limit how many at most, at least 1
   * @return pairs of normalised description and count
   * @throws IllegalArgumentException if limit is below 1
   */
  public List<Map.Entry<String, Long>> largest(String code, int limit) {
    requireNonNull(code, "code");
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    List<Map.Entry<String, Long>> result = new ArrayList<>();
    byCode
        .getOrDefault(code, Map.of())
        .forEach((text, count) -> result.add(Map.entry(text, count[0])));
    result.sort(
        Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue)
            .reversed()
            .thenComparing(Map.Entry::getKey));
    return result.subList(0, Math.min(limit, result.size()));
  }

  /** Returns the codes that have at least one description, sorted. */
  public List<String> codes() {
    List<String> codes = new ArrayList<>(byCode.keySet());
    codes.sort(null);
    return codes;
  }

  static String normalise(String text) {
    StringBuilder result = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = result.length() > 0;
      } else {
        if (space) {
          result.append(' ');
          space = false;
        }
        result.append(c);
      }
    }
    return result.toString().toLowerCase(Locale.ROOT);
  }
}
