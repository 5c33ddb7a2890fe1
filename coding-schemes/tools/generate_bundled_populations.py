#!/usr/bin/env python3
"""Generate the bundled reference populations (census denominators).

Reads the census tables in the reference directory and the bundled census
scheme JSON (for the category codes), and writes, under
coding-schemes/src/main/resources/org/equalitymonitoring/schemes/populations/:

  <id>.population.csv   header category,area,age_band,sex,count (the columns
                        org.equalitymonitoring.io.PopulationCsv reads;
                        age_band and sex only where the table has them)
  PROVENANCE.md         where every file comes from and what was changed

and the data index coding-schemes/src/main/resources/META-INF/equality-monitoring/populations.json,
{"populations": [{id, title, version, source, licence, scheme, file[, areas]}, ...]}, whose file and
areas are paths on the class path.

Standard library only. Output is deterministic (UTF-8, LF). Sibling of
generate_bundled_data.py: run that first if the census schemes change.

Usage:  python3 coding-schemes/tools/generate_bundled_populations.py [REFERENCE_DIR] [--out DIR]
        (default REFERENCE_DIR: ../shared/reference relative to the repository root)

Rule: no count is invented or changed. Category codes are found by matching
each table's label to the label of a code of the bundled scheme; a label that
matches no code stops the run. Totals are checked against the table's own
total row or the figure stated in SOURCES.md.
"""

import argparse
import collections
import csv
import io
import json
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
SCHEMES_DIR = REPO_ROOT / "coding-schemes/src/main/resources/org/equalitymonitoring/schemes"
OUT_DIR = SCHEMES_DIR / "populations"
# The populations' data index on the class path, listing each file by its class-path path.
INDEX_FILE = REPO_ROOT / "coding-schemes/src/main/resources/META-INF/equality-monitoring/populations.json"
CLASS_PATH_DIR = "/org/equalitymonitoring/schemes/populations/"

TS021 = "census/census2021_ts021_ethnic_group_19cat_by_region_england_wales.csv"
RM032 = "census/census2021_rm032_england_wales_ethnic20_sex_age5.csv"
KS201 = "census/census2011_ks201ew_ethnic_group_18cat_by_english_region.csv"
TS021_LSOA = "census/census2021_ts021_ethnic_group_5cat_by_lsoa21.csv"
LSOA_LAD = "census/lsoa21_to_lad23_lookup_ew.csv"
TS021_LAD_SUM = "census/census2021_ts021_ethnic_group_5cat_by_lad23_from_lsoa_sum.csv"
REPO_LSOA = "PsychedPhalanx/LSOAs-England-and-Wales@9c3b2299"
# TS021 broad-group columns of the LSOA file -> heading codes of ons-census-2021-england-wales,
# matched by the heading's label (checked below), in the scheme's order.
LSOA_COLUMNS = [
    ("white", "White"),
    ("mixed_or_multiple_ethnic_groups", "Mixed or Multiple ethnic groups"),
    ("asian_asian_british_or_asian_welsh", "Asian, Asian British or Asian Welsh"),
    ("black_black_british_black_welsh_caribbean_or_african",
     "Black, Black British, Black Welsh, Caribbean or African"),
    ("other_ethnic_group", "Other ethnic group"),
]

REPO_2021 = "opensafely/ethnicity-short-data-report@36520f18"
REPO_2011 = "opensafely/ethnicity-short-data-report@53e2d602"
REPO_RM032 = ("sbf-developer/UK-Demographic-Change-Under-Alternative-Migration-and-Demographic-Scenarios-"
              "2022-2122@30bc190c")


