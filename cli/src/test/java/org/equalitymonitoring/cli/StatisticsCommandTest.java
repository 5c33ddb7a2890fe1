package org.equalitymonitoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code statistics} command. Expected figures are worked out here from the published formulas
 * (STATISTICAL-METHODS.md §1-§3, §5-§7) or, for the SII of the phe_sii help example, from an
 * independent least-squares solve (numpy {@code lstsq}), never from the code's output.
 */
class StatisticsCommandTest {
  /** z = qnorm(0.975), STATISTICAL-METHODS.md §0. */
  private static final double Z95 = 1.959963984540054;

  /** The Area1 deciles of the phe_sii help example, with the example's 95% limits and SEs. */
  private static final String AREA1 =
      "group,quantile,population,value,lower,upper,se\n"
          + "Area1,1,7291,75.9,72.7,79.1,1.64\n"
          + "Area1,2,7997,78.3,75.3,81.4,1.58\n"
          + "Area1,3,6105,83.8,80.9,86.8,1.51\n"
          + "Area1,4,7666,83.6,80.2,87.1,1.78\n"
          + "Area1,5,5790,80.5,77.1,83.8,1.7\n"
          + "Area1,6,6934,81.1,78,84.2,1.56\n"
          + "Area1,7,5918,81.7,79,84.4,1.37\n"
          + "Area1,8,5974,84.2,81.4,86.9,1.4\n"
          + "Area1,9,7147,80.6,75.8,85.4,2.43\n"
          + "Area1,10,7534,86.3,83.2,89.4,1.57\n";

  @TempDir Path dir;

  private Path file(String text) throws IOException {
    Path path = dir.resolve("input.csv");
    Files.writeString(path, text);
    return path;
  }

  private CommandRun run(String subcommand, String input, String... options) throws IOException {
    String[] args = new String[options.length + 4];
    args[0] = "statistics";
    args[1] = subcommand;
    args[2] = "--input";
    args[3] = file(input).toString();
    System.arraycopy(options, 0, args, 4, options.length);
    return CommandRun.run("", args);
  }

  private static JsonNode json(CommandRun run) throws IOException {
    assertThat(run.exitCode).as(run.err).isZero();
    return new ObjectMapper().readTree(run.out);
  }

  private static double byarsLower(double x, double z) {
    return x * Math.pow(1 - 1 / (9 * x) - z / (3 * Math.sqrt(x)), 3);
  }

  private static double byarsUpper(double x, double z) {
    return (x + 1) * Math.pow(1 - 1 / (9 * (x + 1)) + z / (3 * Math.sqrt(x + 1)), 3);
  }

  @Test
  void siiOfTheHelpExample() throws IOException {
    // numpy lstsq of y·√a on [√a, b·√a]: c = 78.03207876952992, s = 7.00023476007992,
    // RII = (c + s)/c = 1.0897097049119417. With the SEs the slope is normal with sd
    // 1.9626921183098551, so the 95% limits are near s ± z·sd = 3.1534 and 10.8470.
    JsonNode json = json(run("sii", AREA1, "--format", "json"));
    JsonNode row = json.get("rows").get(0);
    assertThat(row.get("group").asText()).isEqualTo("Area1");
    assertThat(row.get("quantiles").asLong()).isEqualTo(10);
    assertThat(row.get("sii").asDouble()).isCloseTo(7.00023476007992, within(1e-10));
    assertThat(row.get("intercept").asDouble()).isCloseTo(78.03207876952992, within(1e-10));
    assertThat(row.get("rii").asDouble()).isCloseTo(1.0897097049119417, within(1e-12));
    assertThat(row.get("sii_lower").asDouble()).isCloseTo(3.153428895451978, within(0.1));
    assertThat(row.get("sii_upper").asDouble()).isCloseTo(10.847040624707862, within(0.1));
    assertThat(row.get("rii_lower").asDouble()).isLessThan(1.0897097049119417);
    assertThat(row.get("rii_upper").asDouble()).isGreaterThan(1.0897097049119417);
    assertThat(json.get("confidence").asText()).isEqualTo("95%");
    assertThat(json.get("method").asText()).isEqualTo("Simulation (100000 repetitions)");
    assertThat(json.get("seed").asLong()).isEqualTo(1);
    // the same seed gives the same output
    assertThat(run("sii", AREA1, "--format", "json", "--repetitions", "1000").out)
        .isEqualTo(run("sii", AREA1, "--format", "json", "--repetitions", "1000").out);
  }

