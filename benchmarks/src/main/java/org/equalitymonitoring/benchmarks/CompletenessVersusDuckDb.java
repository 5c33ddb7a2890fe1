package org.equalitymonitoring.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The {@code completeness} command against DuckDB on the same extract, side by side (issue 12):
 * generates a record-level extract (a provider and a raw ethnicity value per row, values in the
 * forms real extracts hold them), then times, alternately, {@code equality-monitor completeness
 * --by provider --format json} as users run it, through the launcher {@code
 * scripts/equality-monitor} (a new JVM each run, start-up included; the warm-up run writes its
 * class-data archive), or with {@code java -jar} when given the jar, and DuckDB's {@code read_csv}
 * with a hand-written mapping of the same raw values (in process through JDBC, a new connection
 * each run), checks that both count the same records complete per provider, and prints each run and
 * the ratio of the medians. A benchmark, never a test.
 *
 * <p>Run with {@code scripts/benchmark-completeness [ROWS] [RUNS]}.
 */
public final class CompletenessVersusDuckDb {
  /**
   * The raw values and whether each counts as complete under the {@code known} definition with the
   * default recognition (the Data Dictionary's national codes A to S in any case and spacing, their
   * labels, SNOMED CT concepts through the OpenSAFELY list): written by hand, so that a difference
   * from the command's counts shows up as a failed check.
   */
  private static final Map<String, Boolean> VALUES = new TreeMap<>();

  static {
    for (String code : "A B C D E F G H J K L M N P R S".split(" ")) {
      VALUES.put(code, true);
      VALUES.put(code.toLowerCase(Locale.ROOT), true);
      VALUES.put(" " + code + " ", true);
    }
    VALUES.put("White - British", true);
    VALUES.put("92711000000100", true); // SNOMED CT: African, 2001 census (N)
    VALUES.put("494131000000105", true); // SNOMED CT: British (A)
    VALUES.put("Z", false); // not stated
    VALUES.put("99", false); // not known
    VALUES.put("X", false); // legacy not known
    VALUES.put("9", false); // legacy not stated
    VALUES.put("", false); // missing
    VALUES.put("Martian", false); // unrecognised
    VALUES.put("mixed", false); // a heading, not a category
  }

  /** The national codes as published, most rows' values. */
  private static final String[] CODES = "A B C D E F G H J K L M N P R S Z 99".split(" ");

  private CompletenessVersusDuckDb() {}

