package org.equalitymonitoring.coding;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Classifies free-text write-ins, such as "Filipino" written beside "Any other ethnic group",
 * against a detailed classification, and suggests the category that should have been recorded.
 *
 * <p>Matching is exact after normalisation, never fuzzy: case, accents, spacing and punctuation are
 * ignored ("FILIPINO.", " filipino " and "Filipino" are the same), as in {@link Recogniser}. A
 * write-in matches the categories whose whole label it equals; only if there are none, those with a
 * part of the label equal to it ({@link WriteInMatch.Basis#PART_OF_LABEL}). The same write-in
 * usually appears under several sections (Census 2021 counts "Filipino" under Asian and under
 * Other), so the suggestion is the most specific candidate ({@link DetailedCategory.Placement}): a
 * category itself, then a write-in under a category of its own, then the "Any other" of a named
 * section, then "Any other ethnic group" (this project's rule, not a publisher's). If the most
 * specific candidates point to different output codes, the match is {@link
 * WriteInMatch.Outcome#AMBIGUOUS} and nothing is suggested.
 *
 * <p>Building costs one pass over the categories; each {@link #classify} normalises the text once
 * (no regular expressions) and does one hash look-up. Immutable and thread-safe.
 */
public final class WriteInClassifier {
  private final List<DetailedCategory> categories;
  private final Map<String, List<DetailedCategory>> byLabel = new HashMap<>();
  private final Map<String, List<DetailedCategory>> byPart = new HashMap<>();

  private WriteInClassifier(List<DetailedCategory> categories) {
    this.categories = List.copyOf(categories);
    for (DetailedCategory category : this.categories) {
      byLabel
          .computeIfAbsent(NormalForms.labelKey(category.label()), k -> new ArrayList<>())
          .add(category);
      for (String part : parts(category.label())) {
        List<DetailedCategory> list = byPart.computeIfAbsent(part, k -> new ArrayList<>());
        if (!list.contains(category)) {
          list.add(category);
        }
      }
    }
  }

  /**
   * Returns a classifier of the given categories.
   *
   * @param categories the detailed classification, not null and not empty
   * @return the classifier
   * @throws IllegalArgumentException if categories is empty or two share a code
   */
  public static WriteInClassifier of(List<DetailedCategory> categories) {
    requireNonNull(categories, "categories");
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("a detailed classification needs at least one category");
    }
    Set<String> codes = new LinkedHashSet<>();
    for (DetailedCategory category : categories) {
      if (!codes.add(requireNonNull(category, "category").code())) {
        throw new IllegalArgumentException("duplicate detailed category '" + category.code() + "'");
      }
    }
    return new WriteInClassifier(categories);
  }

  /** Returns the categories, in the order given. */
  public List<DetailedCategory> categories() {
    return categories;
  }

  /**
   * Returns the keys of the parts of a label: the names separated by "/" or ",", each without a
   * bracketed note, where there is more than one part or a note.
   */
  private static Set<String> parts(String label) {
    Set<String> parts = new LinkedHashSet<>();
    StringBuilder part = new StringBuilder();
    int depth = 0;
    for (int i = 0; i <= label.length(); i++) {
      char c = i < label.length() ? label.charAt(i) : ',';
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (depth == 0 && (c == '/' || c == ',')) {
        String key = NormalForms.labelKey(part.toString());
        if (!key.isEmpty()) {
          parts.add(key);
        }
        part.setLength(0);
      } else if (depth == 0) {
        part.append(c);
      }
    }
    parts.remove(NormalForms.labelKey(label));
    return parts;
  }

  /**
   * Classifies one write-in.
   *
   * @param text the free text as recorded, not null
   * @return what it names; never throws for any text
   */
  public WriteInMatch classify(String text) {
    String key = NormalForms.labelKey(requireNonNull(text, "text"));
    if (key.isEmpty()) {
      return new WriteInMatch(
          WriteInMatch.Outcome.BLANK, WriteInMatch.Basis.NONE, List.of(), Optional.empty());
    }
    List<DetailedCategory> candidates = byLabel.get(key);
    WriteInMatch.Basis basis = WriteInMatch.Basis.WHOLE_LABEL;
    if (candidates == null) {
      candidates = byPart.get(key);
      basis = WriteInMatch.Basis.PART_OF_LABEL;
    }
    if (candidates == null) {
      return new WriteInMatch(
          WriteInMatch.Outcome.NOT_FOUND, WriteInMatch.Basis.NONE, List.of(), Optional.empty());
    }
    DetailedCategory best = null;
    boolean tied = false;
    for (DetailedCategory candidate : candidates) {
      if (best == null || candidate.placement().compareTo(best.placement()) < 0) {
        best = candidate;
        tied = false;
      } else if (candidate.placement() == best.placement()
          && !candidate.outputCode().equals(best.outputCode())) {
        tied = true;
      }
    }
    return tied
        ? new WriteInMatch(WriteInMatch.Outcome.AMBIGUOUS, basis, candidates, Optional.empty())
        : new WriteInMatch(WriteInMatch.Outcome.MATCHED, basis, candidates, Optional.of(best));
  }
}