  @Test
  void siiFromNinetyFivePercentLimitsAndAsCsv() throws IOException {
    String withoutSe = AREA1.replace(",se\n", "\n").replaceAll(",[0-9.]+\n", "\n");
    CommandRun run =
        run(
            "sii",
            withoutSe.replace("Area1", "=Area1"),
            "--format",
            "csv",
            "--repetitions",
            "1000");
    assertThat(run.exitCode).as(run.err).isZero();
    String[] lines = run.out.split("\n");
    assertThat(lines[0])
        .isEqualTo(
            "group,quantiles,sii,sii_lower,sii_upper,rii,rii_lower,rii_upper,intercept,statistic,"
                + "indicator_type,multiplier,confidence,method,seed");
    // the group name is a text cell, so a leading = is neutralised; the SII is to 4 dp
    assertThat(lines[1]).startsWith("'=Area1,10,7.0002,");
    assertThat(lines[1])
        .endsWith(
            ",78.0321,slope index of inequality (phe_sii),normal,1,95%,"
                + "Simulation (1000 repetitions),1");
  }

  @Test
  void siiMistakesAreOneLineErrorsWithTheirLine() throws IOException {
    CommandRun notANumber = run("sii", AREA1.replace("Area1,3,6105,", "Area1,3,lots,"));
    assertThat(notANumber.exitCode).isEqualTo(1);
    assertThat(notANumber.err.strip()).endsWith("line 4: population must be a number, got 'lots'");
    assertThat(notANumber.err.strip().lines().count()).isEqualTo(1);

    CommandRun twice = run("sii", AREA1.replace("Area1,4,", "Area1,3,"));
    assertThat(twice.err.strip()).endsWith("line 5: quantile 3 appears twice in group 'Area1'");

    CommandRun four = run("sii", AREA1.lines().limit(5).reduce("", (a, b) -> a + b + "\n"));
    assertThat(four.exitCode).isEqualTo(1);
    assertThat(four.err.strip()).endsWith("group 'Area1' has 4 quantiles; the SII needs 5 to 100");

    CommandRun rate = run("sii", AREA1.replace(",75.9,", ",0,"), "--type", "rate");
    assertThat(rate.err.strip())
        .endsWith("line 2: value must be a finite number > 0 for a rate indicator, got value=0.0");

    CommandRun type = run("sii", AREA1, "--type", "ratio");
    assertThat(type.exitCode).isEqualTo(2);
    assertThat(type.err.strip())
        .isEqualTo("error: --type must be normal, rate or proportion, got 'ratio'");

    CommandRun few = run("sii", AREA1, "--repetitions", "10");
    assertThat(few.exitCode).isEqualTo(2);
  }

  @Test
  void meanWithStudentT() throws IOException {
    // values 1, 2, 3: mean 2, sd 1. For 2 df, qt(p, 2) = (2p − 1)·sqrt(2/(4p(1 − p))), so at
    // p = 0.975 t = 0.95·sqrt(2/0.0975); the limits are 2 ∓ t/√3.
    double t = 0.95 * Math.sqrt(2 / 0.0975);
    JsonNode json =
        json(run("mean", "group,value\nA,1\nA,2\nB,10\nA,3\nB,12\n", "--format", "json"));
    JsonNode a = json.get("rows").get(0);
    assertThat(a.get("group").asText()).isEqualTo("A");
    assertThat(a.get("n").asLong()).isEqualTo(3);
    assertThat(a.get("mean").asDouble()).isEqualTo(2.0);
    assertThat(a.get("sd").asDouble()).isCloseTo(1.0, within(1e-12));
    assertThat(a.get("lower").asDouble()).isCloseTo(2 - t / Math.sqrt(3), within(1e-9));
    assertThat(a.get("upper").asDouble()).isCloseTo(2 + t / Math.sqrt(3), within(1e-9));
    // B: 10, 12 → mean 11, sd √2, 1 df: t = tan(0.475π), half width t·√2/√2 = t
    JsonNode b = json.get("rows").get(1);
    assertThat(b.get("lower").asDouble()).isCloseTo(11 - Math.tan(0.475 * Math.PI), within(1e-9));

    CommandRun text = run("mean", "value\n1\n2\n3\n");
    assertThat(text.out).contains("method: Student t").contains("n  mean    sd      lower");

    CommandRun one = run("mean", "value\n1\n");
    assertThat(one.exitCode).isEqualTo(1);
    assertThat(one.err.strip()).endsWith("there is 1 value; a mean's interval needs at least 2");
  }

