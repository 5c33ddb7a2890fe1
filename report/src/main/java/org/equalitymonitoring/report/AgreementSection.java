package org.equalitymonitoring.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.equalitymonitoring.agreement.Agreement;
import org.equalitymonitoring.agreement.AgreementTally;
import org.equalitymonitoring.agreement.PublishedAgreement;
import org.equalitymonitoring.coding.Scheme;
import org.equalitymonitoring.disclosure.DisclosedTable;
import org.equalitymonitoring.io.PublishedAgreementJson;
import org.equalitymonitoring.stats.Estimate;

/**
 * Agreement between the ethnicity column and a second column for the same people: the matrix, each
 * category's share the second source puts in the same category, and Cohen's kappa, all under the
 * disclosure policy (shares and kappa from the published counts of the people compared). The
 * matrix's last column holds the people with no usable value in the second column, so each row
 * total is the category's count published elsewhere in the report; a category withheld elsewhere
 * has its row total withheld here, and a row total this matrix withholds is withheld elsewhere
 * ({@link #withheld}), so no count can be recovered by subtraction between sections.
 */
final class AgreementSection implements Section {
  private final String first;
  private final String second;
  private final Scheme scheme;
  private final PublishedAgreement published;

  /**
   * Discloses the agreement of a tally.
   *
   * @param withheld codes of the base scheme whose counts are withheld elsewhere in the report
   */
  AgreementSection(ReportSettings settings, AgreementTally tally, Set<String> withheld) {
    this.first = settings.columns.ethnicity;
    this.second = settings.columns.secondEthnicity.orElseThrow();
    this.scheme = settings.recogniser.scheme();
    List<String> order = new ArrayList<>();
    scheme.categories().forEach(category -> order.add(category.code()));
    Agreement agreement = tally.result(order, settings.confidence);
    Set<String> rows = new HashSet<>();
    for (String code : agreement.categories()) {
      if (withheld.contains(code) || withheld.contains(base(code))) {
        rows.add(code);
      }
    }
    this.published = agreement.disclose(settings.disclosure, rows);
  }

  /** The code of the base scheme a category rolls up to, or the code itself. */
  private String base(String code) {
    return scheme.category(code).map(c -> scheme.rollUpToBase(c).code()).orElse(code);
  }

  /**
   * The codes of the base scheme whose counts this matrix withholds: those of the categories whose
   * row totals are suppressed.
   */
  Set<String> withheld() {
    Set<String> codes = new HashSet<>();
    for (int i = 0; i < published.categories().size(); i++) {
      if (published.matrix().rowTotal(i).isSuppressed()) {
        codes.add(base(published.categories().get(i)));
      }
    }
    return codes;
  }

  @Override
  public String id() {
    return "agreement";
  }

  @Override
  public String title() {
    return "Agreement between sources";
  }

  private String name(String code) {
    return scheme.category(code).map(c -> c.code() + " " + c.label()).orElse(code);
  }

  private static String interval(Optional<Estimate> estimate) {
    return estimate.map(e -> Format.interval(e.lower(), e.upper())).orElse("–");
  }

  @Override
  public void html(StringBuilder out) {
    DisclosedTable matrix = published.matrix();
    List<String> categories = published.categories();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(categories.get(i));
      for (int j = 0; j < matrix.columnCount(); j++) {
        row.add(matrix.cell(i, j).display());
      }
      row.add(matrix.rowTotal(i).display());
      rows.add(row);
    }
    List<String> totals = new ArrayList<>();
    totals.add("Total");
    for (int j = 0; j < matrix.columnCount(); j++) {
      totals.add(matrix.columnTotal(j).display());
    }
    totals.add(matrix.grandTotal().display());
    rows.add(totals);
    List<List<String>> shares = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      Optional<Estimate> share = published.shares().get(i);
      shares.add(
          List.of(
              name(categories.get(i)),
              matrix.rowTotal(i).display(),
              matrix.cell(i, categories.size()).display(),
              matrix.cell(i, i).display(),
              share.map(s -> Format.percent(s.value())).orElse("–"),
              interval(share)));
    }
    String kappa =
        published
            .kappa()
            .map(k -> "Cohen's kappa " + k.summary() + ".")
            .orElse(
                "Cohen's kappa is not published: a count of the matrix is suppressed, or"
                    + " both sources put everyone in one category.");
    Templates.render(
        "agreement.jte",
        Map.of(
            "introduction",
            "People with a category of the scheme in '"
                + first
                + "' (first source), by the category '"
                + second
                + "' (second source) gives, or none (no usable value: blank, unrecognised or"
                + " not a category), so that each row total is the category's people as"
                + " counted elsewhere in this report. The share of a category is of the people"
                + " the first source puts there who have a category in the second source, the"
                + " share the second source puts there too, with Wilson intervals; kappa, of the"
                + " same people, corrects the overall agreement for the agreement expected by"
                + " chance from the two sources' totals.",
            "categories",
            categories,
            "matrix",
            rows,
            "shares",
            shares,
            "kappa",
            kappa),
        out);
  }

  @Override
  public void json(JsonGenerator json) throws IOException {
    DisclosedTable matrix = published.matrix();
    List<String> categories = published.categories();
    json.writeStartObject();
    json.writeStringField("first", first);
    json.writeStringField("second", second);
    json.writeArrayFieldStart("categories");
    for (int i = 0; i < categories.size(); i++) {
      json.writeStartObject();
      json.writeStringField("code", categories.get(i));
      Published.write(json, "first", matrix.rowTotal(i));
      Published.write(json, "both", matrix.cell(i, i));
      Published.write(json, "noSecond", matrix.cell(i, categories.size()));
      Optional<Estimate> share = published.shares().get(i);
      if (share.isPresent()) {
        json.writeNumberField("share", share.get().value());
        json.writeNumberField("lower", share.get().lower());
        json.writeNumberField("upper", share.get().upper());
      }
      json.writeArrayFieldStart("second");
      for (int j = 0; j < matrix.columnCount(); j++) {
        if (matrix.cell(i, j).value().isPresent()) {
          json.writeNumber(matrix.cell(i, j).value().getAsLong());
        } else {
          json.writeNull();
        }
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    Published.write(json, "people", matrix.grandTotal());
    PublishedAgreementJson.writeFields(published, json);
    json.writeEndObject();
  }
}
