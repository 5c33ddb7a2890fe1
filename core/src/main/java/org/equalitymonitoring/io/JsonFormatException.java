package org.equalitymonitoring.io;

import com.google.common.collect.ImmutableList;
import java.util.List;

/** Thrown when a JSON file cannot be loaded; lists every problem with its location. */
public final class JsonFormatException extends IllegalArgumentException {
  private final String source;
  private final ImmutableList<Problem> problems;

  JsonFormatException(String source, List<Problem> problems) {
    super(message(source, problems));
    this.source = source;
    this.problems = ImmutableList.copyOf(problems);
  }

  /**
   * Returns the exception for a JSON document that failed to load, for a loader of another JSON
   * format (such as a FHIR resource) that reports as this package's loaders do.
   *
   * @param source the name of the file or resource, for messages
   * @param problems every problem, in document order; at least one
   * @return the exception, whose message lists every problem
   * @throws IllegalArgumentException if there is no problem
   */
  public static JsonFormatException of(String source, List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a format exception needs at least one problem");
    }
    return new JsonFormatException(source, problems);
  }

  private static String message(String source, List<Problem> problems) {
    StringBuilder text =
        new StringBuilder(source)
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    problems.forEach(problem -> text.append("\n  ").append(problem));
    return text.toString();
  }

  /** Returns the name of the file or resource that failed. */
  public String source() {
    return source;
  }

  /** Returns every problem, in document order. */
  public List<Problem> problems() {
    return problems;
  }
}
