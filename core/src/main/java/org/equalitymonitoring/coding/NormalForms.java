package org.equalitymonitoring.coding;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The forms of a raw value that recognition looks up: stripped of white space at both ends, folded
 * to upper case (a code ignoring case) and reduced to a label key (its words in lower case without
 * accents, joined by single spaces).
 *
 * <p>Besides building each form as a string, it hashes the label key of an ASCII value and compares
 * its folded form and label key with stored keys without building them, streaming over the value's
 * characters. Other values have their forms built.
 */
final class NormalForms {
  /** Returned by {@link #asciiLabelHash} for a value that is not ASCII. */
  static final long NOT_ASCII = -1;

  /** The upper case of each ASCII character. */
  private static final char[] UPPER = new char[128];

  /** The lower case of each ASCII letter or digit; 0 for other ASCII characters. */
  private static final char[] LABEL = new char[128];

  static {
    for (char c = 0; c < 128; c++) {
      UPPER[c] = Character.toUpperCase(c);
      LABEL[c] = Character.isLetterOrDigit(c) ? Character.toLowerCase(c) : 0;
    }
  }

  private NormalForms() {}

  /** Removes leading and trailing white space, including no-break spaces and a byte-order mark. */
  static String strip(String value) {
    int start = stripStart(value);
    int end = stripEnd(value, start);
    return start == 0 && end == value.length() ? value : value.substring(start, end);
  }

  /** Returns the index of the first character that {@link #strip} keeps. */
  static int stripStart(String value) {
    int start = 0;
    while (start < value.length() && isSpace(value.charAt(start))) {
      start++;
    }
    return start;
  }

  /** Returns the index after the last character that {@link #strip} keeps. */
  static int stripEnd(String value, int start) {
    int end = value.length();
    while (end > start && isSpace(value.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private static boolean isSpace(char c) {
    if (c > ' ' && c < 128) {
      return false; // printable ASCII, the first and last character of most values
    }
    return Character.isWhitespace(c)
        || c == '\u00A0'
        || c == '\u2007'
        || c == '\u202F'
        || c == '\uFEFF';
  }

  /** Returns a code in upper case, as codes are compared ignoring case. */
  static String fold(String code) {
    return code.toUpperCase(Locale.ROOT);
  }

  /** Returns the upper case of an ASCII character. */
  static char foldAscii(char c) {
    return UPPER[c];
  }

  /**
   * Returns the words of a label in lower case without accents, joined by single spaces: "White -
   * British" and "white british" give the same key.
   */
  static String labelKey(String label) {
    String text = label;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) > 127) {
        text = Normalizer.normalize(text, Normalizer.Form.NFD);
        break;
      }
    }
    StringBuilder key = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (pendingSpace && key.length() > 0) {
          key.append(' ');
        }
        pendingSpace = false;
        key.append(Character.toLowerCase(c));
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        pendingSpace = true;
      }
    }
    return key.toString();
  }

  /**
   * Returns the hash of a label key: of its letters and digits, ignoring the spaces between words,
   * so that it can be computed in one pass over a value without tracking words.
   */
  static int labelHash(String labelKey) {
    int hash = 0;
    for (int i = 0; i < labelKey.length(); i++) {
      char c = labelKey.charAt(i);
      if (c != ' ') {
        hash = 31 * hash + c;
      }
    }
    return hash;
  }

  /**
   * Returns the {@linkplain #labelHash hash of the label key} of the part {@code [start, end)} of a
   * value, or {@link #NOT_ASCII} if the part has a character beyond ASCII.
   */
  static long asciiLabelHash(String value, int start, int end) {
    int hash = 0;
    int all = 0;
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      all |= c;
      // A character beyond ASCII is looked up as another, and the result discarded below.
      int lower = LABEL[c & 127];
      hash = lower == 0 ? hash : 31 * hash + lower;
    }
    return all < 128 ? hash & 0xFFFFFFFFL : NOT_ASCII;
  }

  /** Whether the folded form of an ASCII value, stripped, is {@code key}. */
  static boolean foldedEquals(char[] key, String value) {
    int start = stripStart(value);
    int end = stripEnd(value, start);
    if (key.length != end - start) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (UPPER[value.charAt(start + i)] != key[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the label key of the part {@code [start, end)} of an ASCII value is {@code key}. */
  static boolean labelKeyEquals(char[] key, String value, int start, int end) {
    int length = 0;
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char lower = LABEL[value.charAt(i)];
      if (lower == 0) {
        pendingSpace = length > 0;
      } else {
        if (pendingSpace) {
          if (length == key.length || key[length] != ' ') {
            return false;
          }
          length++;
          pendingSpace = false;
        }
        if (length == key.length || key[length] != lower) {
          return false;
        }
        length++;
      }
    }
    return length == key.length;
  }
}
