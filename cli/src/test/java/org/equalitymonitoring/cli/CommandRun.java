package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the tool in-process with given standard input, capturing output, errors and exit code. */
final class CommandRun {
  final int exitCode;
  final String out;
  final String err;

  private CommandRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static synchronized CommandRun run(String stdin, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine commandLine = EqualityMonitor.commandLine(args);
    commandLine.setOut(new PrintWriter(out));
    commandLine.setErr(new PrintWriter(err));
    InputStream original = System.in;
    System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    try {
      int exitCode = commandLine.execute(args);
      return new CommandRun(exitCode, out.toString(), err.toString());
    } finally {
      System.setIn(original);
    }
  }

  /** The standard output of {@code run} as JSON, after asserting that it succeeded. */
  static JsonNode json(CommandRun run) throws IOException {
    assertThat(run.exitCode).as(run.err).isZero();
    return new ObjectMapper().readTree(run.out);
  }

  /** The element of {@code json}'s "groups" array whose "group" is {@code name}. */
  static JsonNode group(JsonNode json, String name) {
    for (JsonNode g : json.get("groups")) {
      if (g.get("group").asText().equals(name)) {
        return g;
      }
    }
    throw new AssertionError("no group " + name + " in " + json);
  }
}
