package org.equalitymonitoring.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;

/**
 * Shows progress through a long input file on standard error when the tool runs in a terminal: rows
 * read, rate, and time left (from the bytes read so far against the file's size); nothing when
 * standard error is redirected. Not thread-safe, though {@link #whileReading} runs a task that may
 * read on other threads.
 */
final class Progress implements AutoCloseable {
  private static final long CHECK_EVERY_ROWS = 1 << 14;
  private static final long SHOW_EVERY_NANOS = 500_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final long fileBytes;
  private final long start = System.nanoTime();
  private long lastShown = start;
  private long rows;
  private long bytesRead;
  private boolean shown;

  private Progress(PrintWriter err, boolean enabled, long fileBytes) {
    this.err = err;
    this.enabled = enabled;
    this.fileBytes = fileBytes;
  }

  /** Returns progress for a file of the given size, shown only when attached to a terminal. */
  static Progress forFile(PrintWriter err, long fileBytes) {
    return new Progress(err, System.console() != null, fileBytes);
  }

  /** Wraps the file's stream so that the bytes read are counted. */
  InputStream counting(InputStream in) {
    return new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
          bytesRead++;
        }
        return b;
      }

      @Override
      public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
          bytesRead += n;
        }
        return n;
      }
    };
  }

  /** Counts one row read. */
  void row() {
    rows++;
    if (enabled && rows % CHECK_EVERY_ROWS == 0) {
      long now = System.nanoTime();
      if (now - lastShown >= SHOW_EVERY_NANOS) {
        lastShown = now;
        double seconds = (now - start) / 1e9;
        String left = "";
        if (fileBytes > 0 && bytesRead > 0) {
          double secondsLeft = (fileBytes - bytesRead) / (bytesRead / seconds);
          left = String.format(Locale.ROOT, ", about %.0f s left", Math.max(0, secondsLeft));
        }
        err.printf(Locale.ROOT, "\r%,d rows read (%,.0f rows/s)%s   ", rows, rows / seconds, left);
        err.flush();
        shown = true;
      }
    }
  }

  /**
   * Runs a task that reads the file on several threads, counting the bytes it reads in the counter
   * it is given, and meanwhile shows every half second how much of the file has been read.
   */
  <T> T whileReading(Function<LongAdder, T> task) {
    LongAdder read = new LongAdder();
    if (!enabled || fileBytes <= 0) {
      return task.apply(read);
    }
    Thread shower =
        new Thread(
            () -> {
              try {
                while (true) {
                  Thread.sleep(SHOW_EVERY_NANOS / 1_000_000);
                  showBytes(read.sum());
                }
              } catch (InterruptedException e) {
                // the task is done
              }
            },
            "progress");
    shower.setDaemon(true);
    shower.start();
    try {
      return task.apply(read);
    } finally {
      shower.interrupt();
      try {
        shower.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private void showBytes(long read) {
    bytesRead = Math.min(read, fileBytes);
    double seconds = (System.nanoTime() - start) / 1e9;
    double secondsLeft = bytesRead == 0 ? 0 : (fileBytes - bytesRead) / (bytesRead / seconds);
    err.printf(
        Locale.ROOT,
        "\r%,d of %,d MB read, about %.0f s left   ",
        bytesRead >> 20,
        fileBytes >> 20,
        Math.max(0, secondsLeft));
    err.flush();
    shown = true;
  }

  @Override
  public void close() {
    if (shown) {
      if (rows > 0) {
        err.printf(Locale.ROOT, "\r%,d rows read%40s%n", rows, "");
      } else {
        err.printf(Locale.ROOT, "\r%,d MB read%40s%n", bytesRead >> 20, "");
      }
      err.flush();
    }
  }
}
