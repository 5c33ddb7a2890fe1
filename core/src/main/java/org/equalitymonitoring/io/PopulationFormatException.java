package org.equalitymonitoring.io;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * Thrown when a population file cannot be read; the message names the file and lists every problem
 * with its line, such as {@code line 7: count '-3' is negative}.
 */
public final class PopulationFormatException extends IllegalArgumentException {
  private final String file;
  private final ImmutableList<Problem> problems;

  PopulationFormatException(String file, List<Problem> problems) {
    super(message(file, problems));
    this.file = file;
    this.problems = ImmutableList.copyOf(problems);
  }

  private static String message(String file, List<Problem> problems) {
    StringBuilder message =
        new StringBuilder(file)
            .append(": ")
            .append(problems.size())
            .append(problems.size() == 1 ? " problem" : " problems");
    problems.forEach(problem -> message.append("\n  ").append(problem));
    return message.toString();
  }

  /** Returns the name of the file, as given to the reader. */
  public String file() {
    return file;
  }

  /** Returns every problem with its line, in file order. */
  public List<Problem> problems() {
    return problems;
  }
}
