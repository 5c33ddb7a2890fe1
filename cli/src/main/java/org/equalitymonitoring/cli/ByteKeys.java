package org.equalitymonitoring.cli;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Numbers distinct byte sequences 0, 1, 2... in the order they are first added: an open-addressing
 * hash table over one array of the sequences' bytes, so that looking up a span of a buffer makes no
 * object. Keys are read eight bytes at a time: the first eight bytes of each key are kept as a
 * {@code long}, so that a key of up to eight bytes (a code, a provider) is hashed with one
 * multiplication and compared in one step. Memory grows with the distinct sequences and their
 * bytes. Not thread-safe.
 */
final class ByteKeys {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** An odd constant with well-mixed bits (the golden ratio's), to multiply words by. */
  private static final long MIX = 0x9E3779B97F4A7C15L;

  private byte[] bytes = new byte[1 << 12];
  private int used;
  private int[] offsets = new int[64];
  private int[] lengths = new int[64];
  private int[] hashes = new int[64];

  /** The first eight bytes of each key ({@link #head}). */
  private long[] heads = new long[64];

  private int size;

  /** Each slot holds a key's number plus one, or 0 when empty; the length is a power of two. */
  private int[] slots = new int[128];

  /** Returns the number of keys. */
  int size() {
    return size;
  }

  /** Returns the number of bytes the keys hold. */
  int bytes() {
    return used;
  }

  /** Returns the number of a span of bytes, or -1 if it has not been added. */
  int find(byte[] key, int from, int to) {
    long head = head(key, from, to);
    int hash = hash(head, key, from, to);
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        return -1;
      }
      if (heads[entry] == head && hashes[entry] == hash && equal(entry, key, from, to)) {
        return entry;
      }
    }
  }

  /** Returns the number of a span of bytes, adding it if it is new. */
  int intern(byte[] key, int from, int to) {
    long head = head(key, from, to);
    int hash = hash(head, key, from, to);
    int mask = slots.length - 1;
    int slot = hash & mask;
    while (true) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        break;
      }
      if (heads[entry] == head && hashes[entry] == hash && equal(entry, key, from, to)) {
        return entry;
      }
      slot = (slot + 1) & mask;
    }
    int entry = size++;
    if (entry == offsets.length) {
      offsets = Arrays.copyOf(offsets, entry * 2);
      lengths = Arrays.copyOf(lengths, entry * 2);
      hashes = Arrays.copyOf(hashes, entry * 2);
      heads = Arrays.copyOf(heads, entry * 2);
    }
    int length = to - from;
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
    }
    System.arraycopy(key, from, bytes, used, length);
    offsets[entry] = used;
    lengths[entry] = length;
    hashes[entry] = hash;
    heads[entry] = head;
    used += length;
    slots[slot] = entry + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return entry;
  }

  /** Returns the bytes of key number {@code entry}: the array, read from {@link #offset}. */
  byte[] array() {
    return bytes;
  }

  int offset(int entry) {
    return offsets[entry];
  }

  int length(int entry) {
    return lengths[entry];
  }

  /** Whether key number {@code entry}, whose first eight bytes are known to match, is the span. */
  private boolean equal(int entry, byte[] key, int from, int to) {
    // keys are short: a plain loop beats Arrays.equals, which is set up for long arrays
    int length = to - from;
    if (lengths[entry] != length) {
      return false;
    }
    int offset = offsets[entry] - from;
    for (int i = from + Long.BYTES; i < to; i++) {
      if (bytes[offset + i] != key[i]) {
        return false;
      }
    }
    return true;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int entry = 0; entry < size; entry++) {
      int slot = hashes[entry] & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry + 1;
    }
  }

  /**
   * Returns the first eight bytes of a span as a little-endian {@code long}, the bytes past its end
   * (if it is shorter) as zeros.
   */
  static long head(byte[] key, int from, int to) {
    int length = to - from;
    if (from + Long.BYTES <= key.length) {
      long word = (long) LONGS.get(key, from);
      return length >= Long.BYTES ? word : word & ((1L << (length << 3)) - 1);
    }
    long word = 0;
    for (int i = Math.min(to, from + Long.BYTES) - 1; i >= from; i--) {
      word = word << 8 | (key[i] & 0xFF);
    }
    return word;
  }

  /** Returns the hash of a span whose first eight bytes are {@code head}: word by word. */
  private static int hash(long head, byte[] key, int from, int to) {
    long hash = (head ^ (to - from)) * MIX;
    int i = from + Long.BYTES;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      hash = (hash ^ (long) LONGS.get(key, i)) * MIX;
    }
    if (i < to) {
      hash = (hash ^ head(key, i, to)) * MIX;
    }
    // the high bits are the best mixed; the low ones pick the slot
    return (int) (hash >>> 32) ^ (int) hash;
  }
}