  @Test
  void proportionFunnel() throws IOException {
    // av = (50 + 500 + 250)/3000 = 0.26667. At N = 1000 the 3-sigma limits are about
    // av ± 3.09·sqrt(av(1−av)/1000) = av ± 0.043 and the 2-sigma about av ± 0.027, so 5% is
    // Low (0.001), 50% High (0.001) and 25% inside.
    JsonNode json =
        json(
            run(
                "funnel",
                "unit,numerator,denominator\nA,50,1000\nB,500,1000\nC,250,1000\n",
                "--statistic",
                "proportion",
                "--format",
                "json"));
    JsonNode rows = json.get("rows");
    assertThat(rows.get(0).get("significance").asText()).isEqualTo("Low (0.001)");
    assertThat(rows.get(1).get("significance").asText()).isEqualTo("High (0.001)");
    assertThat(rows.get(2).get("significance").asText()).isEqualTo("Not significant");
    assertThat(json.get("average").asDouble()).isCloseTo(80.0 / 3, within(1e-12));
    // The Wilson inversion of STATISTICAL-METHODS.md §6a at N = 1000, z = qnorm(0.975), ·100.
    double av = 800.0 / 3000;
    double n = 1000;
    double z2 = Z95 * Z95;
    double first = av * (n / z2 + 1);
    double adj =
        Math.sqrt(
            Math.pow(-8 * av * (n / z2 + 1), 2)
                - 64 * (1 / z2 + 1 / n) * av * (n * (av * (n / z2 + 2) - 1) + z2 * (av - 1)));
    double last = 1 / z2 + 1 / n;
    assertThat(rows.get(2).get("lower_2s").asDouble())
        .isCloseTo((first - adj / 8) / last / n * 100, within(1e-9));
    assertThat(rows.get(2).get("upper_2s").asDouble())
        .isCloseTo((first + adj / 8) / last / n * 100, within(1e-9));
    assertThat(rows.get(2).get("value").asDouble()).isCloseTo(25.0, within(1e-12));

    CommandRun over =
        run("funnel", "unit,numerator,denominator\nA,5,4\n", "--statistic", "proportion");
    assertThat(over.exitCode).isEqualTo(1);
    assertThat(over.err.strip())
        .endsWith("line 2: numerator must be <= denominator, got 5.0 > 4.0");
  }

