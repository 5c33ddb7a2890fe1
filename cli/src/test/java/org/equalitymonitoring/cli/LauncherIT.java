package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code scripts/equality-monitor} runs the shaded jar with start-up options: what it
 * prints and its exit code are those of {@code java -jar}, with and without the class-data archive
 * it keeps for each command.
 */
class LauncherIT {
  private static final Path LAUNCHER = Path.of("..", "scripts", "equality-monitor");
  private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

  @TempDir Path dir;

  /** A finished process: its exit code and its standard output and error. */
  private static final class Run {
    final int exitCode;
    final String out;
    final String err;

    Run(int exitCode, String out, String err) {
      this.exitCode = exitCode;
      this.out = out;
      this.err = err;
    }
  }

  private Run run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder
        .environment()
        .put("EQUALITY_MONITOR_JAR", dir.resolve("equality-monitor.jar").toString());
    builder.environment().put("PATH", JAVA_HOME.resolve("bin") + ":" + System.getenv("PATH"));
    builder.redirectOutput(dir.resolve("out.txt").toFile());
    builder.redirectError(dir.resolve("err.txt").toFile());
    Process process = builder.start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new Run(
        process.exitValue(),
        Files.readString(dir.resolve("out.txt"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8));
  }

  private Run launcher(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  private Run javaJar(String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                JAVA_HOME.resolve("bin").resolve("java").toString(),
                "-jar",
                dir.resolve("equality-monitor.jar").toString()));
    command.addAll(List.of(args));
    return run(command);
  }

  @Test
  void runsTheJarAsJavaJarDoesFirstWritingThenUsingItsArchive() throws Exception {
    Files.copy(Path.of(System.getProperty("shadedJar")), dir.resolve("equality-monitor.jar"));
    Files.writeString(dir.resolve("tiny.csv"), "ward,ethnicity\nW1,A\nW1,Z\nW2,\n");
    String[] completeness = {"completeness", "--input", "tiny.csv", "--column", "ethnicity"};
    Run expected = javaJar(completeness);
    assertThat(expected.exitCode).as(expected.err).isZero();

    Run first = launcher(completeness);
    assertThat(dir.resolve("equality-monitor-completeness.jsa")).exists();
    Run second = launcher(completeness);

    for (Run run : List.of(first, second)) {
      assertThat(run.exitCode).as(run.err).isZero();
      assertThat(run.out).isEqualTo(expected.out);
      assertThat(run.err).isEqualTo(expected.err);
    }
  }

  @Test
  void keepsAnArchiveForEachCommand() throws Exception {
    Files.copy(Path.of(System.getProperty("shadedJar")), dir.resolve("equality-monitor.jar"));
    Run expected = javaJar("schemes");

    Run first = launcher("schemes");
    Run second = launcher("schemes");

    assertThat(dir.resolve("equality-monitor-schemes.jsa")).exists();
    assertThat(dir.resolve("equality-monitor-completeness.jsa")).doesNotExist();
    for (Run run : List.of(first, second)) {
      assertThat(run.exitCode).as(run.err).isZero();
      assertThat(run.out).isEqualTo(expected.out);
    }
  }

  @Test
  void passesOnTheExitCodeOfABadInputFile() throws Exception {
    Files.copy(Path.of(System.getProperty("shadedJar")), dir.resolve("equality-monitor.jar"));

    for (int i = 0; i < 2; i++) {
      Run run = launcher("completeness", "--input", "missing.csv", "--column", "ethnicity");

      assertThat(run.exitCode).isEqualTo(EqualityMonitor.BAD_INPUT);
      assertThat(run.err).isEqualTo("error: missing.csv: file not found\n");
    }
    // a failed run loads too few classes to be worth keeping
    try (var files = Files.list(dir)) {
      assertThat(files.map(file -> file.getFileName().toString()))
          .noneMatch(name -> name.contains(".jsa"));
    }
  }
}
