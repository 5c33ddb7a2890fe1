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