def fail(message):
    sys.stderr.write("generate_bundled_populations: ERROR: " + message + "\n")
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def read_csv(ref, relpath):
    with open(ref / relpath, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def scheme_codes_by_label(scheme_id):
    path = SCHEMES_DIR / (scheme_id + ".scheme.json")
    check(path.is_file(), "bundled scheme %s not found; run generate_bundled_data.py first" % path)
    scheme = json.loads(path.read_text(encoding="utf-8"))
    by_label = {}
    for category in scheme["categories"]:
        check(category["label"] not in by_label, "label %r repeated in %s" % (category["label"], scheme_id))
        by_label[category["label"]] = category["code"]
    return by_label


def code_for(by_label, label, table):
    check(label in by_label, "%s: label %r matches no code of the scheme" % (table, label))
    return by_label[label]


def area_name(column):
    # TS021 names the combined column "England_and_Wales"; the area is England and Wales.
    return column.replace("_", " ")


def wide_table(ref, relpath, label_column, total_label, by_label, expected_categories):
    """Rows of a category x area table, checked against its total row; returns (areas, cells)."""
    rows = read_csv(ref, relpath)
    areas = [c for c in rows[0].keys() if c != label_column]
    check(rows[0][label_column] == total_label, "%s: first row is not %r" % (relpath, total_label))
    totals = {a: int(rows[0][a]) for a in areas}
    body = rows[1:]
    check(len(body) == expected_categories, "%s: %d categories, expected %d" % (relpath, len(body), expected_categories))
    cells = []
    sums = collections.Counter()
    codes = set()
    for row in body:
        code = code_for(by_label, row[label_column], relpath)
        check(code not in codes, "%s: code %s twice" % (relpath, code))
        codes.add(code)
        for a in areas:
            count = int(row[a])
            check(count >= 0, "%s: negative count" % relpath)
            sums[a] += count
            cells.append((code, area_name(a), None, None, count))
    for a in areas:
        check(sums[a] == totals[a], "%s: %s categories sum to %d, total row says %d" % (relpath, a, sums[a], totals[a]))
    return [area_name(a) for a in areas], cells, {area_name(a): t for a, t in totals.items()}


def rm032_table(ref, by_label):
    rows = read_csv(ref, RM032)
    code_of_label = {label: code for label, code in by_label.items()}
    cells = []
    totals = collections.Counter()
    seen = set()
    for row in rows:
        code = row["ethnic_group_code"]
        check(code_of_label.get(row["ethnic_group"]) == code,
              "%s: code %s label %r disagrees with the scheme" % (RM032, code, row["ethnic_group"]))
        key = (code, row["area_name"], row["age_band"], row["sex"])
        check(key not in seen, "%s: cell %r twice" % (RM032, key))
        seen.add(key)
        count = int(row["observation"])
        totals[row["area_name"]] += count
        cells.append((code, row["area_name"], row["age_band"], row["sex"], count))
    check(len(cells) == 2 * 20 * 2 * 5, "%s: %d cells, expected 400" % (RM032, len(cells)))
    check(totals["England"] == 56490037, "%s: England total %d, SOURCES.md says 56,490,037" % (RM032, totals["England"]))
    # Sort as the file: area, ethnic group code (-8 first), sex, age.
    return cells, dict(totals)


def lad_table(ref, by_label):
    """TS021 5 broad groups summed from LSOA 2021 to LAD 2023 through the ONS lookup.

    Returns (areas [(code, name)], cells). Checks: every LSOA's groups sum to its total, every
    LSOA is in the lookup once and its LAD agrees with the LAD joined in the file, the sums equal
    the reference LAD file and the E&W total stated in SOURCES.md (59,597,576)."""
    lookup = {}
    lad_names = {}
    for row in read_csv(ref, LSOA_LAD):
        check(row["lsoa21cd"] not in lookup, "%s: LSOA %s twice" % (LSOA_LAD, row["lsoa21cd"]))
        lookup[row["lsoa21cd"]] = row["lad23cd"]
        check(lad_names.setdefault(row["lad23cd"], row["lad23nm"]) == row["lad23nm"],
              "%s: LAD %s has two names" % (LSOA_LAD, row["lad23cd"]))
    codes = [code_for(by_label, label, TS021_LSOA) for _, label in LSOA_COLUMNS]
    sums = collections.OrderedDict()
    seen = set()
    for row in read_csv(ref, TS021_LSOA):
        lsoa = row["lsoa21cd"]
        check(lsoa not in seen, "%s: LSOA %s twice" % (TS021_LSOA, lsoa))
        seen.add(lsoa)
        check(lookup.get(lsoa) == row["lad23cd"], "%s: LSOA %s LAD disagrees with the lookup" % (TS021_LSOA, lsoa))
        counts = [int(row[column]) for column, _ in LSOA_COLUMNS]
        check(min(counts) >= 0, "%s: negative count" % TS021_LSOA)
        check(sum(counts) == int(row["all_usual_residents"]), "%s: %s groups do not sum to total" % (TS021_LSOA, lsoa))
        total = sums.setdefault(lookup[lsoa], [0] * len(counts))
        for i, count in enumerate(counts):
            total[i] += count
    check(seen == set(lookup), "%s and %s hold different LSOAs" % (TS021_LSOA, LSOA_LAD))
    published = {row["lad23cd"]: row for row in read_csv(ref, TS021_LAD_SUM)}
    check(set(published) == set(sums), "%s: LADs differ from the LSOA sums" % TS021_LAD_SUM)
    for lad, counts in sums.items():
        check([int(published[lad][column]) for column, _ in LSOA_COLUMNS] == counts,
              "%s: %s differs from the LSOA sum" % (TS021_LAD_SUM, lad))
    check(sum(map(sum, sums.values())) == 59597576, "TS021 LSOA total is not 59,597,576 (SOURCES.md)")
    check(len(sums) == 318, "%d LADs, expected 318" % len(sums))
    areas = sorted((lad, lad_names[lad]) for lad in sums)
    names = [name for _, name in areas]
    check(len(set(n.lower() for n in names)) == len(names), "LAD names repeat ignoring case")
    cells = [(code, name, None, None, sums[lad][i]) for lad, name in areas for i, code in enumerate(codes)]
    return areas, cells


def areas_csv(areas):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["code", "name"])
    writer.writerows(areas)
    return out.getvalue()


