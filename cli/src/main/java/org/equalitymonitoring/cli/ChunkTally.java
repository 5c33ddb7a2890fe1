package org.equalitymonitoring.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.function.Supplier;
import org.equalitymonitoring.coding.Recognition;
import org.equalitymonitoring.completeness.CompletenessTally;

/**
 * Counts the records of one chunk of an extract by unit and recognition, from the bytes of their
 * fields: a unit is numbered by the bytes of its columns and a raw value by its bytes, so a String
 * is made only for a value or unit not seen before in the chunk, and the counts are a row of longs
 * per unit. Each distinct raw value is recognised once, through a cache shared by the chunks;
 * {@link #addTo} then adds the counts to a {@link CompletenessTally} under the unit names the
 * record-by-record reading gives (columns stripped of white space, joined by " / "). Memory grows
 * with the distinct units and values, never with the records; values stop being remembered past
 * {@value #VALUES_REMEMBERED} distinct ones (or {@value #VALUE_BYTES_REMEMBERED} bytes), after
 * which a new value is recognised each time it is read. Not thread-safe.
 */
final class ChunkTally implements ByteRecords.Sink {
  static final int VALUES_REMEMBERED = 1 << 17;
  static final int VALUE_BYTES_REMEMBERED = 1 << 22;

  private final int ethnicity;
  private final Function<String, Recognition> recognise;
  private final ColumnKeys units;
  private final ByteKeys values = new ByteKeys();
  private int[] valueRecognitions = new int[64];
  private final List<Recognition> recognitions = new ArrayList<>();
  private final Map<Recognition, Integer> recognitionNumbers = new HashMap<>();
  private long[][] counts = new long[16][];

  private ChunkTally(int ethnicity, int[] unitColumns, Function<String, Recognition> recognise) {
    this.ethnicity = ethnicity;
    this.units = new ColumnKeys(unitColumns);
    this.recognise = recognise;
  }

  /**
   * Returns a maker of tallies for the chunks of one extract.
   *
   * @param ethnicity the column of the recorded ethnicity
   * @param unitColumns the columns that name a unit, in order
   * @param recognise recognises a raw value; thread-safe
   */
  static Supplier<ChunkTally> of(
      int ethnicity, int[] unitColumns, Function<String, Recognition> recognise) {
    Map<String, Recognition> cache = new ConcurrentHashMap<>();
    Function<String, Recognition> cached =
        raw ->
            cache.size() < VALUES_REMEMBERED
                ? cache.computeIfAbsent(raw, recognise)
                : recognise.apply(raw);
    return () -> new ChunkTally(ethnicity, unitColumns, cached);
  }

  /**
   * Tallies the records of a UTF-8 CSV file after its header in chunks on several threads (see
   * {@link CsvChunks}).
   *
   * @param file a regular file
   * @param delimiter the character between fields
   * @param fields the number of fields of the header
   * @param ethnicity the column of the recorded ethnicity
   * @param unitColumns the columns that name a unit, in order
   * @param recognise recognises a raw value; thread-safe
   * @param bytesRead counts the bytes read, for progress
   * @return the tally, the same as one made record by record from a {@code CsvReader}; or empty if
   *     the file breaks a rule of the {@code CsvReader} (which will report it) or holds what {@link
   *     ByteRecords} leaves to it
   */
  static Optional<CompletenessTally> tally(
      Path file,
      char delimiter,
      int fields,
      int ethnicity,
      int[] unitColumns,
      Function<String, Recognition> recognise,
      LongAdder bytesRead) {
    return CsvChunks.read(file, delimiter, fields, of(ethnicity, unitColumns, recognise), bytesRead)
        .map(
            chunks -> {
              CompletenessTally tally = CompletenessTally.create();
              chunks.forEach(chunk -> chunk.addTo(tally));
              return tally;
            });
  }

  @Override
  public void record(byte[] bytes, int[] starts, int[] ends) {
    int unit = units.intern(bytes, starts, ends);
    if (unit == counts.length) {
      counts = Arrays.copyOf(counts, unit * 2);
    }
    long[] row = counts[unit];
    if (row == null) {
      row = counts[unit] = new long[Math.max(8, recognitions.size())];
    }
    int recognition = recognition(bytes, starts[ethnicity], ends[ethnicity]);
    if (recognition >= row.length) {
      row = counts[unit] = Arrays.copyOf(row, Math.max(recognition + 1, row.length * 2));
    }
    row[recognition]++;
  }

  /** Returns the number of the recognition of a raw value written as the span of bytes. */
  private int recognition(byte[] bytes, int start, int end) {
    int value = values.find(bytes, start, end);
    if (value >= 0) {
      return valueRecognitions[value];
    }
    Recognition recognition = recognise.apply(ByteRecords.field(bytes, start, end));
    Integer number = recognitionNumbers.get(recognition);
    if (number == null) {
      number = recognitions.size();
      recognitions.add(recognition);
      recognitionNumbers.put(recognition, number);
    }
    if (values.size() < VALUES_REMEMBERED && values.bytes() < VALUE_BYTES_REMEMBERED) {
      value = values.intern(bytes, start, end);
      if (value == valueRecognitions.length) {
        valueRecognitions = Arrays.copyOf(valueRecognitions, value * 2);
      }
      valueRecognitions[value] = number;
    }
    return number;
  }

  /** Adds this chunk's counts to a tally. */
  void addTo(CompletenessTally tally) {
    for (int unit = 0; unit < units.size(); unit++) {
      String name = unitName(unit);
      long[] row = counts[unit];
      for (int recognition = 0; recognition < row.length; recognition++) {
        if (row[recognition] > 0) {
          tally.add(name, recognitions.get(recognition), row[recognition]);
        }
      }
    }
  }

  /** Returns the name of a unit: its columns, each stripped of white space, joined by " / ". */
  private String unitName(int unit) {
    String[] fields = units.fields(unit);
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        name.append(" / ");
      }
      name.append(fields[i].strip());
    }
    return name.toString();
  }
}
