package org.equalitymonitoring.coding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The matches of one or more recognisers (levels, tried in turn), merged into one table: values as
 * given, codes ignoring case and space (by folded form), labels (by label key) and national
 * prefixes (by the folded form of a first character). Every match except a prefix is filed under
 * the label key that a value it matches has, with the other matches of that key in the order they
 * are tried (by level, then as given, folded, label), so a value is found by one lookup of its
 * label key whatever the number of levels, and {@link #first} finds the match a recogniser of each
 * level in turn would have found first. Lookups build no strings for an ASCII value. Immutable.
 */
final class MatchIndex {
  /** What {@link #first} returns for a blank value that no value of the first level matches. */
  static final Match BLANK = new Match(0, Recogniser.MISSING, Optional.of(Recogniser.MISSING));

  private static final Entry[] NOTHING_FILED = {};

  /** Kinds of match, in the order they are tried within a level. */
  private static final int AS_GIVEN = 0;

  private static final int FOLDED = 1;
  private static final int LABEL = 2;

  // An open-addressing table keyed by label key: its hash, its characters and the matches filed
  // under it, in the order they are tried.
  private final int[] hashes;
  private final String[] labelKeys;
  private final char[][] labelKeyChars;
  private final Entry[][] entries;
  private final int shift;
  // National prefixes by folded first character: ASCII ones in an array, all in the map.
  private final Match[] asciiPrefixes = new Match[128];
  private final Map<String, Match> prefixes = new HashMap<>();

  private MatchIndex(Builder builder) {
    Map<String, List<Entry>> byLabelKey = new LinkedHashMap<>();
    Set<List<Object>> filed = new HashSet<>();
    for (int level = 0; level < builder.outcomes.size(); level++) {
      Function<Recognition, Optional<Recognition>> outcome = builder.outcomes.get(level);
      file(byLabelKey, filed, level, AS_GIVEN, builder.asGiven.get(level), outcome);
      file(byLabelKey, filed, level, FOLDED, builder.folded.get(level), outcome);
      file(byLabelKey, filed, level, LABEL, builder.labels.get(level), outcome);
      for (Map.Entry<String, Recognition> prefix : builder.prefixes.get(level).entrySet()) {
        prefixes.putIfAbsent(
            prefix.getKey(), new Match(level, prefix.getValue(), outcome.apply(prefix.getValue())));
      }
    }
    prefixes.forEach(
        (key, match) -> {
          if (key.length() == 1 && key.charAt(0) < 128) {
            asciiPrefixes[key.charAt(0)] = match;
          }
        });
    int bits = 1;
    while (1 << bits < 2 * byLabelKey.size()) {
      bits++;
    }
    this.shift = 32 - bits;
    this.hashes = new int[1 << bits];
    this.labelKeys = new String[1 << bits];
    this.labelKeyChars = new char[1 << bits][];
    this.entries = new Entry[1 << bits][];
    byLabelKey.forEach(
        (labelKey, filedUnder) -> {
          int hash = NormalForms.labelHash(labelKey);
          int slot = slot(hash);
          while (labelKeys[slot] != null) {
            slot = (slot + 1) & (labelKeys.length - 1);
          }
          hashes[slot] = hash;
          labelKeys[slot] = labelKey;
          labelKeyChars[slot] = labelKey.toCharArray();
          entries[slot] = filedUnder.toArray(new Entry[0]);
        });
  }

  /**
   * Files the matches of one kind of one level under their label keys, after those filed before
   * them; a key already filed for this kind at a lower level keeps that level's match.
   */
  private static void file(
      Map<String, List<Entry>> byLabelKey,
      Set<List<Object>> filed,
      int level,
      int kind,
      Map<String, Recognition> matches,
      Function<Recognition, Optional<Recognition>> outcome) {
    matches.forEach(
        (key, found) -> {
          if (filed.add(List.of(kind, key))) {
            String labelKey = kind == LABEL ? key : NormalForms.labelKey(key);
            byLabelKey
                .computeIfAbsent(labelKey, k -> new ArrayList<>())
                .add(new Entry(kind, key, new Match(level, found, outcome.apply(found))));
          }
        });
  }

  /** Fibonacci hashing: the top bits of the hash times the golden ratio. */
  private int slot(int hash) {
    return hash * 0x9E3779B9 >>> shift;
  }

  /**
   * Returns the match found first: of the lowest level, and within a level the first of the value
   * as given, its folded form, its label key and, for a stripped value of two characters, its
   * national prefix; {@link #BLANK} for a blank value that the first level does not match as given;
   * null when nothing matches.
   */
  Match first(String raw) {
    // Leading and trailing white space is no part of a label key, so the value is hashed whole
    // and stripped only when a code is compared, a blank value told or a prefix read.
    long labelHash = NormalForms.asciiLabelHash(raw, 0, raw.length());
    if (labelHash == NormalForms.NOT_ASCII) {
      return firstBuilt(raw, NormalForms.strip(raw));
    }
    Entry[] filedUnder = filedUnderLabelKeyOf(raw, (int) labelHash);
    if (labelHash == 0 && NormalForms.stripStart(raw) == raw.length()) {
      return blankOrMatch(filedUnder, raw);
    }
    Match first = firstOf(filedUnder, raw);
    if (first != null && first.level() == 0) {
      return first;
    }
    int start = NormalForms.stripStart(raw);
    int end = NormalForms.stripEnd(raw, start);
    return end - start == 2
        ? earlier(first, asciiPrefixes[NormalForms.foldAscii(raw.charAt(start))])
        : first;
  }

  /** Returns the matches filed under the label key of an ASCII value, given the key's hash. */
  private Entry[] filedUnderLabelKeyOf(String raw, int labelHash) {
    for (int slot = slot(labelHash);
        labelKeys[slot] != null;
        slot = (slot + 1) & (labelKeys.length - 1)) {
      // A value that is its label key but for case (a SNOMED CT code, "White British") is compared
      // at once: it is ASCII here, so no other case mapping applies; another is compared by
      // streaming its label key.
      if (hashes[slot] == labelHash
          && (raw.equalsIgnoreCase(labelKeys[slot])
              || NormalForms.labelKeyEquals(labelKeyChars[slot], raw, 0, raw.length()))) {
        return entries[slot];
      }
    }
    return NOTHING_FILED;
  }

  /** Returns the match of a blank value as given by the first level, or {@link #BLANK}. */
  private static Match blankOrMatch(Entry[] filedUnder, String raw) {
    for (Entry entry : filedUnder) {
      if (entry.kind == AS_GIVEN && entry.match.level() == 0 && entry.key.equals(raw)) {
        return entry.match;
      }
    }
    return BLANK;
  }

  /** Returns the first match of a value among those filed under its label key, or null. */
  private static Match firstOf(Entry[] filedUnder, String raw) {
    for (Entry entry : filedUnder) {
      if (entry.kind == LABEL
          || (entry.kind == AS_GIVEN
              ? entry.key.equals(raw)
              : NormalForms.foldedEquals(entry.keyChars, raw))) {
        return entry.match;
      }
    }
    return null;
  }

  /** As {@link #first(String)} for a value that is not ASCII, building its forms. */
  private Match firstBuilt(String raw, String stripped) {
    if (stripped.isEmpty()) {
      return blankOrMatch(filedUnder(""), raw);
    }
    String folded = NormalForms.fold(stripped);
    String labelKey = NormalForms.labelKey(stripped);
    // The folded form may have another label key than the value: the upper case of "ß" is "SS".
    String foldedLabelKey = NormalForms.labelKey(folded);
    Entry first = firstBuilt(filedUnder(labelKey), null, raw, folded, labelKey);
    if (!foldedLabelKey.equals(labelKey)) {
      first = firstBuilt(filedUnder(foldedLabelKey), first, raw, folded, labelKey);
    }
    Match match = first == null ? null : first.match;
    return stripped.length() == 2 ? earlier(match, prefixes.get(folded.substring(0, 1))) : match;
  }

  /** Returns the first entry that matches a value's built forms, if tried before {@code first}. */
  private static Entry firstBuilt(
      Entry[] filedUnder, Entry first, String raw, String folded, String labelKey) {
    for (Entry entry : filedUnder) {
      if (first != null && entry.order >= first.order) {
        return first;
      }
      String form = entry.kind == AS_GIVEN ? raw : entry.kind == FOLDED ? folded : labelKey;
      if (entry.key.equals(form)) {
        return entry;
      }
    }
    return first;
  }

  /** Returns the matches filed under a label key. */
  private Entry[] filedUnder(String labelKey) {
    int hash = NormalForms.labelHash(labelKey);
    for (int slot = slot(hash);
        labelKeys[slot] != null;
        slot = (slot + 1) & (labelKeys.length - 1)) {
      if (labelKeys[slot].equals(labelKey)) {
        return entries[slot];
      }
    }
    return NOTHING_FILED;
  }

  /** Returns the match of the lower level; the first given of two of the same level. */
  private static Match earlier(Match first, Match next) {
    return first == null || (next != null && next.level() < first.level()) ? next : first;
  }

  /** A match: the level that has it, what that level found, and what it leads to. */
  static final class Match {
    private final int level;
    private final Recognition found;
    private final Recognition outcome;

    private Match(int level, Recognition found, Optional<Recognition> outcome) {
      this.level = level;
      this.found = found;
      this.outcome = outcome.orElse(null);
    }

    /** Returns the level, 0 for the first. */
    int level() {
      return level;
    }

    /** Returns what the recogniser of the level found. */
    Recognition found() {
      return found;
    }

    /** Returns what the match leads to; null when the next level is to be tried. */
    Recognition outcome() {
      return outcome;
    }
  }

  /** Collects the matches of each level in turn. */
  static final class Builder {
    private final List<Map<String, Recognition>> asGiven = new ArrayList<>();
    private final List<Map<String, Recognition>> folded = new ArrayList<>();
    private final List<Map<String, Recognition>> labels = new ArrayList<>();
    private final List<Map<String, Recognition>> prefixes = new ArrayList<>();
    private final List<Function<Recognition, Optional<Recognition>>> outcomes = new ArrayList<>();

    /**
     * Adds the matches of the next level, keyed by value as given, folded form, label key and
     * folded first character, with what each leads to (empty to try the next level).
     */
    Builder add(
        Map<String, Recognition> asGivenMatches,
        Map<String, Recognition> foldedMatches,
        Map<String, Recognition> labelMatches,
        Map<String, Recognition> prefixMatches,
        Function<Recognition, Optional<Recognition>> outcome) {
      asGiven.add(asGivenMatches);
      folded.add(foldedMatches);
      labels.add(labelMatches);
      prefixes.add(prefixMatches);
      outcomes.add(outcome);
      return this;
    }

    MatchIndex build() {
      return new MatchIndex(this);
    }
  }

  /** A match filed under a label key: its kind, its key in the form of that kind, and the match. */
  private static final class Entry {
    private final int kind;
    private final String key;
    private final char[] keyChars;
    private final Match match;
    // The order in which entries are tried: by level, then kind.
    private final int order;

    Entry(int kind, String key, Match match) {
      this.kind = kind;
      this.key = key;
      this.keyChars = key.toCharArray();
      this.match = match;
      this.order = 3 * match.level() + kind;
    }
  }
}