  /**
   * Runs the comparison.
   *
   * @param args {@code CLI [ROWS] [RUNS] [DIR]}: the launcher script, or the shaded command-line
   *     jar (a name ending in {@code .jar}, run with {@code java -jar}); rows in the extract
   *     (default 10,000,000); timed runs of each (default 3); where to write the extract (default a
   *     temporary directory)
   * @throws Exception if a run fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.err.println("usage: CompletenessVersusDuckDb CLI [ROWS] [RUNS] [DIR]");
      System.exit(2);
    }
    Path cli = Path.of(args[0]);
    long rows = args.length > 1 ? Long.parseLong(args[1]) : 10_000_000L;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("completeness-bench");
    Path extract = dir.resolve("extract-" + rows + ".csv");
    if (!Files.exists(extract)) {
      System.out.printf("Writing %,d rows to %s ...%n", rows, extract);
      generate(extract, rows, 150);
    }
    System.out.printf(
        "%s: %,d rows, %,d bytes; %d processors%n",
        extract, rows, Files.size(extract), Runtime.getRuntime().availableProcessors());

    List<Double> ours = new ArrayList<>();
    List<Double> duck = new ArrayList<>();
    Map<String, long[]> fromCli = null;
    Map<String, long[]> fromDuckDb = null;
    for (int run = 0; run < runs + 1; run++) {
      long start = System.nanoTime();
      fromCli = runCli(cli, extract);
      double cliSeconds = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      fromDuckDb = runDuckDb(extract);
      double duckSeconds = (System.nanoTime() - start) / 1e9;
      String label = run == 0 ? "warm-up" : "run " + run;
      System.out.printf(
          "%-8s equality-monitor %7.2f s   DuckDB %7.2f s   ratio %.2f%n",
          label, cliSeconds, duckSeconds, cliSeconds / duckSeconds);
      if (run > 0) {
        ours.add(cliSeconds);
        duck.add(duckSeconds);
      }
    }
    if (!sameCounts(fromCli, fromDuckDb)) {
      System.out.println("MISMATCH: the two do not count the same records complete per provider");
      System.exit(1);
    }
    System.out.printf(
        "Same totals and complete counts for %d providers. Median ratio (equality-monitor /"
            + " DuckDB): %.2f (goal: at most 0.5)%n",
        fromCli.size(), median(ours) / median(duck));
  }

  private static boolean sameCounts(Map<String, long[]> a, Map<String, long[]> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    for (Map.Entry<String, long[]> entry : a.entrySet()) {
      long[] other = b.get(entry.getKey());
      if (entry.getValue()[0] != other[0] || entry.getValue()[1] != other[1]) {
        return false;
      }
    }
    return true;
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  /** Writes {@code rows} rows over {@code providers} providers with a fixed seed. */
  static void generate(Path file, long rows, int providers) {
    String[] values = VALUES.keySet().toArray(new String[0]);
    SplittableRandom random = new SplittableRandom(12);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("record_id,provider,ethnicity\n");
      for (long i = 0; i < rows; i++) {
        out.write(Long.toString(i));
        out.write(",P");
        out.write(Integer.toString(random.nextInt(providers)));
        out.write(',');
        // Mostly national codes as published, as in real extracts; the rest in every other form.
        String value =
            random.nextInt(10) < 7
                ? CODES[random.nextInt(CODES.length)]
                : values[random.nextInt(values.length)];
        if (value.startsWith(" ")) {
          out.write('"');
          out.write(value);
          out.write('"');
        } else {
          out.write(value);
        }
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The command line that runs the tool with some arguments: the launcher, or java -jar. */
  private static List<String> command(Path cli, String... arguments) {
    List<String> command = new ArrayList<>();
    if (cli.toString().endsWith(".jar")) {
      command.addAll(List.of("java", "-jar"));
    }
    command.add(cli.toString());
    command.addAll(List.of(arguments));
    return command;
  }

  /** Per provider: {total, complete}, from the command's JSON. */
  private static Map<String, long[]> runCli(Path cli, Path extract) throws Exception {
    Path json = Files.createTempFile("completeness", ".json");
    Process process =
        new ProcessBuilder(
                command(
                    cli,
                    "completeness",
                    "--input",
                    extract.toString(),
                    "--column",
                    "ethnicity",
                    "--by",
                    "provider",
                    "--format",
                    "json"))
            .redirectOutput(json.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException("equality-monitor completeness failed");
    }
    Map<String, long[]> counts = new TreeMap<>();
    for (JsonNode unit : new ObjectMapper().readTree(json.toFile()).get("units")) {
      counts.put(
          unit.get("unit").asText(),
          new long[] {unit.get("total").asLong(), unit.get("complete").asLong()});
    }
    Files.delete(json);
    return counts;
  }

  /** Per provider: {total, complete}, by DuckDB with the hand-written mapping. */
  private static Map<String, long[]> runDuckDb(Path extract) throws SQLException {
    StringBuilder complete = new StringBuilder();
    for (Map.Entry<String, Boolean> value : VALUES.entrySet()) {
      if (value.getValue()) {
        complete.append(complete.length() == 0 ? "" : ", ").append("'").append(value.getKey());
        complete.append("'");
      }
    }
    String sql =
        "SELECT provider, count(*) AS total, count(*) FILTER (WHERE ethnicity IN ("
            + complete
            + ")) AS complete FROM read_csv('"
            + extract.toString().replace("'", "''")
            + "', header = true, all_varchar = true) GROUP BY provider";
    Map<String, long[]> counts = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      while (result.next()) {
        counts.put(result.getString(1), new long[] {result.getLong(2), result.getLong(3)});
      }
    }
    return counts;
  }
}
