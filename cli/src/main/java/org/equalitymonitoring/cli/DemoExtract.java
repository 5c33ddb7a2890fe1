package org.equalitymonitoring.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Generates a realistic synthetic record extract for the demo: providers and wards with different
 * completeness, ethnicity held in the forms real systems hold it (NHS letters in any case and
 * spacing, labels, SNOMED CT codes, legacy X and 9, blanks, junk), a free-text description beside
 * "Any other" codes, a month, and an outcome whose rate differs between groups.
 *
 * <p>The same seed gives the same bytes. The ethnic mix is illustrative, loosely shaped like an
 * urban English population; it is not published data.
 */
final class DemoExtract {
  /** The header of the generated CSV. */
  static final String HEADER =
      "record_id,provider,ward,month,ethnicity,ethnicity_description,outcome";

  private static final String[] PROVIDERS = {
    "North General", "Riverside", "St Anne's", "Eastfield Community"
  };
  private static final double[] PROVIDER_SIZES = {4, 3, 2, 1.5};
  private static final double[] WARD_SIZES = {6, 3, 1.5, 0.6};

  /** Probability that a record of a provider has a known code, by provider. */
  private static final double[] KNOWN_RATE = {0.97, 0.93, 0.86, 0.74};

  private static final String[] LETTERS = {
    "A", "B", "C", "D", "E", "F", "G", "H", "J", "K", "L", "M", "N", "P", "R", "S"
  };
  private static final double[] LETTER_WEIGHTS = {
    45, 2, 12, 1.5, 1, 1.3, 1.7, 7, 4.5, 3.5, 4, 3.5, 6, 1.5, 1.5, 4.5
  };

  /** Other published labels of each letter, as recorded in older systems. */
  private static final String[][] LABELS = {
    {"White - British", "british", "White British"},
    {"White - Irish", "Irish"},
    {"Any other White background", "White other"},
    {"White and Black Caribbean"},
    {"White and Black African"},
    {"White and Asian"},
    {"Any other mixed background"},
    {"Indian or British Indian", "Indian"},
    {"Pakistani or British Pakistani", "Pakistani"},
    {"Bangladeshi"},
    {"Any other Asian background"},
    {"Caribbean"},
    {"African"},
    {"Any other Black background"},
    {"Chinese"},
    {"Any other ethnic group"}
  };

  /** SNOMED CT concepts of the OpenSAFELY 2001-census list that fall under each letter. */
  private static final String[] SNOMED = {
    "494131000000105", "494161000000100", "88941000000100", "92421000000102",
    "92431000000100", "92441000000109", "92451000000107", "110751000000108",
    "92461000000105", "92471000000103", "92771000000105", "107691000000105",
    "92711000000100", "92501000000105", "92511000000107", "94091000000101"
  };

  /** Write-ins beside the "Any other" letters C, G, L, P and S. */
  private static final String[][] WRITE_INS = {
    {"Polish", "Romanian", "Portuguese", "Turkish", "Lithuanian"},
    {"Black and Asian", "Mixed Arab"},
    {"Filipino", "Filipino", "Filipino", "Sri Lankan Tamil", "Vietnamese", "Afghan", "Nepali"},
    {"Black British", "Somali"},
    {"Kurdish", "Latin American", "Iranian", "Arab", "Filipino"}
  };

  private static final String[] UNKNOWN_FORMS = {
    "Z", "z", "99", "99", "X", "9", "", "", "", " ", "Not stated", "not known", "N/A", "?"
  };

  private DemoExtract() {}

  /**
   * Writes an extract.
   *
   * @param out where to write
   * @param rows the number of records
   * @param seed the seed of the pseudo-random generator
   * @throws IOException if writing fails
   */
  static void write(Writer out, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    BufferedWriter writer = new BufferedWriter(out, 1 << 16);
    writer.write(HEADER);
    writer.write('\n');
    StringBuilder line = new StringBuilder(96);
    for (int id = 1; id <= rows; id++) {
      // Providers and wards differ in size, so that the funnel plot has something to show.
      int provider = weighted(random, PROVIDER_SIZES);
      int ward = weighted(random, WARD_SIZES);
      // Completeness improves month by month, as an improvement plan would want.
      int month = random.nextInt(12);
      int letter = weighted(random, LETTER_WEIGHTS);
      boolean known = random.nextDouble() < KNOWN_RATE[provider] - 0.04 + month * 0.008;
      String ethnicity =
          known ? codedForm(random, letter) : UNKNOWN_FORMS[random.nextInt(UNKNOWN_FORMS.length)];
      String description = known ? writeIn(random, letter) : "";
      boolean outcome = random.nextDouble() < outcomeRate(letter);
      line.setLength(0);
      line.append(id)
          .append(',')
          .append(PROVIDERS[provider])
          .append(',')
          .append(PROVIDERS[provider], 0, 1)
          .append("W")
          .append(ward + 1)
          .append(',')
          .append(
              String.format(
                  Locale.ROOT, "%04d-%02d", month < 9 ? 2026 : 2027, (month + 3) % 12 + 1))
          .append(',');
      Csv.append(line, ethnicity).append(',');
      Csv.append(line, description).append(',').append(outcome ? "yes" : "no").append('\n');
      writer.append(line);
    }
    writer.flush();
  }

  private static int weighted(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double weight : weights) {
      total += weight;
    }
    double point = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      point -= weights[i];
      if (point < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  private static String codedForm(SplittableRandom random, int letter) {
    double form = random.nextDouble();
    if (form < 0.55) {
      return LETTERS[letter];
    }
    if (form < 0.65) {
      return LETTERS[letter].toLowerCase(Locale.ROOT);
    }
    if (form < 0.72) {
      return " " + LETTERS[letter] + (random.nextBoolean() ? "\u00A0" : "\t");
    }
    if (form < 0.86) {
      String[] labels = LABELS[letter];
      return labels[random.nextInt(labels.length)];
    }
    return SNOMED[letter];
  }

  private static String writeIn(SplittableRandom random, int letter) {
    int other = "CGLPS".indexOf(LETTERS[letter]);
    if (other < 0 || random.nextDouble() < 0.3) {
      return "";
    }
    String[] choices = WRITE_INS[other];
    return choices[random.nextInt(choices.length)];
  }

  /** An outcome (such as a detention) that is more frequent for some groups, as in MHA data. */
  private static double outcomeRate(int letter) {
    switch (LETTERS[letter]) {
      case "M":
      case "N":
      case "P":
        return 0.12;
      case "D":
        return 0.09;
      default:
        return 0.04;
    }
  }
}
