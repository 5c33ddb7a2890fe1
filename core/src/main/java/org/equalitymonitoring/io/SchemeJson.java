package org.equalitymonitoring.io;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.equalitymonitoring.coding.Category;
import org.equalitymonitoring.coding.CategoryKind;
import org.equalitymonitoring.coding.InvalidSchemeException;
import org.equalitymonitoring.coding.LegacyValue;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.coding.SchemeInfo;
import org.equalitymonitoring.coding.SchemeProblem;
import org.equalitymonitoring.coding.SchemeStatus;

/**
 * Reads a scheme, or a local sub-classification that extends one, from JSON.
 *
 * <p>The format (README, "Local schemes"): an object with {@code id}, {@code title}, {@code
 * version}, {@code publisher}, {@code source}, {@code licence}, optional {@code system}, {@code
 * status} (active, retired or draft), {@code caseSensitive}, {@code firstCharacterIsNational},
 * {@code extends} (the base scheme id of a local scheme), {@code legacyValues}, and {@code
 * categories}: objects with {@code code}, {@code label}, optional {@code parent}, {@code kind},
 * {@code selectable} and {@code alternativeLabels}. A file that breaks any rule is rejected with a
 * {@link JsonFormatException} that lists every problem with its line, column and path: malformed
 * JSON, an unknown or missing field, a value of the wrong type, a duplicate code, an unknown
 * parent, a cycle, a local code that does not roll up to the base scheme.
 */
public final class SchemeJson {
  private static final Set<String> SCHEME_FIELDS =
      Set.of(
          "id",
          "title",
          "version",
          "publisher",
          "source",
          "licence",
          "system",
          "status",
          "caseSensitive",
          "firstCharacterIsNational",
          "extends",
          "legacyValues",
          "categories");
  private static final Set<String> CATEGORY_FIELDS =
      Set.of("code", "label", "parent", "kind", "selectable", "alternativeLabels");
  private static final Set<String> LEGACY_FIELDS = Set.of("value", "kind", "code", "note");

  private SchemeJson() {}

