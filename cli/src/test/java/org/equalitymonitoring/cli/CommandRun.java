package org.equalitymonitoring.cli;

import java.io.ByteArrayInputStream;
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
    CommandLine commandLine = EqualityMonitor.commandLine();
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
}
