package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * A JSON document in one of the library's formats, whose top level is one object: read from a file
 * through the format's stream reader, and parsed into the fields of its top-level object.
 */
final class JsonDocument {
  private JsonDocument() {}

  /**
   * Reads a file with a format's stream reader, which gets the open stream and the file's name for
   * messages.
   *
   * @param file the file, not null
   * @param format what the file holds, for the message, such as "scheme"
   * @param reader reads the stream
   * @return what the reader returns
   * @throws UncheckedIOException if the file cannot be opened or closed, reading {@code "cannot
   *     read scheme file <file>"}
   */
  static <T> T read(Path file, String format, BiFunction<InputStream, String, T> reader) {
    requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return reader.apply(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + format + " file " + file, e);
    }
  }

  /**
   * Parses a document and returns the fields of its top-level object, adding a problem for every
   * field that is not allowed.
   *
   * @param in UTF-8 JSON
   * @param source the name of the file or resource, for messages
   * @param allowed the fields the object may have
   * @param problems the problems so far, to add to
   * @return the fields of the object
   * @throws JsonFormatException if the document is malformed or its top level is not an object
   */
  static ObjectFields object(
      InputStream in, String source, Set<String> allowed, List<Problem> problems) {
    LocatedNode root = LocatedNode.parse(in, source);
    Optional<ObjectFields> fields = ObjectFields.of(root, allowed, problems);
    if (fields.isEmpty()) {
      throw new JsonFormatException(source, problems);
    }
    return fields.get();
  }
}