  /**
   * Reads a scheme file.
   *
   * @param file the JSON file
   * @param schemes finds a base scheme by id, for a file that {@code extends} one
   * @return the scheme
   * @throws JsonFormatException if the file breaks any rule, listing every problem
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Scheme read(Path file, Function<String, Optional<Scheme>> schemes) {
    return JsonDocument.read(file, "scheme", (in, source) -> read(in, source, schemes));
  }

  /**
   * Reads a scheme from a stream, which is not closed.
   *
   * @param in UTF-8 JSON
   * @param source the name of the file or resource, for messages
   * @param schemes finds a base scheme by id, for a document that {@code extends} one
   * @return the scheme
   * @throws JsonFormatException if the document breaks any rule, listing every problem
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static Scheme read(
      InputStream in, String source, Function<String, Optional<Scheme>> schemes) {
    requireNonNull(in, "in");
    requireNonNull(source, "source");
    requireNonNull(schemes, "schemes");
    List<Problem> problems = new ArrayList<>();
    ObjectFields fields = JsonDocument.object(in, source, SCHEME_FIELDS, problems);
    LocatedNode root = fields.node();
    Optional<SchemeInfo> info = info(fields, problems);
    Optional<Scheme> base = Optional.empty();
    Optional<String> baseId = fields.string("extends", false);
    if (baseId.isPresent()) {
      base = schemes.apply(baseId.get());
      if (base.isEmpty()) {
        problems.add(
            fields
                .field("extends")
                .orElseThrow()
                .problem("unknown base scheme " + CsvFormatException.quote(baseId.get())));
      }
    }
    List<LocatedNode> categoryNodes = new ArrayList<>();
    List<Category> categories = categories(fields, categoryNodes, problems);
    List<LocatedNode> legacyNodes = new ArrayList<>();
    List<LegacyValue> legacyValues =
        legacyValues(fields.array("legacyValues", false), legacyNodes, problems);
    if (base.isPresent() && !legacyValues.isEmpty()) {
      problems.add(
          fields
              .field("legacyValues")
              .orElseThrow()
              .problem("a local scheme keeps the legacy values of its base scheme"));
    }
    Scheme scheme = null;
    boolean validated = info.isPresent() && (baseId.isEmpty() || base.isPresent());
    Optional<LocatedNode> list = fields.field("categories");
    if (!validated
        && list.isPresent()
        && list.get().type == LocatedNode.Type.ARRAY
        && list.get().elements.isEmpty()) {
      // Scheme.of reports this itself when the scheme can be validated; say it once either way.
      problems.add(list.get().problem("a scheme needs at least one category"));
    }
    if (validated) {
      try {
        scheme =
            base.isPresent()
                ? Scheme.extend(base.get(), info.get(), categories)
                : Scheme.of(info.get(), categories, legacyValues);
      } catch (InvalidSchemeException e) {
        for (SchemeProblem problem : e.problems()) {
          problems.add(locate(problem, root, categoryNodes, legacyNodes));
        }
      }
    }
    if (!problems.isEmpty()) {
      problems.sort(Comparator.comparingLong(Problem::line).thenComparingInt(Problem::column));
      throw new JsonFormatException(source, problems);
    }
    return scheme;
  }

  private static Optional<SchemeInfo> info(ObjectFields fields, List<Problem> problems) {
    Optional<String> id = fields.string("id", true);
    Optional<String> title = fields.string("title", true);
    Optional<String> version = fields.string("version", true);
    Optional<String> publisher = fields.string("publisher", true);
    Optional<String> source = fields.string("source", true);
    Optional<String> licence = fields.string("licence", true);
    Optional<String> system = fields.string("system", false);
    Optional<SchemeStatus> status = fields.constant("status", SchemeStatus.class, false);
    Optional<Boolean> caseSensitive = fields.bool("caseSensitive");
    Optional<Boolean> national = fields.bool("firstCharacterIsNational");
    Optional<String> base = fields.string("extends", false);
    if (id.isEmpty()
        || title.isEmpty()
        || version.isEmpty()
        || publisher.isEmpty()
        || source.isEmpty()
        || licence.isEmpty()) {
      return Optional.empty();
    }
    SchemeInfo.Builder builder = SchemeInfo.builder();
    builder
        .id(id.get())
        .title(title.get())
        .version(version.get())
        .publisher(publisher.get())
        .source(source.get())
        .licence(licence.get())
        .system(system)
        .baseSchemeId(base);
    status.ifPresent(builder::status);
    caseSensitive.ifPresent(builder::caseSensitive);
    national.ifPresent(builder::firstCharacterIsNational);
    return Optional.of(builder.build());
  }

  private static List<Category> categories(
      ObjectFields fields, List<LocatedNode> nodes, List<Problem> problems) {
    List<Category> categories = new ArrayList<>();
    for (LocatedNode node : fields.array("categories", true)) {
      Optional<ObjectFields> category = ObjectFields.of(node, CATEGORY_FIELDS, problems);
      if (category.isEmpty()) {
        continue;
      }
      Optional<String> code = category.get().string("code", true);
      Optional<String> label = category.get().string("label", true);
      Optional<String> parent = category.get().string("parent", false);
      Optional<CategoryKind> kind = category.get().constant("kind", CategoryKind.class, false);
      Optional<Boolean> selectable = category.get().bool("selectable");
      List<String> alternatives = category.get().strings("alternativeLabels");
      if (code.isEmpty()) {
        continue;
      }
      // A category without a label is still checked for its code and parent, so that one pass
      // reports every problem; the missing label has been reported already.
      Category.Builder builder =
          Category.builder(code.get(), label.orElse(code.get())).alternativeLabels(alternatives);
      parent.ifPresent(builder::parent);
      kind.ifPresent(builder::kind);
      selectable.ifPresent(builder::selectable);
      categories.add(builder.build());
      nodes.add(node);
    }
    return categories;
  }

  private static List<LegacyValue> legacyValues(
      List<LocatedNode> nodes, List<LocatedNode> used, List<Problem> problems) {
    List<LegacyValue> values = new ArrayList<>();
    for (LocatedNode node : nodes) {
      Optional<ObjectFields> fields = ObjectFields.of(node, LEGACY_FIELDS, problems);
      if (fields.isEmpty()) {
        continue;
      }
      Optional<String> value = fields.get().string("value", true);
      Optional<CategoryKind> kind = fields.get().constant("kind", CategoryKind.class, true);
      Optional<String> code = fields.get().string("code", false);
      Optional<String> note = fields.get().string("note", true);
      if (value.isPresent() && kind.isPresent() && note.isPresent()) {
        values.add(LegacyValue.of(value.get(), kind.get(), code, note.get()));
        used.add(node);
      }
    }
    return values;
  }

  private static Problem locate(
      SchemeProblem problem,
      LocatedNode root,
      List<LocatedNode> categoryNodes,
      List<LocatedNode> legacyNodes) {
    LocatedNode node;
    switch (problem.part()) {
      case CATEGORIES:
        node = fieldOrSelf(categoryNodes.get(problem.index().getAsInt()), problem.field());
        break;
      case LEGACY_VALUES:
        node = fieldOrSelf(legacyNodes.get(problem.index().getAsInt()), problem.field());
        break;
      default:
        node = fieldOrSelf(root, problem.field());
        break;
    }
    return node.problem(problem.message());
  }

  private static LocatedNode fieldOrSelf(LocatedNode node, String field) {
    return node.fields.getOrDefault(field, node);
  }
}
