package org.equalitymonitoring.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Counts the records of one chunk of an extract by their values in some columns, from the bytes of
 * their fields: a combination of values is numbered by its bytes as written (see {@link
 * ColumnKeys}), so a record makes no object, and the counts are one long per combination. Memory
 * grows with the distinct combinations; past {@value #REMEMBERED} of them in a chunk (or {@value
 * #BYTES_REMEMBERED} bytes) the counting gives up with {@link TooManyCombinations}, for the
 * record-by-record reading to take over. Not thread-safe.
 */
final class DistinctRecords implements ByteRecords.Sink {
  static final int REMEMBERED = 1 << 18;
  static final int BYTES_REMEMBERED = 1 << 24;

  /** Thrown when a chunk holds more distinct combinations than are remembered. */
  static final class TooManyCombinations extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyCombinations() {
      super("more than " + REMEMBERED + " distinct records in a chunk", null, false, false);
    }
  }

  private final ColumnKeys combinations;
  private long[] counts = new long[64];

  private DistinctRecords(int[] columns) {
    this.combinations = new ColumnKeys(columns);
  }

  /**
   * Counts the records of a UTF-8 CSV file after its header by their values in some columns, in
   * chunks on several threads (see {@link CsvChunks}).
   *
   * @param file a regular file
   * @param delimiter the character between fields
   * @param fields the number of fields of the header
   * @param columns the columns whose values are counted, in order
   * @param bytesRead counts the bytes read, for progress
   * @return for each distinct combination, its values as the {@code CsvReader} reads them and how
   *     many records have them; or empty if the file breaks a rule of the {@code CsvReader} (which
   *     will report it) or holds what {@link ByteRecords} leaves to it
   * @throws TooManyCombinations if a chunk holds more than {@value #REMEMBERED} combinations
   */
  static Optional<Map<List<String>, Long>> count(
      Path file, char delimiter, int fields, int[] columns, LongAdder bytesRead) {
    return CsvChunks.read(file, delimiter, fields, of(columns), bytesRead)
        .map(DistinctRecords::records);
  }

  /** Returns a maker of counts of the chunks of one extract by their values in some columns. */
  static Supplier<DistinctRecords> of(int[] columns) {
    return () -> new DistinctRecords(columns);
  }

  /** Returns the counts of chunks together, by the values of the combinations. */
  static Map<List<String>, Long> records(List<DistinctRecords> chunks) {
    Map<List<String>, Long> records = new HashMap<>();
    for (DistinctRecords chunk : chunks) {
      for (int combination = 0; combination < chunk.combinations.size(); combination++) {
        records.merge(
            List.of(chunk.combinations.fields(combination)), chunk.counts[combination], Long::sum);
      }
    }
    return records;
  }

  @Override
  public void record(byte[] bytes, int[] starts, int[] ends) {
    int combination = combinations.intern(bytes, starts, ends);
    if (combination == counts.length) {
      counts = Arrays.copyOf(counts, combination * 2);
    }
    if (counts[combination]++ == 0
        && (combination >= REMEMBERED || combinations.bytes() > BYTES_REMEMBERED)) {
      throw new TooManyCombinations();
    }
  }
}