  @Test
  void ratioAndRateFunnels() throws IOException {
    // O = 50, E = 20: Byar lower at 99.8% is 50(1 − 1/450 − 3.09/(3√50))³ ≈ 30.9, /20 ≈ 1.55 > 1.
    // O = 2, E = 20: exact upper at 99.8% is qchisq(0.999, 6)/2 ≈ 11.2, /20 ≈ 0.56 < 1.
    // O = 20, E = 16: 95% Byar limits 12.2 and 30.9 over 16 straddle 1.
    JsonNode ratio =
        json(
            run(
                "funnel",
                "unit,observed,expected\nA,50,20\nB,2,20\nC,20,16\n",
                "--statistic",
                "ratio",
                "--format",
                "json"));
    assertThat(ratio.get("rows").get(0).get("significance").asText()).isEqualTo("High (0.001)");
    assertThat(ratio.get("rows").get(1).get("significance").asText()).isEqualTo("Low (0.001)");
    assertThat(ratio.get("rows").get(2).get("significance").asText()).isEqualTo("Not significant");
    assertThat(ratio.get("rows").get(0).get("value").asDouble()).isEqualTo(2.5);
    // Limits at O = 2 (PHE Poisson funnel): 95% (2 sigma) lower 2/λ with P(X <= 2 | λ) = 0.025,
    // λ = qchisq(0.975, 6)/2 = 14.449/2, so 0.2768; upper 2/λ with P(X >= 2 | λ) = 0.025,
    // λ = qchisq(0.025, 4)/2 = 0.4844/2, so 8.257 (chi-square table values).
    assertThat(ratio.get("rows").get(1).get("lower_2s").asDouble()).isCloseTo(0.2768, within(5e-4));
    assertThat(ratio.get("rows").get(1).get("upper_2s").asDouble()).isCloseTo(8.257, within(0.01));

    // Crude rates: av = 300/300000 = 100 per 100,000. A has 200 events on 100,000 (twice the
    // average; Byar lower at 99.8% of 200 is about 158, over 100,000 well above 100): High.
    JsonNode rate =
        json(
            run(
                "funnel",
                "unit,numerator,denominator\nA,200,100000\nB,50,100000\nC,50,100000\n",
                "--statistic",
                "rate",
                "--format",
                "json"));
    assertThat(rate.get("average").asDouble()).isCloseTo(100.0, within(1e-9));
    assertThat(rate.get("rows").get(0).get("significance").asText()).isEqualTo("High (0.001)");
    assertThat(rate.get("rows").get(0).get("value").asDouble()).isCloseTo(200.0, within(1e-9));

    // Rate limits at a unit's own events: A has 2 events; the average is 100/100,000 = 0.001 per
    // person, so the 95% limits are 2 × 0.001 / λ × 100,000 with the λ of the ratio case above:
    // 2 × 100 / 7.2247 = 27.68 and 2 × 100 / 0.24221 = 825.7 per 100,000.
    JsonNode small =
        json(
            run(
                "funnel",
                "unit,numerator,denominator\nA,2,2000\nB,98,98000\n",
                "--statistic",
                "rate",
                "--format",
                "json"));
    assertThat(small.get("rows").get(0).get("lower_2s").asDouble()).isCloseTo(27.68, within(0.01));
    assertThat(small.get("rows").get(0).get("upper_2s").asDouble()).isCloseTo(825.7, within(0.1));
  }

  @Test
  void indirectlyStandardisedRatios() throws IOException {
    // observed 20 over expected 16: 1.25 with Byar limits (20 ≥ 10); observed 0: exact, lower 0
    // and upper −ln(0.025) = 3.6888794541139363 (STATISTICAL-METHODS.md §2), over 5.
    JsonNode given =
        json(run("isr", "unit,observed,expected\nX,20,16\nY,0,5\n", "--format", "json"));
    JsonNode x = given.get("rows").get(0);
    assertThat(x.get("value").asDouble()).isEqualTo(1.25);
    assertThat(x.get("lower").asDouble()).isCloseTo(byarsLower(20, Z95) / 16, within(1e-12));
    assertThat(x.get("upper").asDouble()).isCloseTo(byarsUpper(20, Z95) / 16, within(1e-12));
    assertThat(x.get("method").asText()).isEqualTo("Byars");
    JsonNode y = given.get("rows").get(1);
    assertThat(y.get("lower").asDouble()).isEqualTo(0.0);
    assertThat(y.get("upper").asDouble()).isCloseTo(3.6888794541139363 / 5, within(1e-12));

    // Bands: expected = 100/10000·1000 + 300/20000·2000 = 10 + 30 = 40; observed 5 + 15 = 20.
    JsonNode bands =
        json(
            run(
                "isr",
                "group,events,population,reference_events,reference_population\n"
                    + "G,5,1000,100,10000\nG,15,2000,300,20000\n",
                "--format",
                "json",
                "--ref-value",
                "100"));
    JsonNode g = bands.get("rows").get(0);
    assertThat(g.get("expected").asDouble()).isCloseTo(40, within(1e-12));
    assertThat(g.get("observed").asLong()).isEqualTo(20);
    assertThat(g.get("value").asDouble()).isCloseTo(50, within(1e-12));
    assertThat(g.get("lower").asDouble()).isCloseTo(byarsLower(20, Z95) / 40 * 100, within(1e-10));

    CommandRun negative = run("isr", "unit,observed,expected\nX,-1,16\n");
    assertThat(negative.exitCode).isEqualTo(1);
    assertThat(negative.err.strip()).endsWith("line 2: observed must be >= 0, got -1.0");
  }

  @Test
  void statisticsWithoutASubcommandIsAUsageError() {
    CommandRun run = CommandRun.run("", "statistics");
    assertThat(run.exitCode).isEqualTo(2);
    assertThat(run.err).contains("name a statistic: sii, funnel, isr or mean");
  }
}
