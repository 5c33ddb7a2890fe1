package org.equalitymonitoring.coding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * The recognition rules written plainly, with string operations, as the specification that the
 * recognisers' lookups are checked against; and random values to check them on, made from a
 * vocabulary (codes, labels, synonyms) mangled as people and systems write values.
 */
public final class RecognitionReference {
  private static final Recognition MISSING =
      Recognition.withoutCategory(RecognitionStatus.MISSING, RecognitionRule.BLANK);
  private static final Recognition UNRECOGNISED =
      Recognition.withoutCategory(RecognitionStatus.UNRECOGNISED, RecognitionRule.NONE);

  private static final String[] SPACES = {
    " ", "  ", "\t", "\n", "\u00A0", "\u2007", "\u202F", "\uFEFF", "\u3000", "\u2003"
  };
  private static final String[] SEPARATORS = {
    " ", "  ", "-", " - ", ", ", ": ", "/", "_", ".", "\u00A0", "\t", "(", ")", "'", "\u2013"
  };
  private static final String[] ODD_CHARACTERS = {
    "\u0301", "\u0308", "\u00E9", "\u00DF", "\u00FF", "\u0130", "\u0131", "\u212A", "\u017F",
    "\uD83D\uDE00", "\uD800", "\u01C5", "\uFB01", "\u0000", "\u00B5", "\u1E9E", "\u00C5", "\u212B"
  };

  private RecognitionReference() {}

  /**
   * Recognises a value by the documented rules, against the recogniser's tables: the value as
   * given, then stripped of white space (MISSING if nothing is left) and folded to upper case, then
   * as a label key, then, for a stripped value of two characters, by its national first character.
   */
  public static Recognition recognise(Recogniser recogniser, String raw) {
    if (raw == null) {
      return MISSING;
    }
    Recognition hit = recogniser.asGivenMatches().get(raw);
    if (hit != null) {
      return hit;
    }
    String stripped = strip(raw);
    if (stripped.isEmpty()) {
      return MISSING;
    }
    String folded = stripped.toUpperCase(Locale.ROOT);
    hit = recogniser.foldedMatches().get(folded);
    if (hit != null) {
      return hit;
    }
    hit = recogniser.labelMatches().get(labelKey(stripped));
    if (hit != null) {
      return hit;
    }
    if (recogniser.scheme().info().firstCharacterIsNational() && stripped.length() == 2) {
      hit = recogniser.prefixMatches().get(folded.substring(0, 1));
      if (hit != null) {
        return hit;
      }
    }
    return UNRECOGNISED;
  }

  /**
   * Recognises a value with each recogniser in turn (by {@link #recognise}): the first outcome
   * given, else the first recogniser's recognition.
   */
  public static Recognition inTurn(
      List<Recogniser> recognisers,
      List<Function<Recognition, Optional<Recognition>>> outcomes,
      String raw) {
    Recognition first = recognise(recognisers.get(0), raw);
    for (int i = 0; i < recognisers.size(); i++) {
      Recognition recognition = i == 0 ? first : recognise(recognisers.get(i), raw);
      Optional<Recognition> outcome = outcomes.get(i).apply(recognition);
      if (outcome.isPresent()) {
        return outcome.get();
      }
    }
    return first;
  }

  private static String strip(String value) {
    int start = 0;
    int end = value.length();
    while (start < end && isSpace(value.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(value.charAt(end - 1))) {
      end--;
    }
    return value.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || "\u00A0\u2007\u202F\uFEFF".indexOf(c) >= 0;
  }

  /**
   * The words of a value: after canonical decomposition and without non-spacing marks, the runs of
   * letters and digits, each character in lower case, joined by single spaces.
   */
  private static String labelKey(String value) {
    String text = Normalizer.normalize(value, Normalizer.Form.NFD);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        word.append(Character.toLowerCase(c));
      } else if (Character.getType(c) != Character.NON_SPACING_MARK && word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return String.join(" ", words);
  }

  /** Returns the codes, labels and alternative labels of a scheme, and its legacy values. */
  public static List<String> vocabulary(Scheme scheme) {
    List<String> words = new ArrayList<>();
    for (Category category : scheme.categories()) {
      words.add(category.code());
      words.add(category.label());
      words.addAll(category.alternativeLabels());
    }
    scheme.legacyValues().forEach(legacy -> words.add(legacy.value()));
    return words;
  }

  /** Returns the keys of a map of synonyms, for a vocabulary. */
  public static List<String> keys(Map<String, String> synonyms) {
    return new ArrayList<>(synonyms.keySet());
  }

  /**
   * Returns values made from a vocabulary, changed by up to four random manglings (case, white
   * space at the ends, separators between words, punctuation, accents, truncation to two
   * characters, odd Unicode characters), and now and then random Unicode text or null.
   */
  public static Gen<String> values(List<String> vocabulary) {
    return in -> {
      long kind = in.next(Constraint.between(0, 19));
      if (kind == 0) {
        return null;
      }
      if (kind == 1) {
        return randomText(in);
      }
      String value = vocabulary.get((int) in.next(Constraint.between(0, vocabulary.size() - 1)));
      long manglings = in.next(Constraint.between(0, 4));
      for (int i = 0; i < manglings; i++) {
        value = mangle(value, in);
      }
      return value;
    };
  }

  private static String mangle(String value, RandomnessSource in) {
    int at = value.isEmpty() ? 0 : (int) in.next(Constraint.between(0, value.length()));
    switch ((int) in.next(Constraint.between(0, 9))) {
      case 0:
        return value.toLowerCase(Locale.ROOT);
      case 1:
        return value.toUpperCase(Locale.ROOT);
      case 2:
        StringBuilder flipped = new StringBuilder();
        for (char c : value.toCharArray()) {
          flipped.append(
              in.next(Constraint.between(0, 1)) == 0
                  ? Character.toUpperCase(c)
                  : Character.toLowerCase(c));
        }
        return flipped.toString();
      case 3:
        return pick(SPACES, in) + value + pick(SPACES, in);
      case 4:
        return value.replace(" ", pick(SEPARATORS, in));
      case 5:
        return value.substring(0, at) + pick(SEPARATORS, in) + value.substring(at);
      case 6:
        return value.substring(0, at) + pick(ODD_CHARACTERS, in) + value.substring(at);
      case 7:
        return value
            .replace("e", in.next(Constraint.between(0, 1)) == 0 ? "\u00E9" : "e\u0301")
            .replace("a", "\u00E2");
      case 8:
        return value.length() < 2 ? value + pick(SEPARATORS, in) : value.substring(0, 2);
      default:
        return value.substring(0, at) + randomText(in) + value.substring(at);
    }
  }

  private static String pick(String[] choices, RandomnessSource in) {
    return choices[(int) in.next(Constraint.between(0, choices.length - 1))];
  }

  private static String randomText(RandomnessSource in) {
    StringBuilder text = new StringBuilder();
    long length = in.next(Constraint.between(0, 4));
    for (int i = 0; i < length; i++) {
      long range = in.next(Constraint.between(0, 2));
      long max = range == 0 ? 0x7F : range == 1 ? 0xFF : 0xFFFF;
      text.append((char) in.next(Constraint.between(0, max)));
    }
    return text.toString();
  }
}
