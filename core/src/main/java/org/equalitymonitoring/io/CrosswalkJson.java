package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.mapping.Crosswalk;
import org.equalitymonitoring.mapping.CrosswalkInfo;
import org.equalitymonitoring.mapping.CrosswalkRow;
import org.equalitymonitoring.mapping.Equivalence;
import org.equalitymonitoring.mapping.InvalidCrosswalkException;

/**
 * Reads a crosswalk from JSON: an object with {@code id}, {@code title}, {@code version}, {@code
 * publisher}, {@code source}, {@code licence}, {@code from} and {@code to} (scheme ids), {@code
 * description}, and {@code rows}: objects with {@code from}, {@code to} (absent when UNMATCHED),
 * {@code equivalence} and optional {@code comment}. Every problem is reported with its location.
 */
public final class CrosswalkJson {
  private static final Set<String> CROSSWALK_FIELDS =
      Set.of(
          "id",
          "title",
          "version",
          "publisher",
          "source",
          "licence",
          "from",
          "to",
          "description",
          "rows");
  private static final Set<String> ROW_FIELDS = Set.of("from", "to", "equivalence", "comment");

  private CrosswalkJson() {}

  /**
   * Reads a crosswalk file.
   *
   * @param file the JSON file
   * @param schemes finds the source and target schemes by id
   * @return the crosswalk, checked against both schemes
   * @throws JsonFormatException if the file breaks any rule, listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Crosswalk read(Path file, Function<String, Optional<Scheme>> schemes) {
    return JsonDocument.read(file, "crosswalk", (in, source) -> read(in, source, schemes));
  }

  /**
   * Reads a crosswalk from a stream, which is not closed.
   *
   * @param in UTF-8 JSON
   * @param source the name of the file or resource, for messages
   * @param schemes finds the source and target schemes by id
   * @return the crosswalk, checked against both schemes
   * @throws JsonFormatException if the document breaks any rule, listing every problem
   */
  public static Crosswalk read(
      InputStream in, String source, Function<String, Optional<Scheme>> schemes) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(schemes, "schemes");
    List<Problem> problems = new ArrayList<>();
    ObjectFields fields = JsonDocument.object(in, source, CROSSWALK_FIELDS, problems);
    LocatedNode root = fields.node();
    Optional<String> id = fields.string("id", true);
    Optional<String> title = fields.string("title", true);
    Optional<String> version = fields.string("version", true);
    Optional<String> publisher = fields.string("publisher", true);
    Optional<String> licence = fields.string("licence", true);
    Optional<String> origin = fields.string("source", true);
    Optional<String> description = fields.string("description", true);
    Optional<Scheme> from = scheme(fields, "from", schemes, problems);
    Optional<Scheme> to = scheme(fields, "to", schemes, problems);
    List<LocatedNode> rowNodes = fields.array("rows", true);
    List<CrosswalkRow> rows = new ArrayList<>();
    for (LocatedNode node : rowNodes) {
      row(node, problems).ifPresent(rows::add);
    }
    if (problems.isEmpty()) {
      CrosswalkInfo info =
          CrosswalkInfo.builder()
              .id(id.get())
              .title(title.get())
              .version(version.get())
              .publisher(publisher.get())
              .source(origin.get())
              .licence(licence.get())
              .sourceSchemeId(from.get().id())
              .targetSchemeId(to.get().id())
              .description(description.get())
              .build();
      try {
        return Crosswalk.of(info, rows, from.get(), to.get());
      } catch (InvalidCrosswalkException e) {
        for (String problem : e.problems()) {
          problems.add(locate(problem, root, rowNodes));
        }
      }
    }
    throw new JsonFormatException(source, problems);
  }

  private static Optional<Scheme> scheme(
      ObjectFields fields,
      String name,
      Function<String, Optional<Scheme>> schemes,
      List<Problem> problems) {
    Optional<String> id = fields.string(name, true);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Scheme> scheme = schemes.apply(id.get());
    if (scheme.isEmpty()) {
      problems.add(
          fields
              .field(name)
              .orElseThrow()
              .problem("unknown scheme " + CsvFormatException.quote(id.get())));
    }
    return scheme;
  }

  private static Optional<CrosswalkRow> row(LocatedNode node, List<Problem> problems) {
    Optional<ObjectFields> fields = ObjectFields.of(node, ROW_FIELDS, problems);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> from = fields.get().string("from", true);
    Optional<Equivalence> equivalence =
        fields.get().constant("equivalence", Equivalence.class, true);
    boolean unmatched = equivalence.equals(Optional.of(Equivalence.UNMATCHED));
    Optional<String> to = fields.get().string("to", equivalence.isPresent() && !unmatched);
    Optional<String> comment = fields.get().string("comment", false);
    if (unmatched && to.isPresent()) {
      problems.add(node.problem("an UNMATCHED row has no 'to'"));
      return Optional.empty();
    }
    if (from.isEmpty() || equivalence.isEmpty() || (!unmatched && to.isEmpty())) {
      return Optional.empty();
    }
    return Optional.of(
        unmatched
            ? CrosswalkRow.unmatched(from.get(), comment)
            : CrosswalkRow.of(from.get(), to.get(), equivalence.get(), comment));
  }

  /** Finds the row a problem of {@link Crosswalk#of} names ("rows[12].to: ..."). */
  private static Problem locate(String problem, LocatedNode root, List<LocatedNode> rows) {
    if (problem.startsWith("rows[")) {
      int close = problem.indexOf(']');
      int index = Integer.parseInt(problem.substring(5, close));
      LocatedNode row = rows.get(index);
      int colon = problem.indexOf(": ");
      String path = problem.substring(0, colon);
      String field = path.contains(".") ? path.substring(path.indexOf('.') + 1) : "";
      return row.fields.getOrDefault(field, row).problem(problem.substring(colon + 2));
    }
    int colon = problem.indexOf(": ");
    String field = problem.substring(0, colon);
    return root.fields.getOrDefault(field, root).problem(problem.substring(colon + 2));
  }
}
