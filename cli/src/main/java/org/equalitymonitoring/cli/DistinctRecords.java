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
 * their fields: the values of the last column (the ethnicity, in {@code completeness}) and the
 * combinations of the others are each numbered by their bytes as written (see {@link ColumnKeys}),
 * and a record by the pair of those numbers, so a record makes no object, copies no bytes, and the
 * counts are one long per distinct record. Memory grows with the distinct records; past {@value
 * #REMEMBERED} of them in a chunk (or {@value #BYTES_REMEMBERED} bytes) the counting gives up with
 * {@link TooManyCombinations}, for the record-by-record reading to take over. Not thread-safe.
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

  private final ColumnKeys leading;
  private final ColumnKeys last;
  private final PairNumbers records = new PairNumbers();
  private long[] counts = new long[64];

  private DistinctRecords(int[] columns) {
    this.leading = new ColumnKeys(Arrays.copyOf(columns, columns.length - 1));
    this.last = new ColumnKeys(new int[] {columns[columns.length - 1]});
  }

  /**
   * Counts the records of a UTF-8 CSV file after its header by their values in some columns, in
   * chunks on several threads (see {@link CsvChunks}).
   *
   * @param file a regular file
   * @param delimiter the character between fields
   * @param fields the number of fields of the header
   * @param columns the columns whose values are counted, in order, at least one
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
      for (int record = 0; record < chunk.records.size(); record++) {
        String[] leading = chunk.leading.fields(chunk.records.first(record));
        String[] values = Arrays.copyOf(leading, leading.length + 1);
        values[leading.length] = chunk.last.fields(chunk.records.second(record))[0];
        records.merge(List.of(values), chunk.counts[record], Long::sum);
      }
    }
    return records;
  }

  @Override
  public void record(byte[] bytes, int[] starts, int[] ends) {
    int record =
        records.intern(leading.intern(bytes, starts, ends), last.intern(bytes, starts, ends));
    if (record == counts.length) {
      counts = Arrays.copyOf(counts, record * 2);
    }
    if (counts[record]++ == 0
        && (record >= REMEMBERED || leading.bytes() + last.bytes() > BYTES_REMEMBERED)) {
      throw new TooManyCombinations();
    }
  }
}
