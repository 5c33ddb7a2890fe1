package org.equalitymonitoring.coding;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The forms of a raw value that recognition looks up: stripped of white space at both ends, folded
 * to upper case (a code ignoring case) and reduced to a label key (its words in lower case without
 * accents, joined by single spaces).
 *
 * <p>Besides building each form as a string, it hashes and compares the folded form and the label
 * key of a value's stripped part without building them, in one pass over its characters, when that
 * part is ASCII: a hash equals {@link String#hashCode} of the form built, without the sign bit.
 * Other values have their forms built.
 */
final class NormalForms {
  /** Returned by {@link #asciiHashes} for a value that is not ASCII. */
  static final long NOT_ASCII = -1;

  private static final int HASH_BITS = 0x7FFFFFFF;

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

  /** Returns the hash under which a form is stored: its {@link String#hashCode} without sign. */
  static int hash(String form) {
    return form.hashCode() & HASH_BITS;
  }

  /**
   * Returns, for the part {@code [start, end)} of a value, the {@linkplain #hash hash} of its
   * folded form in the upper half and that of its label key in the lower half, or {@link
   * #NOT_ASCII} if the part has a character beyond ASCII.
   */
  static long asciiHashes(String value, int start, int end) {
    int folded = 0;
    int label = 0;
    boolean inKey = false;
    boolean pendingSpace = false;
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (c >= 128) {
        return NOT_ASCII;
      }
      folded = 31 * folded + UPPER[c];
      char lower = LABEL[c];
      if (lower == 0) {
        pendingSpace = inKey;
      } else {
        if (pendingSpace) {
          label = 31 * label + ' ';
          pendingSpace = false;
        }
        label = 31 * label + lower;
        inKey = true;
      }
    }
    return (long) (folded & HASH_BITS) << 32 | (label & HASH_BITS);
  }

  /** Returns the folded-form hash of {@link #asciiHashes}. */
  static int foldedHash(long hashes) {
    return (int) (hashes >>> 32);
  }

  /** Returns the label-key hash of {@link #asciiHashes}. */
  static int labelHash(long hashes) {
    return (int) hashes;
  }

  /** Returns the hash of the folded form of one ASCII character. */
  static int foldedHash(char c) {
    return UPPER[c];
  }

  /** A form under which values are looked up. */
  enum Form {
    /** The value as given. */
    AS_GIVEN,
    /** The value in upper case ({@link #fold}). */
    FOLDED,
    /** The words of the value ({@link #labelKey}). */
    LABEL_KEY
  }

  /**
   * Whether a form of the part {@code [start, end)} of a value is {@code key}; for a form other
   * than {@link Form#AS_GIVEN}, the part is ASCII.
   */
  static boolean formEquals(Form form, char[] key, String value, int start, int end) {
    switch (form) {
      case AS_GIVEN:
        return equalsAsGiven(key, value, start, end);
      case FOLDED:
        return foldedEquals(key, value, start, end);
      default:
        return labelKeyEquals(key, value, start, end);
    }
  }

  private static boolean equalsAsGiven(char[] key, String value, int start, int end) {
    if (key.length != end - start) {
      return false;
    }
    for (int i = 0; i < key.length; i++) {
      if (value.charAt(start + i) != key[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean foldedEquals(char[] key, String value, int start, int end) {
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

  private static boolean labelKeyEquals(char[] key, String value, int start, int end) {
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
