package org.equalitymonitoring.cli;

import java.util.Arrays;

/**
 * Numbers the distinct combinations of the values of some columns of records read as bytes (see
 * {@link ByteRecords}), by the bytes of those values as written, so that numbering a record makes
 * no object; {@link #fields} decodes a combination as the {@code CsvReader} returns its fields.
 * Memory grows with the distinct combinations and their bytes. Not thread-safe.
 */
final class ColumnKeys {
  private final int[] columns;
  private final ByteKeys keys = new ByteKeys();
  private byte[] key = new byte[256];

  /**
   * Returns an empty numbering.
   *
   * @param columns the columns whose values make a combination, in order
   */
  ColumnKeys(int[] columns) {
    this.columns = columns.clone();
  }

  /** Returns the number of distinct combinations. */
  int size() {
    return keys.size();
  }

  /** Returns the number of bytes the combinations hold. */
  int bytes() {
    return keys.bytes();
  }

  /**
   * Returns the number of a record's combination, adding it if it is new.
   *
   * @param bytes the record's bytes
   * @param starts where each field starts
   * @param ends where each field ends (exclusive)
   */
  int intern(byte[] bytes, int[] starts, int[] ends) {
    return columns.length == 1
        ? keys.intern(bytes, starts[columns[0]], ends[columns[0]])
        : keys.intern(key, 0, key(bytes, starts, ends));
  }

  /**
   * Writes the key of a combination of several columns to {@link #key}: for each column, its length
   * in 4 bytes and its bytes as written. Returns the key's length. (The key of a combination of one
   * column is its bytes as written.)
   */
  private int key(byte[] bytes, int[] starts, int[] ends) {
    int length = 0;
    for (int column : columns) {
      int start = starts[column];
      int n = ends[column] - start;
      if (length + 4 + n > key.length) {
        key = Arrays.copyOf(key, Math.max(key.length * 2, length + 4 + n));
      }
      key[length] = (byte) (n >>> 24);
      key[length + 1] = (byte) (n >>> 16);
      key[length + 2] = (byte) (n >>> 8);
      key[length + 3] = (byte) n;
      System.arraycopy(bytes, start, key, length + 4, n);
      length += 4 + n;
    }
    return length;
  }

  /**
   * Returns the values of combination number {@code n}, one per column, as the CsvReader reads
   * them.
   */
  String[] fields(int n) {
    byte[] bytes = keys.array();
    int at = keys.offset(n);
    if (columns.length == 1) {
      return new String[] {ByteRecords.field(bytes, at, at + keys.length(n))};
    }
    String[] fields = new String[columns.length];
    for (int i = 0; i < columns.length; i++) {
      int length =
          (bytes[at] & 0xFF) << 24
              | (bytes[at + 1] & 0xFF) << 16
              | (bytes[at + 2] & 0xFF) << 8
              | (bytes[at + 3] & 0xFF);
      fields[i] = ByteRecords.field(bytes, at + 4, at + 4 + length);
      at += 4 + length;
    }
    return fields;
  }
}
