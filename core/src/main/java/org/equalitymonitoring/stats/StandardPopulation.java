package org.equalitymonitoring.stats;

import com.google.common.collect.ImmutableList;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A standard population for direct standardisation: age-band labels and their weights.
 *
 * <p>{@link #esp2013()} is the European Standard Population 2013 in the 19-band form used by
 * PHEindicatormethods ({@code esp2013}) and PHStatsMethods: 0-4, 5-9, ..., 85-89, 90+; weights
 * 5000, 5500, ..., 1500, 1000, summing to 100,000. Immutable and thread-safe.
 */
public final class StandardPopulation {

  private static final String ESP2013_RESOURCE = "esp2013.csv";

  private static final class Esp2013Holder {
    static final StandardPopulation INSTANCE = load(ESP2013_RESOURCE, "ESP2013");
  }

  private final String name;
  private final ImmutableList<String> ageBands;
  private final double[] weights;

  private StandardPopulation(String name, List<String> ageBands, double[] weights) {
    this.name = name;
    this.ageBands = ImmutableList.copyOf(ageBands);
    this.weights = weights;
  }

  /**
   * Returns the European Standard Population 2013 (19 bands, 90+ merged), read from the bundled
   * classpath resource {@code org/equalitymonitoring/stats/esp2013.csv}.
   *
   * @return ESP2013
   * @throws IllegalStateException if the bundled resource is missing or malformed
   */
  public static StandardPopulation esp2013() {
    return Esp2013Holder.INSTANCE;
  }

  /**
   * Returns a standard population from labels and weights.
   *
   * @param name a name for the population, not blank
   * @param ageBands the age-band labels, same length as {@code weights}, none null
   * @param weights the weights, each finite {@code >= 0}, with a positive sum
   * @return the standard population
   * @throws IllegalArgumentException if lengths differ, the list is empty, the name is blank or a
   *     weight is out of range
   * @throws NullPointerException if any argument or label is null
   */
  public static StandardPopulation of(String name, List<String> ageBands, double[] weights) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ageBands, "ageBands");
    double[] w = Checks.nonNegativeArray(weights, "weights");
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank, got name=\"" + name + "\"");
    }
    if (ageBands.size() != w.length) {
      throw new IllegalArgumentException(
          "ageBands and weights must have the same length, got ageBands.size()="
              + ageBands.size()
              + ", weights.length="
              + w.length);
    }
    Checks.notEmpty(w, "weights");
    if (!(Checks.sum(w) > 0)) {
      throw new IllegalArgumentException(
          "weights must have a positive sum, got sum=" + Checks.sum(w));
    }
    for (String band : ageBands) {
      Objects.requireNonNull(band, "ageBands element");
    }
    return new StandardPopulation(name, ageBands, w);
  }

  private static StandardPopulation load(String resource, String name) {
    InputStream in = StandardPopulation.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing classpath resource " + resource);
    }
    ImmutableList.Builder<String> bands = ImmutableList.builder();
    double[] weights = new double[0];
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean header = true;
      int lineNumber = 0;
      while ((line = reader.readLine()) != null) {
        lineNumber++;
        line = line.replace("\uFEFF", "").strip();
        if (line.isEmpty()) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] fields = line.split(",", -1);
        if (fields.length != 2) {
          throw new IllegalStateException(
              resource + " line " + lineNumber + " must have 2 fields, got \"" + line + "\"");
        }
        bands.add(fields[0].strip());
        weights = Arrays.copyOf(weights, weights.length + 1);
        weights[weights.length - 1] = Double.parseDouble(fields[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NumberFormatException e) {
      throw new IllegalStateException(resource + " has a non-numeric weight", e);
    }
    return of(name, bands.build(), weights);
  }

  /**
   * Returns the name, for example "ESP2013".
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the age-band labels, in order (for ESP2013 "0-4" ... "90+").
   *
   * @return an immutable list of labels
   */
  public List<String> ageBands() {
    return ageBands;
  }

  /**
   * Returns a copy of the weights, in age-band order.
   *
   * @return a new array of weights
   */
  public double[] weights() {
    return weights.clone();
  }

  /**
   * Returns the sum of the weights (100,000 for ESP2013).
   *
   * @return the total
   */
  public double total() {
    return Checks.sum(weights);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof StandardPopulation)) {
      return false;
    }
    StandardPopulation other = (StandardPopulation) o;
    return name.equals(other.name)
        && ageBands.equals(other.ageBands)
        && Arrays.equals(weights, other.weights);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, ageBands, Arrays.hashCode(weights));
  }

  @Override
  public String toString() {
    return "StandardPopulation[" + name + ", " + ageBands.size() + " bands]";
  }
}
