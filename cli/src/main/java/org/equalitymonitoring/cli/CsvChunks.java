package org.equalitymonitoring.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Reads the records of a UTF-8 CSV file in chunks on several threads, each chunk into its own sink,
 * and returns the sinks in file order, so that together they have received every record once, in
 * the same fields as one {@link ByteRecords} reading the whole file.
 *
 * <p>A chunk boundary may fall inside a quoted field that holds a line break, and whether a line
 * break is inside quotes depends on everything before it. So each thread guesses: it starts after
 * the first line break at or after its chunk's start and reads to the first line break outside
 * quotes at or after the next chunk's start. The chunks are then checked in order: the reading of
 * chunk k is right exactly when chunk k-1, read from a known record start, ended where chunk k
 * started (then that line break is outside quotes, since the reading of chunk k-1 ended there, and
 * no earlier one at or after the boundary is). A wrong guess, which takes a quoted line break right
 * after a boundary, is read again from where chunk k-1 really ended. So the result does not depend
 * on the guesses, only the time does.
 */
final class CsvChunks {
  /** The smallest chunk worth a thread: 1 MiB. */
  static final long MIN_CHUNK = 1 << 20;

  private CsvChunks() {}

  /**
   * Reads a file's records after its header in as many chunks as there are processors (fewer for a
   * small file).
   *
   * @param file a regular file, UTF-8
   * @param delimiter the character between fields
   * @param fields the number of fields of the header
   * @param sinks makes a sink for each chunk
   * @param bytesRead counts the bytes read, for progress
   * @return the sinks of the chunks in file order, or empty if the file breaks a rule of the {@code
   *     CsvReader} (or holds what {@link ByteRecords} leaves to it) anywhere after the header
   */
  static <S extends ByteRecords.Sink> Optional<List<S>> read(
      Path file, char delimiter, int fields, Supplier<S> sinks, LongAdder bytesRead) {
    int processors = Runtime.getRuntime().availableProcessors();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      int chunks = (int) Math.max(1, Math.min(processors, size / MIN_CHUNK));
      long[] splits = new long[chunks - 1];
      for (int k = 1; k < chunks; k++) {
        splits[k - 1] = size / chunks * k;
      }
      if (chunks == 1) {
        return read(
            channel,
            delimiter,
            fields,
            splits,
            sinks,
            Runnable::run,
            ByteRecords.BUFFER,
            bytesRead);
      }
      ExecutorService threads =
          Executors.newFixedThreadPool(
              chunks - 1,
              task -> {
                Thread thread = new Thread(task, "csv-chunk");
                thread.setDaemon(true);
                return thread;
              });
      try {
        return read(
            channel, delimiter, fields, splits, sinks, threads, ByteRecords.BUFFER, bytesRead);
      } finally {
        threads.shutdownNow();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a file's records after its header in chunks that start at given positions, a thread for
   * each chunk.
   *
   * @param splits the positions at which chunks start after the first, in increasing order; those
   *     within the header count as the end of the header
   * @param others runs the reading of the chunks after the first
   * @param buffer the size of each chunk's buffer, the most bytes a record may take
   * @param bytesRead counts the bytes read, for progress
   */
  static <S extends ByteRecords.Sink> Optional<List<S>> read(
      FileChannel channel,
      char delimiter,
      int fields,
      long[] splits,
      Supplier<S> sinks,
      Executor others,
      int buffer,
      LongAdder bytesRead)
      throws IOException {
    long size = channel.size();
    long header = new ByteRecords(channel, size, delimiter, fields, buffer, bytesRead).skipHeader();
    if (header == ByteRecords.BROKEN) {
      return Optional.empty();
    }
    long[] bounds = new long[splits.length + 2];
    bounds[0] = header;
    for (int k = 0; k < splits.length; k++) {
      bounds[k + 1] = Math.max(header, splits[k]);
    }
    bounds[splits.length + 1] = Long.MAX_VALUE;
    List<Chunk<S>> chunks = new ArrayList<>();
    for (int k = 0; k + 1 < bounds.length; k++) {
      chunks.add(
          new Chunk<>(
              new ByteRecords(channel, size, delimiter, fields, buffer, bytesRead),
              bounds[k],
              k == 0,
              bounds[k + 1],
              sinks));
    }
    readAll(chunks, others);
    List<S> result = new ArrayList<>();
    long end = header;
    for (Chunk<S> chunk : chunks) {
      if (chunk.start != end) {
        chunk.readFrom(end);
      }
      if (chunk.end == ByteRecords.BROKEN) {
        return Optional.empty();
      }
      result.add(chunk.sink);
      end = chunk.end;
    }
    return Optional.of(result);
  }

  /** Reads every chunk from its guessed start, the first in this thread and the rest by others. */
  private static void readAll(List<? extends Chunk<?>> chunks, Executor others) {
    List<CompletableFuture<Void>> running = new ArrayList<>();
    for (Chunk<?> chunk : chunks.subList(1, chunks.size())) {
      running.add(CompletableFuture.runAsync(chunk::readGuessing, others));
    }
    chunks.get(0).readGuessing();
    try {
      for (CompletableFuture<Void> future : running) {
        future.join();
      }
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      throw e;
    }
  }

  /** A chunk of the file, read into a sink of its own. */
  private static final class Chunk<S extends ByteRecords.Sink> {
    private final ByteRecords records;
    private final long from;
    private final boolean startKnown;
    private final long stopAt;
    private final Supplier<S> sinks;
    S sink;
    long start;
    long end;

    Chunk(ByteRecords records, long from, boolean startKnown, long stopAt, Supplier<S> sinks) {
      this.records = records;
      this.from = from;
      this.startKnown = startKnown;
      this.stopAt = stopAt;
      this.sinks = sinks;
    }

    /**
     * Reads the chunk from its start if known (the first chunk's), else from after the first line
     * break at or after it.
     */
    void readGuessing() {
      readFrom(startKnown ? from : records.nextLine(from));
    }

    /** Reads the chunk from a position, into a new sink. */
    void readFrom(long position) {
      start = position;
      sink = sinks.get();
      end = records.read(position, stopAt, sink);
    }
  }
}
