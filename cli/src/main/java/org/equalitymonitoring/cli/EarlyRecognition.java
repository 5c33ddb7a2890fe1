package org.equalitymonitoring.cli;

import java.util.List;
import java.util.Set;
import org.equalitymonitoring.schemes.BundledRecognition;
import org.equalitymonitoring.schemes.BundledSchemes;
import org.equalitymonitoring.schemes.SchemeId;

/**
 * Starts building the default recognition of {@code nhs-ethnic-category-2001} ({@link
 * BundledRecognition#defaults}) on a second thread as the tool starts, for a command that will use
 * it. Reading the bundled data it needs (the scheme, its synonyms, two crosswalks and their source
 * schemes) is the largest part of such a command's start-up; on a machine with a second core it
 * overlaps the building of the command line. The command then finds the recognition built, or waits
 * for it: the same instance either way, so nothing the command prints depends on this. A failure is
 * left for the command to meet and report.
 */
final class EarlyRecognition {
  /** The commands that recognise values in {@code nhs-ethnic-category-2001} by default. */
  private static final Set<String> COMMANDS =
      Set.of("completeness", "report", "resolve", "agreement");

  /** Options after which the command needs another recognition, or none. */
  private static final List<String> OTHER_RECOGNITION =
      List.of("--scheme", "--via", "--counts", "--help", "-h", "--version", "-V");

  private EarlyRecognition() {}

  /** Starts building the recognition if the arguments name a command that will use it. */
  static void startFor(String... args) {
    if (isUsedBy(args) && Runtime.getRuntime().availableProcessors() > 1) {
      Thread thread = new Thread(EarlyRecognition::build, "early-recognition");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** Whether a run with these arguments uses the default recognition of the default scheme. */
  static boolean isUsedBy(String... args) {
    if (args.length == 0 || !COMMANDS.contains(args[0])) {
      return false;
    }
    for (String arg : args) {
      for (String option : OTHER_RECOGNITION) {
        if (arg.equals(option) || arg.startsWith(option + "=")) {
          return false;
        }
      }
    }
    return true;
  }

  private static void build() {
    try {
      BundledRecognition.defaults(
          BundledSchemes.get().requireScheme(SchemeId.NHS_ETHNIC_CATEGORY_2001));
    } catch (RuntimeException | LinkageError e) {
      // The command builds the recognition itself and reports what goes wrong.
    }
  }
}
