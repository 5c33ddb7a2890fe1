package org.equalitymonitoring.io;

import static org.equalitymonitoring.io.CsvFormatException.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the fields of one JSON object, adding a problem for every unknown field, missing required
 * field and value of the wrong type instead of stopping at the first.
 */
final class ObjectFields {
  private final LocatedNode node;
  private final List<Problem> problems;

  private ObjectFields(LocatedNode node, List<Problem> problems) {
    this.node = node;
    this.problems = problems;
  }

  /** Returns a reader for {@code node}, or empty (with a problem) if it is not an object. */
  static Optional<ObjectFields> of(LocatedNode node, Set<String> allowed, List<Problem> problems) {
    if (node.type != LocatedNode.Type.OBJECT) {
      problems.add(node.problem("expected an object, got " + describe(node)));
      return Optional.empty();
    }
    node.fields.forEach(
        (name, value) -> {
          if (!allowed.contains(name)) {
            problems.add(
                value.problem(
                    "unknown field "
                        + quote(name)
                        + "; expected one of "
                        + new TreeSet<>(allowed)));
          }
        });
    return Optional.of(new ObjectFields(node, problems));
  }

  LocatedNode node() {
    return node;
  }

  Optional<LocatedNode> field(String name) {
    return Optional.ofNullable(node.fields.get(name));
  }

  /** A non-blank string; a problem if missing (when required), not a string or blank. */
  Optional<String> string(String name, boolean required) {
    LocatedNode value = node.fields.get(name);
    if (value == null || value.type == LocatedNode.Type.NULL) {
      if (required) {
        problems.add(node.problem("missing required field '" + name + "'"));
      }
      return Optional.empty();
    }
    if (value.type != LocatedNode.Type.STRING) {
      problems.add(value.problem("'" + name + "' must be a string, got " + describe(value)));
      return Optional.empty();
    }
    if (value.text.isBlank()) {
      problems.add(value.problem("'" + name + "' must not be blank"));
      return Optional.empty();
    }
    return Optional.of(value.text);
  }

  Optional<Boolean> bool(String name) {
    LocatedNode value = node.fields.get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.type != LocatedNode.Type.BOOLEAN) {
      problems.add(value.problem("'" + name + "' must be true or false, got " + describe(value)));
      return Optional.empty();
    }
    return Optional.of(Boolean.parseBoolean(value.text));
  }

  /**
   * The elements of an array; empty list (with a problem) if required and missing or not an array.
   */
  List<LocatedNode> array(String name, boolean required) {
    LocatedNode value = node.fields.get(name);
    if (value == null) {
      if (required) {
        problems.add(node.problem("missing required field '" + name + "'"));
      }
      return List.of();
    }
    if (value.type != LocatedNode.Type.ARRAY) {
      problems.add(value.problem("'" + name + "' must be an array, got " + describe(value)));
      return List.of();
    }
    return value.elements;
  }

  /** A list of non-blank strings. */
  List<String> strings(String name) {
    List<String> result = new ArrayList<>();
    for (LocatedNode element : array(name, false)) {
      if (element.type != LocatedNode.Type.STRING || element.text.isBlank()) {
        problems.add(element.problem("expected a non-blank string, got " + describe(element)));
      } else {
        result.add(element.text);
      }
    }
    return result;
  }

  /** A constant of an enum, written in any case. */
  <E extends Enum<E>> Optional<E> constant(String name, Class<E> type, boolean required) {
    Optional<String> text = string(name, required);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(text.get().toUpperCase(Locale.ROOT))) {
        return Optional.of(constant);
      }
    }
    List<String> names = new ArrayList<>();
    for (E constant : type.getEnumConstants()) {
      names.add(constant.name());
    }
    problems.add(
        node.fields
            .get(name)
            .problem("'" + name + "' must be one of " + names + ", got " + quote(text.get())));
    return Optional.empty();
  }

  static String describe(LocatedNode node) {
    switch (node.type) {
      case STRING:
        return quote(node.text);
      case NUMBER:
      case BOOLEAN:
        return node.text;
      default:
        return node.type.name().toLowerCase(Locale.ROOT);
    }
  }
}
