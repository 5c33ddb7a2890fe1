package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar as a user runs it ({@code java -jar equality-monitor.jar}), after the build has
 * shaded it: its resources must survive shading.
 */
class ShadedJarIT {
  @Test
  void versionIsTheProjectVersionOfThePom() throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("shadedJar"));
    assertThat(jar).exists();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--version")
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(out).isZero();
    // The version Maven passes from the pom, not one the jar could have made up.
    assertThat(out.strip()).isEqualTo("equality-monitor " + System.getProperty("projectVersion"));
  }
}
