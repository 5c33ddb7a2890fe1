package org.equalitymonitoring.cli;

import java.util.Arrays;

/**
 * Numbers distinct pairs of non-negative ints 0, 1, 2... in the order they are first added: an
 * open-addressing hash table of the pairs packed in {@code long}s, so that numbering a pair makes
 * no object. Memory grows with the distinct pairs. Not thread-safe.
 */
final class PairNumbers {
  /** An odd constant with well-mixed bits (the golden ratio's), to multiply keys by. */
  private static final long MIX = 0x9E3779B97F4A7C15L;

  private long[] pairs = new long[64];
  private int size;

  /** Each slot holds a pair's number plus one, or 0 when empty; the length is a power of two. */
  private int[] slots = new int[128];

  /** Returns the number of pairs. */
  int size() {
    return size;
  }

  /** Returns the number of a pair, adding it if it is new. */
  int intern(int first, int second) {
    long pair = (long) first << 32 | second;
    int mask = slots.length - 1;
    int slot = slot(pair) & mask;
    while (true) {
      int entry = slots[slot] - 1;
      if (entry < 0) {
        break;
      }
      if (pairs[entry] == pair) {
        return entry;
      }
      slot = (slot + 1) & mask;
    }
    int entry = size++;
    if (entry == pairs.length) {
      pairs = Arrays.copyOf(pairs, entry * 2);
    }
    pairs[entry] = pair;
    slots[slot] = entry + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return entry;
  }

  /** Returns the first of pair number {@code entry}. */
  int first(int entry) {
    return (int) (pairs[entry] >>> 32);
  }

  /** Returns the second of pair number {@code entry}. */
  int second(int entry) {
    return (int) pairs[entry];
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int entry = 0; entry < size; entry++) {
      int slot = slot(pairs[entry]) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = entry + 1;
    }
  }

  /** Returns a hash of a pair whose low bits, which pick the slot, depend on all its bits. */
  private static int slot(long pair) {
    long hash = pair * MIX;
    return (int) (hash >>> 32) ^ (int) hash;
  }
}
