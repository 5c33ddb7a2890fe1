package org.equalitymonitoring.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.equalitymonitoring.coding.NormalForms.Form;

/**
 * The matches of one or more recognisers (levels, tried in turn), merged into one table per kind of
 * match: values as given, codes ignoring case and space (by folded form), labels (by label key) and
 * national prefixes (by the folded form of a first character). Each key keeps the match of the
 * lowest level that has it, so a value is looked up once per kind whatever the number of levels,
 * and {@link #first} finds the match a recogniser of each level in turn would have found first.
 * Lookups build no strings for a value whose stripped part is ASCII. Immutable.
 */
final class MatchIndex {
  /** What {@link #first} returns for a blank value that no value of the first level matches. */
  static final Match BLANK = new Match(0, Recogniser.MISSING, Optional.of(Recogniser.MISSING));

  private final Table asGiven;
  private final Table folded;
  private final Table labels;
  private final Table prefixes;

  private MatchIndex(Builder builder) {
    this.asGiven = new Table(Form.AS_GIVEN, builder.asGiven, builder.outcomes);
    this.folded = new Table(Form.FOLDED, builder.folded, builder.outcomes);
    this.labels = new Table(Form.LABEL_KEY, builder.labels, builder.outcomes);
    this.prefixes = new Table(Form.FOLDED, builder.prefixes, builder.outcomes);
  }

  /**
   * Returns the match found first: of the lowest level, and within a level the first of the value
   * as given, its folded form, its label key and, for a stripped value of two characters, its
   * national prefix; {@link #BLANK} for a blank value that the first level does not match as given;
   * null when nothing matches.
   */
  Match first(String raw) {
    Match first = asGiven.get(raw, 0, raw.length(), NormalForms.hash(raw));
    if (isOfFirstLevel(first)) {
      return first;
    }
    int start = NormalForms.stripStart(raw);
    int end = NormalForms.stripEnd(raw, start);
    if (start == end) {
      return BLANK;
    }
    long hashes = NormalForms.asciiHashes(raw, start, end);
    if (hashes == NormalForms.NOT_ASCII) {
      return first(first, raw.substring(start, end));
    }
    first = earlier(first, folded.get(raw, start, end, NormalForms.foldedHash(hashes)));
    if (isOfFirstLevel(first)) {
      return first;
    }
    first = earlier(first, labels.get(raw, start, end, NormalForms.labelHash(hashes)));
    if (isOfFirstLevel(first) || end - start != 2) {
      return first;
    }
    int prefixHash = NormalForms.foldedHash(raw.charAt(start));
    return earlier(first, prefixes.get(raw, start, start + 1, prefixHash));
  }

  /** As {@link #first(String)} for a stripped value that is not ASCII, building its forms. */
  private Match first(Match asGivenMatch, String stripped) {
    String foldedValue = NormalForms.fold(stripped);
    Match first = earlier(asGivenMatch, folded.get(foldedValue));
    first = earlier(first, labels.get(NormalForms.labelKey(stripped)));
    if (stripped.length() == 2) {
      first = earlier(first, prefixes.get(foldedValue.substring(0, 1)));
    }
    return first;
  }

  /** Whether a match is of the first level, which no other match can precede. */
  private static boolean isOfFirstLevel(Match match) {
    return match != null && match.level() == 0;
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

  /**
   * An open-addressing table of matches keyed by one form of values, looked up by the hash of that
   * form and compared by streaming the form over the value's characters.
   */
  private static final class Table {
    private final Form form;
    private final String[] keys;
    private final char[][] keyChars;
    private final int[] hashes;
    private final Match[] matches;
    private final int shift;

    /**
     * Builds the table of one kind of match from the matches of each level, keeping for each key
     * the match of the lowest level.
     */
    Table(
        Form form,
        List<Map<String, Recognition>> byLevel,
        List<Function<Recognition, Optional<Recognition>>> outcomes) {
      this.form = form;
      int size = 0;
      for (Map<String, Recognition> matches : byLevel) {
        size += matches.size();
      }
      int bits = 1;
      while (1 << bits < 2 * size) {
        bits++;
      }
      this.shift = 32 - bits;
      this.keys = new String[1 << bits];
      this.keyChars = new char[1 << bits][];
      this.hashes = new int[1 << bits];
      this.matches = new Match[1 << bits];
      for (int level = 0; level < byLevel.size(); level++) {
        for (Map.Entry<String, Recognition> entry : byLevel.get(level).entrySet()) {
          putIfAbsent(entry.getKey(), level, entry.getValue(), outcomes.get(level));
        }
      }
    }

    private void putIfAbsent(
        String key,
        int level,
        Recognition found,
        Function<Recognition, Optional<Recognition>> outcome) {
      int hash = NormalForms.hash(key);
      int slot = slot(hash);
      while (keys[slot] != null) {
        if (keys[slot].equals(key)) {
          return;
        }
        slot = (slot + 1) & (keys.length - 1);
      }
      keys[slot] = key;
      keyChars[slot] = key.toCharArray();
      hashes[slot] = hash;
      matches[slot] = new Match(level, found, outcome.apply(found));
    }

    /** Fibonacci hashing: the top bits of the hash times the golden ratio. */
    private int slot(int hash) {
      return hash * 0x9E3779B9 >>> shift;
    }

    /** Returns the match of a key already in this table's form, or null. */
    Match get(String key) {
      for (int slot = slot(NormalForms.hash(key));
          keys[slot] != null;
          slot = (slot + 1) & (keys.length - 1)) {
        if (keys[slot].equals(key)) {
          return matches[slot];
        }
      }
      return null;
    }

    /**
     * Returns the match whose key is this table's form of the part {@code [start, end)} of a value,
     * given the hash of that form, or null; the part is ASCII unless the form is as given.
     */
    Match get(String value, int start, int end, int hash) {
      for (int slot = slot(hash); keys[slot] != null; slot = (slot + 1) & (keys.length - 1)) {
        if (hashes[slot] == hash
            && NormalForms.formEquals(form, keyChars[slot], value, start, end)) {
          return matches[slot];
        }
      }
      return null;
    }
  }
}
