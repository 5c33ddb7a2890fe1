package org.equalitymonitoring.cli;

import java.util.Arrays;

/**
 * Numbers distinct byte sequences 0, 1, 2... in the order they are first added: an open-addressing
 * hash table over one array of the sequences' bytes, so that looking up a span of a buffer makes no
 * object. Memory grows with the distinct sequences and their bytes. Not thread-safe.
 */
final class ByteKeys {
  private byte[] bytes = new byte[1 << 12];
  private int used;
  private int[] offsets = new int[64];
  private int[] lengths = new int[64];
  private int[] hashes = new int[64];
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
    int hash = hash(key, from, to);
    int mask = slots.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        return -1;
      }
      if (hashes[entry] == hash && equal(entry, key, from, to)) {
        return entry;
      }
    }
  }

  /** Returns the number of a span of bytes, adding it if it is new. */
  int intern(byte[] key, int from, int to) {
    int hash = hash(key, from, to);
    int mask = slots.length - 1;
    int slot = hash & mask;
    while (true) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        break;
      }
      if (hashes[entry] == hash && equal(entry, key, from, to)) {
        return entry;
      }
      slot = (slot + 1) & mask;
    }
    int entry = size++;
    if (entry == offsets.length) {
      offsets = Arrays.copyOf(offsets, entry * 2);
      lengths = Arrays.copyOf(lengths, entry * 2);
      hashes = Arrays.copyOf(hashes, entry * 2);
    }
    int length = to - from;
    if (used + length > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, used + length));
    }
    System.arraycopy(key, from, bytes, used, length);
    offsets[entry] = used;
    lengths[entry] = length;
    hashes[entry] = hash;
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

  private boolean equal(int entry, byte[] key, int from, int to) {
    // keys are short: a plain loop beats Arrays.equals, which is set up for long arrays
    int length = to - from;
    if (lengths[entry] != length) {
      return false;
    }
    int offset = offsets[entry] - from;
    for (int i = from; i < to; i++) {
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

  private static int hash(byte[] key, int from, int to) {
    int hash = 1;
    for (int i = from; i < to; i++) {
      hash = 31 * hash + key[i];
    }
    // spread the high bits into the low ones, which pick the slot
    return hash ^ (hash >>> 16);
  }
}