def population_csv(cells, by_age_and_sex):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    if by_age_and_sex:
        writer.writerow(["category", "area", "age_band", "sex", "count"])
        for code, area, age, sex, count in cells:
            writer.writerow([code, area, age, sex, count])
    else:
        writer.writerow(["category", "area", "count"])
        for code, area, _, _, count in cells:
            writer.writerow([code, area, count])
    return out.getvalue()


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("reference", nargs="?", default=str(REPO_ROOT.parent / "shared" / "reference"))
    parser.add_argument("--out", default=str(OUT_DIR))
    parser.add_argument("--index", help="data index file (default: META-INF/equality-monitoring/populations.json "
                                        "in the bundled resources, or populations.json in --out if given)")
    args = parser.parse_args(argv)
    ref = Path(args.reference).resolve()
    out = Path(args.out).resolve()
    index_file = Path(args.index).resolve() if args.index else (
        INDEX_FILE if out == OUT_DIR.resolve() else out / "populations.json")
    check((ref / TS021).is_file(), "reference directory %s has no %s" % (ref, TS021))

    labels_2021 = scheme_codes_by_label("ons-census-2021-england-wales")
    labels_2011 = scheme_codes_by_label("ons-census-2011-england-wales")

    areas_21, cells_21, totals_21 = wide_table(ref, TS021, "ethnic_group_census2021", "Total: All usual residents",
                                               labels_2021, 19)
    check(totals_21["England"] == 56490039, "TS021 England total %d" % totals_21["England"])
    cells_rm, totals_rm = rm032_table(ref, labels_2021)
    areas_11, cells_11, totals_11 = wide_table(ref, KS201, "ethnic_group_census2011", "All usual residents",
                                               labels_2011, 18)
    check(totals_11["England"] == 53012456, "KS201EW England total %d" % totals_11["England"])
    lads, cells_lad = lad_table(ref, labels_2021)

    populations = [
        collections.OrderedDict([
            ("id", "census-2021"),
            ("title", "Census 2021 usual residents by ethnic group (19 categories): English regions, Wales, "
                      "England, England and Wales (TS021)"),
            ("version", "Census 2021 TS021, Nomis extract of 2022-12-01"),
            ("source", "ONS Census 2021 TS021 via Nomis, as committed in " + REPO_2021 +
                       ":data/nomis_2022_12_01_124621.xlsx (reference " + TS021 + ")"),
            ("licence", "OGL v3 (ONS perturbs small counts)"),
            ("scheme", "ons-census-2021-england-wales"),
            ("file", "census-2021.population.csv"),
        ]),
        collections.OrderedDict([
            ("id", "census-2021-rm032"),
            ("title", "Census 2021 usual residents by ethnic group (20 categories incl. -8) x sex x 5 age bands: "
                      "England and Wales separately (RM032)"),
            ("version", "Census 2021 RM032, ONS API 2021 v1"),
            ("source", "ONS API RM032 'Ethnic group by sex by age' 2021 v1, as committed in " + REPO_RM032 +
                       ":data/raw/ons/rm032/ (reference " + RM032 + ")"),
            ("licence", "OGL v3 (ONS cell-key perturbation: England sums to 56,490,037, published 56,490,048)"),
            ("scheme", "ons-census-2021-england-wales"),
            ("file", "census-2021-rm032.population.csv"),
        ]),
        collections.OrderedDict([
            ("id", "census-2011"),
            ("title", "Census 2011 usual residents by ethnic group (18 categories): English regions and England "
                      "(KS201EW)"),
            ("version", "Census 2011 KS201EW, Nomis extract of 2021-11-22"),
            ("source", "ONS Census 2011 KS201EW via Nomis, as committed in " + REPO_2011 +
                       ":data/nomis_2021_11_22_213653.xlsx (reference " + KS201 + ")"),
            ("licence", "OGL v3"),
            ("scheme", "ons-census-2011-england-wales"),
            ("file", "census-2011.population.csv"),
        ]),
        collections.OrderedDict([
            ("id", "census-2021-ts021-5"),
            ("title", "Census 2021 usual residents by broad ethnic group (5 groups): local authority districts "
                      "(April 2023) of England and Wales, summed from LSOAs (TS021)"),
            ("version", "Census 2021 TS021, Nomis extract of 2024-12-19, LSOA 2021 summed to LAD 2023"),
            ("source", "ONS Census 2021 TS021 by LSOA 2021 via Nomis and the ONS LSOA21-LAD23 lookup, as committed "
                       "in " + REPO_LSOA + ":Data/LSOA Ethnicity.csv and Data/LSOA LAD Lookup.csv (reference "
                       + TS021_LSOA + ", " + LSOA_LAD + ")"),
            ("licence", "OGL v3 (ONS perturbs small-area counts: sums of LSOAs differ slightly from published "
                        "local authority figures)"),
            ("scheme", "ons-census-2021-england-wales"),
            ("file", "census-2021-ts021-5.population.csv"),
            ("areas", "census-2021-ts021-5.areas.csv"),
        ]),
    ]
    contents = {
        "census-2021": population_csv(cells_21, False),
        "census-2021-rm032": population_csv(cells_rm, True),
        "census-2011": population_csv(cells_11, False),
        "census-2021-ts021-5": population_csv(cells_lad, False),
    }
    notes = {
        "census-2021": "19 categories x %d areas (%s). Codes = 20b codes of ons-census-2021-england-wales matched "
                       "by label. The total row 'Total: All usual residents' is not a category and is left out; "
                       "every area's categories sum to it (England 56,490,039). Area 'England and Wales' is the "
                       "column 'England_and_Wales'. England and England and Wales are sums of regions "
                       "(59,597,533; the ONS national table says 59,597,542)." % (len(areas_21), ", ".join(areas_21)),
        "census-2021-rm032": "20 codes (incl. -8 Does not apply, all 0) x sex (Female, Male) x 5 age bands (labels as "
                             "published, e.g. 'Aged 24 years and under') x England, Wales. Codes as in the file, "
                             "checked against the scheme's labels. England sums to %d, Wales to %d."
                             % (totals_rm["England"], totals_rm["Wales"]),
        "census-2011": "18 categories x %d areas (%s). Codes = EFF 18A codes of ons-census-2011-england-wales matched "
                       "by label. The row 'All usual residents' is left out; every area's categories sum to it "
                       "(England 53,012,456)." % (len(areas_11), ", ".join(areas_11)),
        "census-2021-ts021-5": "5 broad groups (the heading codes White, Mixed, Asian, Black, Other of "
                               "ons-census-2021-england-wales, matched by label) x %d local authority districts "
                               "(LAD 2023), areas named as the lookup names them (e.g. Hartlepool, City of London); "
                               "census-2021-ts021-5.areas.csv gives each area's LAD23 code. Aggregated at build time: "
                               "the 35,672 LSOA rows are summed to their LAD through the lookup (checked: every LSOA "
                               "in the lookup once, groups sum to each LSOA's total, sums equal the reference file "
                               "census/census2021_ts021_ethnic_group_5cat_by_lad23_from_lsoa_sum.csv). Because ONS "
                               "perturbs every small-area cell, these sums differ slightly from the published local "
                               "authority figures: England and Wales sums to 59,597,576 (published 59,597,542), "
                               "England 56,490,108 (published 56,490,048). Broad groups only: Census 2021 puts "
                               "Chinese in Asian, NHS 2001 in Other Ethnic Groups." % len(lads),
    }
    for p in populations:
        write(out / p["file"], contents[p["id"]])
    write(out / "census-2021-ts021-5.areas.csv", areas_csv(lads))
    index = [collections.OrderedDict((key, CLASS_PATH_DIR + value if key in ("file", "areas") else value)
                                     for key, value in p.items()) for p in populations]
    write(index_file, json.dumps({"populations": index}, indent=2, ensure_ascii=False) + "\n")
    lines = [
        "# Bundled reference populations: provenance",
        "",
        "Generated by `coding-schemes/tools/generate_bundled_populations.py` from the census tables described in "
        "`SOURCES.md`. Do not edit the CSV by hand: change the script and re-run it. Counts are copied unchanged; "
        "ONS perturbs small cells, so sums of regions and national figures may differ by a few people.",
        "",
        "| File | Id | Source | Version | Licence | Scheme | Derived / changed |",
        "|---|---|---|---|---|---|---|",
    ]
    for p in populations:
        cells = [p["file"], p["id"], p["source"], p["version"], p["licence"], p["scheme"], notes[p["id"]]]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines.append("")
    write(out / "PROVENANCE.md", "\n".join(lines))
    for p in populations:
        print("%-40s %5d cells" % ("populations/" + p["file"], contents[p["id"]].count("\n") - 1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
