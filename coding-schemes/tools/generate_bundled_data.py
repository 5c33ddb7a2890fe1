#!/usr/bin/env python3
"""Generate the bundled coding-scheme and crosswalk JSON resources.

Reads the reference CSVs (and SCHEMES.md / UK Core XML) in the reference
directory and writes, under
coding-schemes/src/main/resources/org/equalitymonitoring/schemes/ (and the data index
coding-schemes/src/main/resources/META-INF/equality-monitoring/index.json,
{"schemes": [...], "crosswalks": [...], "examples": [...], "synonyms": [...]}, which lists them by
their path on the class path):

  <id>.scheme.json      one per coding scheme
  <id>.crosswalk.json   one per crosswalk
  examples/<id>.scheme.json  illustrative local sub-classification(s)
  synonyms/<id>.synonyms.json  free-text labels of the EFF standardiser lookup that name
                        exactly one code of the scheme, for recognition
  PROVENANCE.md         where every file comes from and what was inferred

Standard library only. Output is deterministic: re-running on the same
reference files gives byte-identical output.

Usage:  python3 coding-schemes/tools/generate_bundled_data.py [REFERENCE_DIR]
        (default REFERENCE_DIR: ../shared/reference relative to the repository root)

Rule: no code or label is invented. Codes and labels are read from a
reference file; the few that are typed in below (e.g. HES ETHRAW short
labels) are copied from SCHEMES.md and checked against its text at run time
(see dossier()).
"""

import argparse
import collections
import csv
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = REPO_ROOT / "coding-schemes/src/main/resources/org/equalitymonitoring/schemes"
# The data index on the class path, listing every file above by its class-path path (CLASS_PATH_DIR + name).
INDEX_FILE = REPO_ROOT / "coding-schemes/src/main/resources/META-INF/equality-monitoring/index.json"
CLASS_PATH_DIR = "/org/equalitymonitoring/schemes/"

KINDS = ("SUBSTANTIVE", "OTHER", "NOT_STATED", "NOT_KNOWN")
EQUIVALENCES = ("EQUIVALENT", "BROADER", "NARROWER", "INEXACT", "UNMATCHED")
SCHEME_FIELDS = ("id", "extends", "title", "version", "publisher", "source", "licence", "system",
                 "status", "caseSensitive", "firstCharacterIsNational", "legacyValues", "categories")
CATEGORY_FIELDS = ("code", "label", "parent", "kind", "selectable", "alternativeLabels")
LEGACY_FIELDS = ("value", "kind", "code", "note")
CROSSWALK_FIELDS = ("id", "title", "version", "publisher", "source", "licence", "from", "to",
                    "description", "rows")
ROW_FIELDS = ("from", "to", "equivalence", "comment")

# ---------------------------------------------------------------------------------------------
# Source keys (SCHEMES.md "Source key" / SOURCES.md)
# ---------------------------------------------------------------------------------------------
S1 = "https://www.datadictionary.nhs.uk/data_elements/ethnic_category.html"
S4 = "NHSDigital/FHIR-R4-UKCORE-STAGING-MAIN@3d2827e3e9918674640d0c14a0f870084397a615"
S9 = "ukgov-equality-hub/ethnicity-facts-and-figures@1d303927327fc59a360f22ceb049fdc71f497dc3"
S9_DEFS = S9 + ":application/data/static/standardisers/classification_definitions.csv"
S11 = ("ONS Census 2021 classification 'ethnic_group_tb_20b' as reproduced in SocialCareData/standard "
       "and an ONS-download analysis script (SCHEMES.md S11)")
S15 = "opencodelists opensafely/ethnicity-snomed-0removed/22911876 (https://www.opencodelists.org/codelist/opensafely/ethnicity-snomed-0removed/22911876)"
S16 = "opensafely/risk-factors-research@38e2723fd2da19d8605d6ff7f48bf7a6ccd98957:codelists/opensafely-ethnicity.csv"
S17 = "opensafely/ethnicity-short-data-report@e7ec5d9daaad3dcdefe7b5eef3d66fe124a55069:codelists/primis-covid19-vacc-uptake-{eth2001,non_eth2001,eth_notstated,eth_notgiptref,eth_norecord}.csv"
S18 = "opensafely/ethnicity-short-data-report@4077ecde1563a756849d1afe1c6fc203cd21bc31:codelists/opensafely-ethnicity-uk-categories.csv (opencodelists opensafely/ethnicity-uk-categories/516dea7b)"
S19 = "NHSDigital/GDPPR_Analytical_Code@7c44e3b1fa2358f37aa5c15996f5e84d676c6844:Ethnic_Category/"
S26 = "https://hl7.org/fhir/us/core/STU5.0.1/ValueSet-omb-race-category.html"
S28 = "HL7NZ/nzbase@1a31aad98c077748613a1f866182afe0535f1724:input/vocabulary/Ethnicity-CodeSystem.json"
PROJECT = "equality-monitoring project"

NHS_LETTERS = "ABCDEFGHJKLMNPRS"  # 1..16 of the OpenSAFELY / PRIMIS Grouping_16 (no I, O, Q)
NHS_OTHER = ("C", "G", "L", "P", "S")

_dossier_text = None


def fail(message):
    sys.stderr.write("generate_bundled_data: ERROR: " + message + "\n")
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


def dossier(text):
    """Return text unchanged after checking it occurs verbatim in SCHEMES.md (markdown bold removed)."""
    check(text in _dossier_text, "string typed into the generator is not in SCHEMES.md: %r" % text)
    return text


def read_csv(ref, relpath):
    with open(ref / relpath, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def read_fhir_codesystem(ref, relpath):
    ns = {"f": "http://hl7.org/fhir"}
    root = ET.parse(ref / relpath).getroot()

    def value(tag):
        element = root.find("f:" + tag, ns)
        return element.get("value") if element is not None else None

    concepts = collections.OrderedDict()
    for concept in root.findall("f:concept", ns):
        concepts[concept.find("f:code", ns).get("value")] = concept.find("f:display", ns).get("value")
    return {"url": value("url"), "version": value("version"), "status": value("status"),
            "date": value("date"), "publisher": value("publisher"),
            "caseSensitive": value("caseSensitive") == "true", "concepts": concepts}


def alt_labels(label, *candidates):
    """Ordered, de-duplicated (case-insensitively) alternative labels, none equal to the label."""
    seen = {label.casefold()}
    result = []
    for candidate in candidates:
        if candidate is None:
            continue
        candidate = candidate.strip()
        if candidate and candidate.casefold() not in seen:
            seen.add(candidate.casefold())
            result.append(candidate)
    return result


def cat(code, label, parent=None, kind="SUBSTANTIVE", selectable=True, alternatives=None):
    check(code and label, "category needs code and label: %r %r" % (code, label))
    entry = collections.OrderedDict()
    entry["code"] = code
    entry["label"] = label
    if parent is not None:
        entry["parent"] = parent
    if kind != "SUBSTANTIVE":
        entry["kind"] = kind
    if not selectable:
        entry["selectable"] = False
    alternatives = alt_labels(label, *(alternatives or []))
    if alternatives:
        entry["alternativeLabels"] = alternatives
    return entry


def heading(code, label=None, alternatives=None):
    return cat(code, label or code, selectable=False, alternatives=alternatives)


def scheme(id, title, version, publisher, source, licence, categories, status="active",
           system=None, case_sensitive=True, first_character_is_national=False, legacy_values=None,
           extends=None):
    s = collections.OrderedDict()
    s["id"] = id
    if extends:
        s["extends"] = extends
    s["title"] = title
    s["version"] = version
    s["publisher"] = publisher
    s["source"] = source
    s["licence"] = licence
    if system:
        s["system"] = system
    s["status"] = status
    s["caseSensitive"] = case_sensitive
    if first_character_is_national:
        s["firstCharacterIsNational"] = True
    if legacy_values:
        s["legacyValues"] = legacy_values
    s["categories"] = categories
    return s


def legacy(value, kind, code=None, note=None):
    entry = collections.OrderedDict([("value", value), ("kind", kind)])
    if code is not None:
        entry["code"] = code
    if note:
        entry["note"] = note
    return entry


def row(source_code, target_code, equivalence, comment=None):
    r = collections.OrderedDict()
    r["from"] = source_code
    if target_code is not None:
        r["to"] = target_code
    r["equivalence"] = equivalence
    if comment:
        r["comment"] = comment
    return r


def crosswalk(id, title, version, publisher, source, licence, from_id, to_id, description, rows):
    return collections.OrderedDict([
        ("id", id), ("title", title), ("version", version), ("publisher", publisher),
        ("source", source), ("licence", licence), ("from", from_id), ("to", to_id),
        ("description", description), ("rows", rows)])


def codes(s):
    return [c["code"] for c in s["categories"]]


def selectable_codes(s):
    return [c["code"] for c in s["categories"] if c.get("selectable", True)]


# ---------------------------------------------------------------------------------------------
# Validation (fails loudly)
# ---------------------------------------------------------------------------------------------

def validate_scheme(s, base=None):
    sid = s.get("id")
    check(set(s) <= set(SCHEME_FIELDS), "%s: unknown fields %s" % (sid, set(s) - set(SCHEME_FIELDS)))
    for field in ("id", "title", "version", "publisher", "source", "licence", "status", "caseSensitive",
                  "categories"):
        check(field in s and s[field] not in (None, ""), "%s: missing %s" % (sid, field))
    check(s["status"] in ("active", "retired"), "%s: bad status" % sid)
    seen = set()
    seen_folded = set()
    base_codes = set(codes(base)) if base else set()
    for c in s["categories"]:
        check(set(c) <= set(CATEGORY_FIELDS), "%s: unknown category fields in %r" % (sid, c))
        code = c["code"]
        check(isinstance(code, str) and code == code.strip() and code, "%s: bad code %r" % (sid, code))
        check(code not in seen, "%s: duplicate code %s" % (sid, code))
        if not s["caseSensitive"]:
            check(code.casefold() not in seen_folded, "%s: case-insensitive duplicate %s" % (sid, code))
        check(c["label"] == c["label"].strip() and c["label"], "%s: bad label for %s" % (sid, code))
        check(c.get("kind", "SUBSTANTIVE") in KINDS, "%s: bad kind for %s" % (sid, code))
        if "parent" in c:
            check(c["parent"] in seen or c["parent"] in base_codes,
                  "%s: parent %s of %s missing or after child" % (sid, c["parent"], code))
            check(c["parent"] != code, "%s: %s is its own parent" % (sid, code))
        alts = c.get("alternativeLabels", [])
        check(len({a.casefold() for a in alts}) == len(alts), "%s: duplicate alternative labels %s" % (sid, code))
        check(c["label"].casefold() not in {a.casefold() for a in alts}, "%s: alt = label for %s" % (sid, code))
        check(all(a == a.strip() and a for a in alts), "%s: blank alternative label for %s" % (sid, code))
        seen.add(code)
        seen_folded.add(code.casefold())
    for lv in s.get("legacyValues", []):
        check(set(lv) <= set(LEGACY_FIELDS), "%s: unknown legacy fields %r" % (sid, lv))
        check(lv["kind"] in KINDS, "%s: bad legacy kind" % sid)
        check(lv["value"] not in seen, "%s: legacy value %s is also a code" % (sid, lv["value"]))
        if "code" in lv:
            check(lv["code"] in seen, "%s: legacy value %s points at unknown code" % (sid, lv["value"]))


def validate_crosswalk(cw, schemes):
    cid = cw["id"]
    check(set(cw) <= set(CROSSWALK_FIELDS), "%s: unknown fields" % cid)
    check(cw["from"] in schemes, "%s: unknown from-scheme %s" % (cid, cw["from"]))
    check(cw["to"] in schemes, "%s: unknown to-scheme %s" % (cid, cw["to"]))
    from_codes = set(codes(schemes[cw["from"]]))
    to_codes = set(codes(schemes[cw["to"]]))
    pairs = set()
    for r in cw["rows"]:
        check(set(r) <= set(ROW_FIELDS), "%s: unknown row fields %r" % (cid, r))
        check(r["from"] in from_codes, "%s: 'from' %s is not a code of %s" % (cid, r["from"], cw["from"]))
        check(r["equivalence"] in EQUIVALENCES, "%s: bad equivalence %r" % (cid, r))
        if r["equivalence"] == "UNMATCHED":
            check("to" not in r, "%s: UNMATCHED row with a target %r" % (cid, r))
        else:
            check("to" in r and r["to"] in to_codes,
                  "%s: 'to' %s is not a code of %s" % (cid, r.get("to"), cw["to"]))
        key = (r["from"], r.get("to"))
        check(key not in pairs, "%s: duplicate row %r" % (cid, key))
        pairs.add(key)


# ---------------------------------------------------------------------------------------------
# Shared reference look-ups
# ---------------------------------------------------------------------------------------------

def eff_classification(ref, code):
    """EFF classification rows {Standard value: row} for one classification code (e.g. 16A)."""
    rows = [r for r in read_csv(ref, "labels/eff_classification_definitions.csv") if r["Code"] == code]
    check(rows, "EFF classification %s not found" % code)
    return collections.OrderedDict((r["Standard"], r) for r in rows)


def main_2001_census_concepts(ref):
    """The 16 SNOMED 'ethnic category 2001 census' concepts whose term is the NHS category itself:
    those whose PDS sub-code by label (snomed_2001_census_crosswalk.csv) is a single national letter."""
    rows = read_csv(ref, "snomed/snomed_2001_census_crosswalk.csv")
    main = collections.OrderedDict()
    for r in rows:
        pds = r["pds_extended_code_by_label(inferred)"]
        if len(pds) == 1 and pds in NHS_LETTERS:
            main[r["snomed_concept_id"]] = (pds, r["label_2001_census"])
    check(len(main) == 16 and set(v[0] for v in main.values()) == set(NHS_LETTERS),
          "expected 16 main 2001-census SNOMED concepts, one per letter")
    return main


def grouping16_letter(value):
    n = int(value)
    check(1 <= n <= 16, "Grouping_16 out of range: %r" % value)
    return NHS_LETTERS[n - 1]


OTHER_PATTERN = re.compile(r"^(any\s+)?oth(er)?\b", re.IGNORECASE)
OTHER_INNER_PATTERN = re.compile(r"(^|[-,]\s*)(any\s+)?other\b", re.IGNORECASE)
# Labels that start with "Other" but name a specific group, not a catch-all.
# Also 1991-census style "Other ethnic, Black/White orig": the write-in names a specific mixed origin.
NOT_CATCH_ALL = re.compile(r"^(other republics|other british|other white british)|\w/\w+ orig", re.IGNORECASE)
CENSUS_SUFFIX = re.compile(
    r"\s*[-]?\s*((England and Wales|Northern Ireland|Scotland|Eng\+Wales|NI|Scot)?\s*"
    r"(ethnic|ethn|eth)?\s*(category|categ|cat)?\s*(-\s*)?(2001|2011)\s*(census|cens)?|ethnic categ(ory)? 2001 census|"
    r"ethnic category 2011 census|ethnic grouping 2001 census)\s*$", re.IGNORECASE)


def is_catch_all(term):
    """True for an 'Other ...' / 'Any other ...' catch-all term (after any 'Heading:' prefix)."""
    stem = CENSUS_SUFFIX.sub("", term.strip()).strip(" -")
    part = stem.split(":")[-1].strip()
    if NOT_CATCH_ALL.search(part):
        return False
    return bool(OTHER_PATTERN.match(part) or OTHER_INNER_PATTERN.search(part))


# ---------------------------------------------------------------------------------------------
# Schemes
# ---------------------------------------------------------------------------------------------

NHS_HEADINGS = ("White", "Mixed", "Asian or Asian British", "Black or Black British", "Other Ethnic Groups")

# HES ETHRAW labels (S7) and GP / Covid19PRA labels (S8) as listed in SCHEMES.md §1.1.
HES_ETHRAW = {
    "A": "British (white)", "B": "Irish (white)", "C": "Any other white background",
    "D": "White and Black Caribbean (mixed)", "E": "White and Black African (mixed)",
    "F": "White and Asian (mixed)", "G": "Any other mixed background",
    "H": "Indian (Asian or Asian British)", "J": "Pakistani", "K": "Bangladeshi (Asian or Asian British)",
    "L": "Any other Asian background", "M": "Caribbean (Black or Black British)",
    "N": "African (Black or Black British)", "P": "Any other Black background",
    "R": "Chinese (other ethnic group)", "S": "Any other ethnic group", "Z": "Not stated",
}
GP_COVID19PRA = {"A": "British, Mixed British", "H": "Indian or British Indian",
                 "J": "Pakistani or British Pakistani", "K": "Bangladeshi or British Bangladeshi"}

# NHS 2001 letter -> EFF 16A standard value (ONS 2001 16+1), by label.
LETTER_TO_EFF16A = collections.OrderedDict([
    ("A", "White British"), ("B", "White Irish"), ("C", "White other"),
    ("D", "Mixed White/Black Caribbean"), ("E", "Mixed White/Black African"), ("F", "Mixed White/Asian"),
    ("G", "Mixed other"), ("H", "Indian"), ("J", "Pakistani"), ("K", "Bangladeshi"), ("L", "Asian other"),
    ("M", "Black Caribbean"), ("N", "Black African"), ("P", "Black other"), ("R", "Chinese"),
    ("S", "Any other")])


def build_nhs_2001(ref):
    rows = read_csv(ref, "nhs/nhs_dd_ethnic_category_2001.csv")
    england = read_fhir_codesystem(ref, "ukcore/CodeSystem-UKCore-EthnicCategoryEngland.xml")
    check(collections.OrderedDict((r["code"], r["label"]) for r in rows) == england["concepts"],
          "NHS DD CSV and UK Core England XML disagree")
    gdppr = {r["ETHNIC CATEGORY ID"]: r["ETHNIC CATEGORY LABEL"]
             for r in read_csv(ref, "nhs/nhsd_gdppr_ethnicity_reference_data_categories.csv")}
    pds = {r["code"]: r["display"] for r in read_csv(ref, "nhs/pds_careconnect_ukcore_extended_ethnic_category.csv")}
    eff16 = eff_classification(ref, "16A")
    cats = []
    current = None
    for r in rows:
        code, label = r["code"], r["label"]
        group = r["high_level_group_inferred_from_label_prefix"]
        if group and group != current:
            check(group in NHS_HEADINGS, "unexpected heading %s" % group)
            cats.append(heading(group))
            current = group
        if code == "Z":
            kind = "NOT_STATED"
        elif code == "99":
            kind = "NOT_KNOWN"
        elif code in NHS_OTHER:
            kind = "OTHER"
        else:
            kind = "SUBSTANTIVE"
        eff_display = eff16[LETTER_TO_EFF16A[code]]["Display"] if code in LETTER_TO_EFF16A else None
        alternatives = [gdppr.get(code), eff_display,
                        dossier(HES_ETHRAW[code]) if code in HES_ETHRAW else None,
                        dossier(GP_COVID19PRA[code]) if code in GP_COVID19PRA else None,
                        pds.get(code)]
        cats.append(cat(code, label, parent=group or None, kind=kind, alternatives=alternatives))
    legacy_values = [
        legacy("X", "NOT_KNOWN", "99", dossier("HES ETHRAW value") + " 'Not known' (S7; SCHEMES.md §1.3)"),
        legacy("9", "NOT_KNOWN", "99", "Historic default 'Not given', withdrawn by CP406 (2004) and replaced "
                                        "by default code 99 (S2; SCHEMES.md §1.3)"),
    ]
    s = scheme("nhs-ethnic-category-2001",
               "NHS Data Dictionary ETHNIC CATEGORY (2001 Census based)",
               "NHS DD as copied 10/09/2021 into UKCore-EthnicCategoryEngland %s (%s)" % (england["version"], england["date"]),
               "NHS England (NHS Data Model and Dictionary)",
               S1 + " ; " + S4 + ":codesystems/CodeSystem-UKCore-EthnicCategoryEngland.xml",
               "OGL v3", cats, system=england["url"], case_sensitive=england["caseSensitive"],
               first_character_is_national=True, legacy_values=legacy_values)
    check(len(selectable_codes(s)) == 18, "nhs 2001: expected 18 selectable codes")
    check(len(codes(s)) == 23, "nhs 2001: expected 18 codes + 5 headings")
    return s


def build_nhs_extended(ref):
    rows = read_csv(ref, "nhs/pds_careconnect_ukcore_extended_ethnic_category.csv")
    xml = read_fhir_codesystem(ref, "ukcore/CodeSystem-UKCore-EthnicCategory.xml")
    check(collections.OrderedDict((r["code"], r["display"]) for r in rows) == xml["concepts"],
          "PDS extended CSV and UK Core XML disagree")
    dd = collections.OrderedDict((r["code"], r) for r in read_csv(ref, "nhs/nhs_dd_ethnic_category_2001.csv"))
    by_code = collections.OrderedDict((r["code"], r) for r in rows)
    check(len(by_code) == 68 and "99" not in by_code, "extended: expected 68 codes and no 99")
    children = collections.defaultdict(list)
    for r in rows:
        if r["parent_national_code_by_first_character"]:
            check(r["parent_national_code_by_first_character"] == r["code"][0], "extended: parent != first char")
            children[r["code"][0]].append(r)
    cats = []
    current = None
    for letter, d in dd.items():  # NHS DD presentation order; heading from the DD label prefix
        if letter not in by_code:
            continue
        group = d["high_level_group_inferred_from_label_prefix"]
        if group and group != current:
            cats.append(heading(group))
            current = group
        r = by_code[letter]
        kind = "NOT_STATED" if letter == "Z" else ("OTHER" if letter in NHS_OTHER else "SUBSTANTIVE")
        cats.append(cat(letter, r["display"], parent=group or None, kind=kind, alternatives=[d["label"]]))
        for child in children[letter]:
            kind = "OTHER" if is_catch_all(child["display"]) else "SUBSTANTIVE"
            cats.append(cat(child["code"], child["display"], parent=letter, kind=kind))
    s = scheme("nhs-ethnic-category-extended",
               "PDS / CareConnect extended ETHNIC CATEGORY (UK Core UKCore-EthnicCategory, retired)",
               "%s (%s)" % (xml["version"], xml["date"]), "HL7 UK (from NHS PDS ETHNIC CATEGORY CODE)",
               S4 + ":codesystems/CodeSystem-UKCore-EthnicCategory.xml", "OGL v3 / HL7 UK", cats,
               status=xml["status"], system=xml["url"], case_sensitive=xml["caseSensitive"],
               first_character_is_national=True)
    check(len(selectable_codes(s)) == 68, "extended: expected 68 selectable codes")
    return s


def build_gdppr(ref):
    rows = read_csv(ref, "nhs/nhsd_gdppr_ethnicity_reference_data_categories.csv")
    dd = collections.OrderedDict((r["code"], r) for r in read_csv(ref, "nhs/nhs_dd_ethnic_category_2001.csv"))
    labels = collections.OrderedDict((r["ETHNIC CATEGORY ID"], r["ETHNIC CATEGORY LABEL"]) for r in rows)
    check(list(labels) == list(NHS_LETTERS) + ["T", "W", "Z"], "GDPPR categories changed")
    extension_after = {"C": "T", "S": "W"}       # T Traveller under White, W Arab under Other
    extension_heading = {"T": "White", "W": "Other Ethnic Groups"}
    cats = []
    current = None
    for letter in list(NHS_LETTERS) + ["Z"]:
        group = dd[letter]["high_level_group_inferred_from_label_prefix"]
        if group and group != current:
            cats.append(heading(group))
            current = group
        kind = "NOT_STATED" if letter == "Z" else ("OTHER" if letter in NHS_OTHER else "SUBSTANTIVE")
        cats.append(cat(letter, labels[letter], parent=group or None, kind=kind, alternatives=[dd[letter]["label"]]))
        if letter in extension_after:
            ext = extension_after[letter]
            cats.append(cat(ext, labels[ext], parent=extension_heading[ext]))
    note = "NHS Digital ethnicity asset removes this value as unknown (S19; SCHEMES.md §1.4)"
    # Legacy values are matched ignoring case, so the asset's 'x' is covered by 'X'.
    legacy_values = [legacy("99", "NOT_KNOWN", note=note), legacy("X", "NOT_KNOWN", note=note),
                     legacy("9", "NOT_KNOWN", note=note)]
    s = scheme("nhs-gdppr-ethnic-category",
               "NHS Digital GDPPR ethnicity categories (NHS DD letters plus T Traveller and W Arab)",
               "GDPPR_Analytical_Code@7c44e3b1", "NHS Digital",
               S19 + "ethnicity_reference_data_categories.csv", "MIT / OGL", cats,
               legacy_values=legacy_values)
    check(len(selectable_codes(s)) == 19, "gdppr: expected 19 codes")
    return s


def build_wales(ref):
    rows = read_csv(ref, "ukcore/ukcore_ethnic_category_wales.csv")
    xml = read_fhir_codesystem(ref, "ukcore/CodeSystem-UKCore-EthnicCategoryWales.xml")
    check(collections.OrderedDict((r["code"], r["display"]) for r in rows) == xml["concepts"],
          "Wales CSV and XML disagree")
    cats = []
    for r in rows:
        code = r["code"]
        if code == "Z":
            kind = "NOT_STATED"
        elif code in ("G", "L", "P", "S"):
            kind = "OTHER"
        else:
            kind = "SUBSTANTIVE"
        cats.append(cat(code, r["display"], kind=kind))
    s = scheme("ukcore-ethnic-category-wales", "UK Core Ethnic Category Wales (NHS Wales Data Dictionary Ethnic Group)",
               "%s (%s)" % (xml["version"], xml["date"]), "HL7 UK (from NHS Wales Data Dictionary)",
               S4 + ":codesystems/CodeSystem-UKCore-EthnicCategoryWales.xml", "HL7 UK", cats,
               status=xml["status"], system=xml["url"], case_sensitive=xml["caseSensitive"])
    check(len(codes(s)) == 17, "wales: expected 17 codes")
    return s


SCOTLAND_HEADINGS = collections.OrderedDict([
    ("1", "White"), ("2", "Mixed or multiple ethnic groups"), ("3", "Asian, Asian Scottish or Asian British"),
    ("4", "African"), ("5", "Caribbean or Black"), ("6", "Other ethnic group")])


def build_scotland(ref):
    rows = read_csv(ref, "ukcore/ukcore_ethnic_category_scotland_retired.csv")
    xml = read_fhir_codesystem(ref, "ukcore/CodeSystem-UKCore-EthnicCategoryScotland.xml")
    check(collections.OrderedDict((r["code"], r["display"]) for r in rows) == xml["concepts"],
          "Scotland CSV and XML disagree")
    cats = []
    current = None
    for r in rows:
        code, label = r["code"], r["display"]
        if code == "98":
            cats.append(cat(code, label, kind="NOT_STATED"))
            continue
        if code == "99":
            cats.append(cat(code, label, kind="NOT_KNOWN"))
            continue
        group = dossier(SCOTLAND_HEADINGS[code[0]])
        if group != current:
            cats.append(heading(group))
            current = group
        kind = "OTHER" if code[1] in "YZ" and is_catch_all(label) else "SUBSTANTIVE"
        cats.append(cat(code, label, parent=group, kind=kind))
    s = scheme("ukcore-ethnic-category-scotland",
               "UK Core Ethnic Category Scotland (NHS Scotland Data Dictionary Ethnic Group, 2011 Census based; retired)",
               "%s (%s)" % (xml["version"], xml["date"]), "HL7 UK (from NHS Scotland Data Dictionary)",
               S4 + ":codesystems/CodeSystem-UKCore-EthnicCategoryScotland.xml", "HL7 UK", cats,
               status=xml["status"], system=xml["url"], case_sensitive=xml["caseSensitive"])
    check(len(selectable_codes(s)) == 21, "scotland: expected 21 codes")
    return s


# ONS 2001 census, England & Wales: labels of SCHEMES.md §3.1 (2001 column), in NHS DD letter order.
CENSUS_2001_LABELS = collections.OrderedDict([
    ("A", "White: British"), ("B", "White: Irish"), ("C", "White: Any other White background"),
    ("D", "Mixed: White and Black Caribbean"), ("E", "Mixed: White and Black African"),
    ("F", "Mixed: White and Asian"), ("G", "Mixed: Any other Mixed background"),
    ("H", "Asian or Asian British: Indian"), ("J", "Asian or Asian British: Pakistani"),
    ("K", "Asian or Asian British: Bangladeshi"), ("L", "Asian or Asian British: Any other Asian background"),
    ("M", "Black or Black British: Caribbean"), ("N", "Black or Black British: African"),
    ("P", "Black or Black British: Any other Black background"),
    ("R", "Chinese or other ethnic group: Chinese"), ("S", "Chinese or other ethnic group: Any other")])
CENSUS_2001_HEADING_LABELS = {"White": "White", "Mixed": "Mixed", "Asian": "Asian or Asian British",
                              "Black": "Black or Black British", "Other inc Chinese": "Chinese or other ethnic group"}
CENSUS_2001_HEADING_ALTS = {"Other inc Chinese": ["Chinese or Other Ethnic Groups"]}


def build_census_2001(ref):
    eff = eff_classification(ref, "16A")
    cats = []
    current = None
    for letter, label in CENSUS_2001_LABELS.items():
        code = LETTER_TO_EFF16A[letter]
        e = eff[code]
        check(e["Required"] == "TRUE", "16A %s is not a required category" % code)
        parent = e["Parent"]
        check(parent in eff, "16A parent %s is not itself a 16A value" % parent)
        if parent != current:
            cats.append(heading(parent, dossier(CENSUS_2001_HEADING_LABELS[parent]),
                                [dossier(a) for a in CENSUS_2001_HEADING_ALTS.get(parent, [])] + [eff[parent]["Display"]]))
            current = parent
        kind = "OTHER" if letter in NHS_OTHER else "SUBSTANTIVE"
        cats.append(cat(code, dossier(label), parent=parent, kind=kind, alternatives=[e["Display"]]))
    required = [k for k, v in eff.items() if v["Required"] == "TRUE"]
    check(sorted(required) == sorted(LETTER_TO_EFF16A.values()), "16A required values changed")
    s = scheme("ons-census-2001-england-wales",
               "ONS Census 2001 ethnic group, England and Wales (16 categories)",
               "Census 2001; codes = EFF classification 16A (ethnicity-facts-and-figures@1d303927)",
               "Office for National Statistics (codes: Cabinet Office Race Disparity Unit, Ethnicity facts and figures)",
               "SCHEMES.md §3.1 (S9, S14: " + S9 + "); codes from " + S9_DEFS, "OGL v3 (EFF: MIT / OGL)", cats)
    check(len(selectable_codes(s)) == 16, "census 2001: expected 16 categories")
    return s


# KS201EW (2011) label -> EFF 18A standard value, by label.
KS201_TO_EFF18A = collections.OrderedDict([
    ("White: English/Welsh/Scottish/Northern Irish/British", "White British"),
    ("White: Irish", "White Irish"),
    ("White: Gypsy or Irish Traveller", "White Gypsy/Traveller"),
    ("White: Other White", "White other"),
    ("Mixed/multiple ethnic groups: White and Black Caribbean", "Mixed White/Black Caribbean"),
    ("Mixed/multiple ethnic groups: White and Black African", "Mixed White/Black African"),
    ("Mixed/multiple ethnic groups: White and Asian", "Mixed White/Asian"),
    ("Mixed/multiple ethnic groups: Other Mixed", "Mixed other"),
    ("Asian/Asian British: Indian", "Indian"),
    ("Asian/Asian British: Pakistani", "Pakistani"),
    ("Asian/Asian British: Bangladeshi", "Bangladeshi"),
    ("Asian/Asian British: Chinese", "Chinese"),
    ("Asian/Asian British: Other Asian", "Asian other"),
    ("Black/African/Caribbean/Black British: African", "Black African"),
    ("Black/African/Caribbean/Black British: Caribbean", "Black Caribbean"),
    ("Black/African/Caribbean/Black British: Other Black", "Black other"),
    ("Other ethnic group: Arab", "Arab"),
    ("Other ethnic group: Any other ethnic group", "Any other")])
CENSUS_2011_HEADING_ALTS = {  # 2011 question headings, SCHEMES.md §3.1 (S9)
    "Mixed": ["Mixed or multiple ethnic groups"], "Asian": ["Asian or Asian British"],
    "Black": ["Black, African, Caribbean or Black British"]}
CENSUS_2011_OTHER = ("White other", "Mixed other", "Asian other", "Black other", "Any other")


def build_census_2011(ref):
    eff = eff_classification(ref, "18A")
    rows = read_csv(ref, "census/census2011_ks201ew_ethnic_group_18cat_by_english_region.csv")
    labels = [r["ethnic_group_census2011"] for r in rows if r["ethnic_group_census2011"] != "All usual residents"]
    check(labels == list(KS201_TO_EFF18A), "KS201EW categories changed")
    cats = []
    current = None
    for label in labels:
        code = KS201_TO_EFF18A[label]
        e = eff[code]
        check(e["Required"] == "TRUE", "18A %s is not a required category" % code)
        parent = e["Parent"]
        if parent != current:
            heading_label = label.split(":")[0]
            cats.append(heading(parent, heading_label,
                                [dossier(a) for a in CENSUS_2011_HEADING_ALTS.get(parent, [])] + [eff[parent]["Display"]]))
            current = parent
        kind = "OTHER" if code in CENSUS_2011_OTHER else "SUBSTANTIVE"
        cats.append(cat(code, label, parent=parent, kind=kind, alternatives=[e["Display"]]))
    required = [k for k, v in eff.items() if v["Required"] == "TRUE"]
    check(sorted(required) == sorted(KS201_TO_EFF18A.values()), "18A required values changed")
    s = scheme("ons-census-2011-england-wales",
               "ONS Census 2011 ethnic group, England and Wales (18 categories)",
               "Census 2011; codes = EFF classification 18A (ethnicity-facts-and-figures@1d303927)",
               "Office for National Statistics (codes: Cabinet Office Race Disparity Unit, Ethnicity facts and figures)",
               "labels: Nomis KS201EW via opensafely/ethnicity-short-data-report@53e2d602:data/nomis_2021_11_22_213653.xlsx; "
               "codes: " + S9_DEFS, "OGL v3 (EFF: MIT / OGL)", cats)
    check(len(selectable_codes(s)) == 18, "census 2011: expected 18 categories")
    return s


# ONS 2021 20b code -> EFF 19A standard value (for the heading codes and EFF displays), by label.
CODE20B_TO_EFF19A = collections.OrderedDict([
    ("1", "Bangladeshi"), ("2", "Chinese"), ("3", "Indian"), ("4", "Pakistani"), ("5", "Asian other"),
    ("6", "Black African"), ("7", "Black Caribbean"), ("8", "Black other"), ("9", "Mixed White/Asian"),
    ("10", "Mixed White/Black African"), ("11", "Mixed White/Black Caribbean"), ("12", "Mixed other"),
    ("13", "White British"), ("14", "White Irish"), ("15", "White Gypsy/Traveller"), ("16", "Roma"),
    ("17", "White other"), ("18", "Arab"), ("19", "Any Other Ethnic Background")])
# Questionnaire order, SCHEMES.md §3.1 (S10).
CENSUS_2021_ORDER = ("13", "14", "15", "16", "17", "11", "10", "9", "12", "3", "4", "1", "2", "5",
                     "7", "6", "8", "18", "19", "-8")
CENSUS_2021_ALTS = {  # questionnaire wordings, SCHEMES.md §3.1 2021 column (S10)
    "13": ["Welsh, English, Scottish, Northern Irish or British"],
    "17": ["White: Any other White background"],
    "12": ["Mixed or Multiple: Any other Mixed or Multiple background"]}
CENSUS_2021_OTHER = ("5", "8", "12", "17", "19")


def build_census_2021(ref):
    eff = eff_classification(ref, "19A")
    rows = collections.OrderedDict((r["code"], r) for r in read_csv(ref, "census/ons_census2021_ew_ethnic_group_20b.csv"))
    check(sorted(rows) == sorted(CENSUS_2021_ORDER), "20b codes changed")
    cats = []
    current = None
    heading_labels = {}
    for code in CENSUS_2021_ORDER:
        r = rows[code]
        if code == "-8":
            cats.append(cat(code, r["label"], kind="NOT_KNOWN"))
            continue
        e = eff[CODE20B_TO_EFF19A[code]]
        check(e["Required"] == "TRUE", "19A %s is not required" % e["Standard"])
        parent = e["Parent"]
        check(heading_labels.setdefault(parent, r["high_level"]) == r["high_level"],
              "20b high_level disagrees with EFF 19A parent for code %s" % code)
        check(r["label"].startswith(r["high_level"] + ": "), "20b label does not start with its heading")
        if parent != current:
            cats.append(heading(parent, r["high_level"], [eff[parent]["Display"]]))
            current = parent
        kind = "OTHER" if code in CENSUS_2021_OTHER else "SUBSTANTIVE"
        cats.append(cat(code, r["label"], parent=parent, kind=kind,
                        alternatives=[dossier(a) for a in CENSUS_2021_ALTS.get(code, [])] + [e["Display"]]))
    s = scheme("ons-census-2021-england-wales",
               "ONS Census 2021 ethnic group, England and Wales (19 categories, output classification 20b)",
               "Census 2021 (ethnic_group_tb_20b)", "Office for National Statistics",
               S11 + "; heading codes from " + S9_DEFS + " (19A)", "OGL v3 (EFF: MIT / OGL)", cats)
    check(len(selectable_codes(s)) == 20, "census 2021: expected 19 categories + -8")
    return s


SNOMED_FILES = (  # (file, term column), in label-priority order
    ("snomed/opensafely-ethnicity-uk-categories_516dea7b.csv", "term"),
    ("snomed/opensafely-ethnicity-snomed-0removed_22911876.csv", "Ethnicity"),
    ("snomed/primis-covid19-vacc-uptake-eth2001.csv", "term"),
    ("snomed/primis-covid19-vacc-uptake-non_eth2001.csv", "term"),
    ("snomed/primis-covid19-vacc-uptake-eth_notstated.csv", "term"),
    ("snomed/primis-covid19-vacc-uptake-eth_notgiptref.csv", "term"),
    ("snomed/primis-covid19-vacc-uptake-eth_norecord.csv", "term"),
)
# SCHEMES.md §4.2
SNOMED_NOT_STATED = ("92531000000104", "1024701000000100", "415226007", "312860002", "763726001",
                     "154204001", "186027005")
SNOMED_NOT_KNOWN = ("312861003", "154205000", "186028000", "202171000000101", "207971000000101",
                    "207981000000104", "415794004")
# SCHEMES.md §4.1 structural / parent concepts
SNOMED_STRUCTURAL = ("372148003", "364699009", "397731000", "48393004", "92381000000106", "976551000000109",
                     "976571000000100", "976591000000101", "976611000000109", "185983003", "365455004",
                     "154159009", "354441000000105")
# Further concepts that record no ethnicity of the person (judgement; listed in PROVENANCE.md):
# grouping / observable headers, and concepts about a carer or a care plan.
SNOMED_STRUCTURAL_EXTRA = ("415229000", "723621000000103", "398089004", "186034007", "154211002", "365456003",
                           "139955009", "162730000", "443225003", "503391000000104", "503401000000101",
                           "503411000000104", "728721000000100", "728731000000103", "397607002")
# "... NOS" / "... race unknown" concepts: recordable, but carry no ethnic group (judgement).
SNOMED_NOS_NOT_KNOWN = ("154210001", "186033001", "583491000000107", "139960008", "162735005",
                        "591311000000105", "414808009")


def build_snomed(ref):
    terms = collections.OrderedDict()
    for path, column in SNOMED_FILES:
        for r in read_csv(ref, path):
            terms.setdefault(r["code"], []).append(r[column].strip())
    nhsd = read_csv(ref, "snomed/nhsd_gdppr_ethnicity_reference_data_snomed.csv")
    gaps = [r["ConceptId"] for r in nhsd if r["ConceptId"] not in terms]
    check(not gaps, "NHSD concepts with no term in any file: %s (the scheme format needs a label)" % gaps)
    os_codes = {r["code"] for r in read_csv(ref, "snomed/opensafely-ethnicity-snomed-0removed_22911876.csv")}
    nhsd_codes = {r["ConceptId"] for r in nhsd if r["PrimaryCode"] != "Z"}
    for code in SNOMED_NOT_STATED + SNOMED_NOT_KNOWN + SNOMED_STRUCTURAL + SNOMED_STRUCTURAL_EXTRA + SNOMED_NOS_NOT_KNOWN:
        check(code in terms, "SNOMED concept %s of the kind lists is in no file" % code)
        check(code not in os_codes and code not in nhsd_codes,
              "SNOMED concept %s is grouped to an ethnic category by a source; cannot be NOT_KNOWN" % code)
    cats = []
    for code, variants in terms.items():
        label = variants[0]
        if code in SNOMED_NOT_STATED:
            kind, selectable = "NOT_STATED", True
        elif code in SNOMED_NOT_KNOWN or code in SNOMED_NOS_NOT_KNOWN:
            kind, selectable = "NOT_KNOWN", True
        elif code in SNOMED_STRUCTURAL or code in SNOMED_STRUCTURAL_EXTRA:
            kind, selectable = "NOT_KNOWN", False
        elif is_catch_all(label):
            kind, selectable = "OTHER", True
        else:
            kind, selectable = "SUBSTANTIVE", True
        cats.append(cat(code, label, kind=kind, selectable=selectable, alternatives=variants[1:]))
    cats.sort(key=lambda c: (c["label"].casefold(), c["label"], int(c["code"])))
    s = scheme("snomed-ct-ethnicity",
               "SNOMED CT (UK edition) ethnicity concepts: union of the OpenSAFELY, PRIMIS and NHS Digital GDPPR lists",
               "opensafely/ethnicity-snomed-0removed/22911876 + opensafely/ethnicity-uk-categories/516dea7b + "
               "PRIMIS covid19-vacc-uptake v1 + GDPPR_Analytical_Code@7c44e3b1",
               "SNOMED International / NHS England (UK edition); lists by OpenSAFELY, PRIMIS, NHS Digital",
               "; ".join([S15, S18, S17, S19 + "ethnicity_reference_data_snomed.csv"]),
               "SNOMED CT Affiliate Licence (content); lists: OpenCodelists, PRIMIS, MIT / OGL", cats,
               system="http://snomed.info/sct")
    check(len(codes(s)) == 671, "snomed: expected 671 concepts, got %d" % len(codes(s)))
    return s


def build_ctv3(ref):
    rows = read_csv(ref, "ctv3-read/opensafely-ethnicity-ctv3_2020-04-27.csv")
    check(len(rows) == 270, "ctv3: expected 270 rows")
    first = collections.OrderedDict()
    for r in rows:
        if r["Code"] in first:
            check(first[r["Code"]] == r, "ctv3: duplicate rows for %s disagree" % r["Code"])
        else:
            first[r["Code"]] = r
    check(len(first) == 266, "ctv3: expected 266 unique codes")
    check(len({c.casefold() for c in first}) < 266, "ctv3: expected codes that differ only by case")
    cats = [cat(code, r["Description"].strip(), kind="OTHER" if is_catch_all(r["Description"]) else "SUBSTANTIVE")
            for code, r in first.items()]
    return scheme("ctv3-ethnicity", "CTV3 (Read v3) ethnicity codes: OpenSAFELY ethnicity codelist 2020-04-27",
                  "opensafely/ethnicity/2020-04-27 (risk-factors-research@38e2723f)", "OpenSAFELY (codes: NHS CTV3)",
                  S16, "OpenCodelists (codes: NHS Read Codes, Crown copyright)", cats, system="http://read.info/ctv3")


def build_us_omb(ref):
    rows = read_csv(ref, "international/us_cdc_rec_omb_top_level.csv")
    cats = []
    parent = None
    for r in rows:
        code, label, role = r["code"], r["display"], r["role"]
        if role == "root":
            cats.append(heading(code, label))
            parent = code
        elif code == "UNK":
            cats.append(cat(code, label, kind="NOT_KNOWN"))
        elif code == "ASKU":
            cats.append(cat(code, label, kind="NOT_STATED"))
        else:
            check(parent is not None, "us: category before a root")
            alternatives = [dossier("Non Hispanic or Latino")] if code == "2186-5" else None
            cats.append(cat(code, label, parent=parent, kind="OTHER" if code == "2131-1" else "SUBSTANTIVE",
                            alternatives=alternatives))
    return scheme("us-omb-1997", "US OMB SPD 15 (1997) race and ethnicity minimum categories, CDC Race & Ethnicity codes",
                  "OMB 1997; CDC REC codes as bound in HL7 US Core STU5.0.1", "US OMB / CDC (via HL7 US Core)",
                  S26 + " ; https://hl7.org/fhir/us/core/STU5.0.1/ValueSet-omb-ethnicity-category.html",
                  "public domain", cats, system="urn:oid:2.16.840.1.113883.6.238")


NZ_NOT_STATED = ("95", "99")
NZ_NOT_KNOWN = ("94", "96", "97", "98")
NZ_OTHER = ("6", "12", "37", "44", "61")


def build_nz(ref):
    rows = read_csv(ref, "international/nz_ethnicity_level1_level2.csv")
    level1 = [r for r in rows if r["level"] == "1"]
    level2 = collections.defaultdict(list)
    for r in rows:
        if r["level"] == "2":
            level2[r["level1_parent"]].append(r)
    cats = []
    for r in level1:
        code = r["code"]
        if code == "9":  # "Residual Categories": a grouping, not an answer
            cats.append(cat(code, r["display"], kind="NOT_KNOWN", selectable=False))
        else:
            cats.append(cat(code, r["display"], kind="OTHER" if code in NZ_OTHER else "SUBSTANTIVE"))
        for child in level2[code]:
            c = child["code"]
            kind = ("NOT_STATED" if c in NZ_NOT_STATED else "NOT_KNOWN" if c in NZ_NOT_KNOWN
                    else "OTHER" if c in NZ_OTHER else "SUBSTANTIVE")
            cats.append(cat(c, child["display"], parent=code, kind=kind))
    check(len(cats) == len(rows) == 34, "nz: expected 34 codes")
    return scheme("nz-ethnicity", "New Zealand Ethnicity Standard Classification 2005, levels 1-2 (HISO / Stats NZ)",
                  "2.1.0 (nzbase@1a31aad9)", "Health New Zealand / Stats NZ (via HL7 New Zealand)", S28, "CC-BY", cats,
                  system="https://standards.digital.health.nz/ns/nz-ethnic-group-codes")


LONDON_EXAMPLE = (  # (local code, label, parent): national letter + one local character
    ("C1", "Turkish", "C"), ("C4", "Turkish Cypriot", "C"), ("C5", "Polish", "C"), ("C6", "Portuguese", "C"),
    ("L1", "Filipino", "L"), ("L4", "Sri Lankan Tamil", "L"), ("L5", "Afghan", "L"), ("L6", "Vietnamese", "L"),
    ("N1", "Somali", "N"), ("N4", "Eritrean", "N"), ("N5", "Ethiopian", "N"), ("N6", "Nigerian", "N"),
    ("N7", "Ghanaian", "N"),
    ("S1", "Kurdish", "S"), ("S4", "Latin American", "S"), ("S5", "Moroccan", "S"), ("S6", "Egyptian", "S"),
    ("S7", "Yemeni", "S"), ("S8", "Iranian", "S"))


def build_london_example(ref, nhs2001, extended):
    national = set(codes(extended))
    cats = []
    for code, label, parent in LONDON_EXAMPLE:
        check(code[0] == parent and parent in NHS_LETTERS, "example: %s must start with its parent" % code)
        check(code not in national, "example: %s clashes with a national PDS two-character code" % code)
        cats.append(cat(code, label, parent=parent))
    s = scheme("example-london-borough",
               "Example London Borough local ethnic sub-categories (ILLUSTRATIVE ONLY - not a published standard)",
               "1", "Example London Borough (illustrative)",
               PROJECT + " (illustrative example; parents follow the SNOMED 2001-census groupings of SCHEMES.md §4.3 "
               "and ONS-style conventions)", "Apache-2.0 (project licence)", cats, case_sensitive=False,
               extends=nhs2001["id"])
    check(len(cats) == 19, "example: expected 19 local codes")
    return s


# ---------------------------------------------------------------------------------------------
# Crosswalks
# ---------------------------------------------------------------------------------------------

def nhsd_letters(ref):
    return collections.OrderedDict((r["ConceptId"], r["PrimaryCode"])
                                   for r in read_csv(ref, "snomed/nhsd_gdppr_ethnicity_reference_data_snomed.csv"))


def opensafely_letters(ref):
    return collections.OrderedDict((r["code"], grouping16_letter(r["Grouping_16"]))
                                   for r in read_csv(ref, "snomed/opensafely-ethnicity-snomed-0removed_22911876.csv"))


def primis_letters(ref):
    return collections.OrderedDict((r["code"], grouping16_letter(r["grouping_16_id"]))
                                   for r in read_csv(ref, "snomed/primis-covid19-vacc-uptake-eth2001.csv"))


def disagreement_comment(code, letter, others):
    notes = ["%s maps to %s" % (name, table[code]) for name, table in others
             if code in table and table[code] != letter]
    return ("other sources differ (SCHEMES.md §4.6): " + "; ".join(notes)) if notes else None


def snomed_group_rows(letters, main16, others):
    rows = []
    for code, letter in letters.items():
        if code in main16:
            check(main16[code][0] == letter, "main 2001 concept %s grouped to %s" % (code, letter))
            equivalence = "EQUIVALENT"
        else:
            equivalence = "BROADER"
        rows.append(row(code, letter, equivalence, disagreement_comment(code, letter, others)))
    return rows


def build_opensafely_snomed_cw(ref):
    main16 = main_2001_census_concepts(ref)
    os_letters = opensafely_letters(ref)
    rows = snomed_group_rows(os_letters, main16, [("PRIMIS", primis_letters(ref)), ("NHS Digital GDPPR", nhsd_letters(ref))])
    check(len(rows) == 599, "opensafely snomed crosswalk: expected 599 rows")
    return crosswalk("opensafely-snomed-to-nhs-2001", "OpenSAFELY SNOMED CT ethnicity codelist to NHS ETHNIC CATEGORY 2001",
                     "opensafely/ethnicity-snomed-0removed/22911876", "OpenSAFELY (Bennett Institute, University of Oxford)",
                     S15, "OpenCodelists", "snomed-ct-ethnicity", "nhs-ethnic-category-2001",
                     "Each of the 599 concepts of the OpenSAFELY codelist is mapped to the NHS letter of its Grouping_16 "
                     "column (1=A ... 16=S, skipping I, O and Q). EQUIVALENT marks the 16 main 'ethnic category - 2001 "
                     "census' concepts whose term is the category itself; every other concept is BROADER (the letter is "
                     "the 2001 category OpenSAFELY files it under). Where PRIMIS or NHS Digital GDPPR group the same "
                     "concept differently the row carries a comment; no row was changed.", rows)


def build_primis_cw(ref):
    main16 = main_2001_census_concepts(ref)
    letters = primis_letters(ref)
    rows = snomed_group_rows(letters, main16, [("OpenSAFELY", opensafely_letters(ref)), ("NHS Digital GDPPR", nhsd_letters(ref))])
    check(len(rows) == 82, "primis crosswalk: expected 82 rows")
    return crosswalk("primis-snomed-to-nhs-2001", "PRIMIS eth2001 SNOMED CT concepts to NHS ETHNIC CATEGORY 2001",
                     "PRIMIS covid19-vacc-uptake v1 (ethnicity-short-data-report@e7ec5d9d)",
                     "PRIMIS (University of Nottingham)", S17, "PRIMIS",
                     "snomed-ct-ethnicity", "nhs-ethnic-category-2001",
                     "The 82 'ethnic category 2001 census' concepts of the PRIMIS eth2001 list, each mapped to the NHS "
                     "letter of its grouping_16_id (1=A ... 16=S, skipping I, O and Q); EQUIVALENT for the 16 concepts "
                     "whose term is the category itself, else BROADER. PRIMIS keeps not stated (eth_notstated), refused "
                     "(eth_notgiptref) and not recorded (eth_norecord) as separate lists without a grouping, so they are "
                     "not mapped to Z or 99 here; use the concept kinds of snomed-ct-ethnicity instead.", rows)


NHSD_Z_EQUIVALENT = ("92531000000104", "1024701000000100", "415226007")
NHSD_Z_BROADER = ("312860002", "763726001")       # refused: Z covers refusal
NHSD_Z_INEXACT = ("312861003", "415794004")       # not recorded / unknown: NHS DD semantics is 99


def build_nhsd_cw(ref):
    main16 = main_2001_census_concepts(ref)
    letters = nhsd_letters(ref)
    others = [("OpenSAFELY", opensafely_letters(ref)), ("PRIMIS", primis_letters(ref))]
    rows = []
    for code, letter in letters.items():
        comment = disagreement_comment(code, letter, others)
        if letter == "Z":
            check(code in NHSD_Z_EQUIVALENT + NHSD_Z_BROADER + NHSD_Z_INEXACT, "unexpected Z concept %s" % code)
            if code in NHSD_Z_EQUIVALENT:
                equivalence = "EQUIVALENT"
            elif code in NHSD_Z_BROADER:
                equivalence = "BROADER"
            else:
                equivalence = "INEXACT"
                comment = ("not recorded / unknown concept: NHS DD semantics would be 99 (not known); "
                           "NHS Digital maps it to Z (SCHEMES.md §4.2)")
        elif code == "14999008":
            equivalence = "INEXACT"
            comment = "Welsh -> B (Irish) kept as published by NHS Digital; looks like an error (SCHEMES.md §4.6); " + comment
        elif code in main16 and main16[code][0] == letter:
            equivalence = "EQUIVALENT"
        else:
            equivalence = "BROADER"
        rows.append(row(code, letter, equivalence, comment))
    check(len(rows) == 489, "nhsd crosswalk: expected 489 rows")
    return crosswalk("nhsd-gdppr-snomed-to-gdppr", "NHS Digital GDPPR SNOMED CT ethnicity map to GDPPR ethnic categories",
                     "GDPPR_Analytical_Code@7c44e3b1", "NHS Digital", S19 + "ethnicity_reference_data_snomed.csv",
                     "MIT / OGL", "snomed-ct-ethnicity", "nhs-gdppr-ethnic-category",
                     "NHS Digital's ethnicity_reference_data_snomed.csv as published: 489 SNOMED CT ConceptId -> "
                     "PrimaryCode rows (NHS letters plus T Traveller, W Arab and Z Not stated). EQUIVALENT for the "
                     "main 2001-census concepts and the 'not stated' concepts; refusal concepts are BROADER (Z covers "
                     "refusal); 'not recorded'/'unknown' concepts mapped to Z are INEXACT because NHS Data Dictionary "
                     "semantics would give 99; every other row is BROADER. Rows where OpenSAFELY or PRIMIS group the "
                     "concept differently carry a comment; no row was changed.", rows)


CTV3_MAIN_SUFFIX = " - ethnic category 2001 census"


def build_ctv3_cw(ref):
    main16 = main_2001_census_concepts(ref)
    main_stems = {stem: letter for letter, stem in main16.values()}
    rows_in = read_csv(ref, "ctv3-read/opensafely-ethnicity-ctv3_2020-04-27.csv")
    seen = set()
    rows = []
    equivalent = 0
    for r in rows_in:
        code = r["Code"]
        if code in seen:
            continue
        seen.add(code)
        letter = grouping16_letter(r["Grouping_16"])
        description = r["Description"].strip()
        stem = None
        if "2001 census" in description and " - " in description:
            stem = description.split(" - ")[0]
        if stem in main_stems and main_stems[stem] == letter:
            equivalence = "EQUIVALENT"
            equivalent += 1
        else:
            equivalence = "BROADER"
        rows.append(row(code, letter, equivalence))
    check(len(rows) == 266, "ctv3 crosswalk: expected 266 rows")
    check(equivalent == 16, "ctv3 crosswalk: expected 16 EQUIVALENT main 2001-census codes, got %d" % equivalent)
    return crosswalk("opensafely-ctv3-to-nhs-2001", "OpenSAFELY CTV3 ethnicity codelist to NHS ETHNIC CATEGORY 2001",
                     "opensafely/ethnicity/2020-04-27", "OpenSAFELY (Bennett Institute, University of Oxford)", S16,
                     "OpenCodelists", "ctv3-ethnicity", "nhs-ethnic-category-2001",
                     "Each of the 266 unique CTV3 codes of the OpenSAFELY 2020-04-27 codelist (270 rows; 4 duplicated "
                     "rows collapse) mapped to the NHS letter of its Grouping_16 (1=A ... 16=S, skipping I, O and Q). "
                     "EQUIVALENT for the 16 main 'ethnic category 2001 census' codes whose term is the category itself, "
                     "else BROADER. The list's own quirks are kept (e.g. English/Scottish/Welsh 2001 sub-codes -> C; "
                     "2011 African/Caribbean -> P; SCHEMES.md §4.5).", rows)


def build_census2021_to_nhs_cw(ref, census2021):
    by_label = {c["label"]: c["code"] for c in census2021["categories"]}
    rows_in = read_csv(ref, "census/census2021_to_nhs_ethnic_category_2001_crosswalk.csv")
    rows = []
    for r in rows_in:
        check(r["census2021_label"] in by_label, "crosswalk label %r not in 20b" % r["census2021_label"])
        code = by_label[r["census2021_label"]]
        target = r["nhs_ethnic_category_2001_code"]
        note = r["note"] or None
        if code in ("15", "16", "18"):
            equivalence = "INEXACT"
            note = "convention: " + note
        elif code in ("17", "19"):
            equivalence = "BROADER"
            note = ("the 2001 category also covers %s" % ("Gypsy or Irish Traveller and Roma" if code == "17" else "Arab"))
        else:
            equivalence = "EQUIVALENT"
        rows.append(row(code, target, equivalence, note))
    rows.sort(key=lambda x: CENSUS_2021_ORDER.index(x["from"]))
    rows.append(row("-8", None, "UNMATCHED", "Does not apply: census output category with no ETHNIC CATEGORY code"))
    check(len(rows) == 20, "census 2021 -> nhs: expected 20 rows")
    return crosswalk("census-2021-to-nhs-2001", "ONS Census 2021 ethnic group (20b) to NHS ETHNIC CATEGORY 2001",
                     "1", PROJECT + " (derived)",
                     "census/census2021_to_nhs_ethnic_category_2001_crosswalk.csv (derived from NHSDigital/mental-health-act-"
                     "annual-statistics Population_2021census_2324.py, GDPPR T/W letters, Pineda-Moncusi et al. Sci Data "
                     "2024 Table 1)", "derived (sources OGL v3 / MIT)",
                     "ons-census-2021-england-wales", "nhs-ethnic-category-2001",
                     "Label-based many-to-one alignment of the 19 Census 2021 categories to the 16 NHS 2001 letters, joined "
                     "to the 20b codes by label. Gypsy or Irish Traveller and Roma -> C and Arab -> S are conventions "
                     "(INEXACT): the 2001 classification has no such categories. Chinese keeps its letter R although the "
                     "heading moves from Other (2001) to Asian (2021). -8 Does not apply has no NHS code.", rows)


NHS_TO_2021 = collections.OrderedDict([  # SCHEMES.md §3.5; first target = default
    ("A", ["13"]), ("B", ["14"]), ("C", ["17", "15", "16"]), ("D", ["11"]), ("E", ["10"]), ("F", ["9"]),
    ("G", ["12"]), ("H", ["3"]), ("J", ["4"]), ("K", ["1"]), ("L", ["5"]), ("M", ["7"]), ("N", ["6"]),
    ("P", ["8"]), ("R", ["2"]), ("S", ["19", "18"]), ("Z", []), ("99", [])])


def build_nhs_to_census2021_cw(ref, census2021, forward):
    forward_pairs = {(r["to"], r["from"]) for r in forward["rows"] if "to" in r}
    labels = {c["code"]: c["label"] for c in census2021["categories"]}
    rows = []
    for letter, targets in NHS_TO_2021.items():
        if not targets:
            rows.append(row(letter, None, "UNMATCHED",
                            "Not stated: Census 2021 has no not-stated category" if letter == "Z"
                            else "Not known: Census 2021 has no not-known category"))
            continue
        for i, target in enumerate(targets):
            check((letter, target) in forward_pairs, "reverse row %s->%s has no forward row" % (letter, target))
            if len(targets) > 1:
                comment = "one-to-many: %s; %s" % (labels[target], "default target (SCHEMES.md §3.5)" if i == 0
                                                    else "split out of the 2001 category in Census 2011/2021")
                if target == "16":
                    comment = "one-to-many: %s; new in Census 2021, no 2001 or 2011 equivalent" % labels[target]
                rows.append(row(letter, target, "NARROWER", comment))
            elif letter == "R":
                rows.append(row(letter, target, "EQUIVALENT",
                                "heading moves: Chinese is under 'Other Ethnic Groups' in NHS 2001 and under "
                                "'Asian, Asian British or Asian Welsh' in Census 2021"))
            else:
                rows.append(row(letter, target, "EQUIVALENT"))
    return crosswalk("nhs-2001-to-census-2021", "NHS ETHNIC CATEGORY 2001 to ONS Census 2021 ethnic group (20b)",
                     "1", PROJECT + " (derived)", "SCHEMES.md §3.5 (label-based; S25 rows where shown) and "
                     "census/census2021_to_nhs_ethnic_category_2001_crosswalk.csv reversed", "derived (sources OGL v3)",
                     "nhs-ethnic-category-2001", "ons-census-2021-england-wales",
                     "Reverse of census-2021-to-nhs-2001. C (Any other White background) splits into 17 Other White "
                     "(default, listed first), 15 Gypsy or Irish Traveller and 16 Roma; S splits into 19 Any other "
                     "ethnic group (default, listed first) and 18 Arab; these rows are NARROWER and cannot be resolved "
                     "without more information. R Chinese maps to 2 with a change of heading. Z and 99 have no census "
                     "category (UNMATCHED).", rows)


EFF18A_TO_20B = collections.OrderedDict([  # SCHEMES.md §3.1 rows
    ("White British", ["13"]), ("White Irish", ["14"]), ("White Gypsy/Traveller", ["15"]),
    ("White other", ["17", "16"]), ("Mixed White/Black Caribbean", ["11"]), ("Mixed White/Black African", ["10"]),
    ("Mixed White/Asian", ["9"]), ("Mixed other", ["12"]), ("Indian", ["3"]), ("Pakistani", ["4"]),
    ("Bangladeshi", ["1"]), ("Chinese", ["2"]), ("Asian other", ["5"]), ("Black African", ["6"]),
    ("Black Caribbean", ["7"]), ("Black other", ["8"]), ("Arab", ["18"]), ("Any other", ["19"])])


def build_2011_to_2021_cw(ref, census2011, census2021):
    c2011 = {c["code"]: c for c in census2011["categories"]}
    c2021 = {c["code"]: c for c in census2021["categories"]}
    rows = []
    for code in selectable_codes(census2011):
        targets = EFF18A_TO_20B[code]
        for target in targets:
            # by label: the sub-label after the heading must agree, except Other White -> Roma (new in 2021)
            sub2011 = c2011[code]["label"].split(": ")[-1].casefold()
            sub2021 = c2021[target]["label"].split(": ")[-1].casefold()
            if len(targets) == 1:
                check(sub2011 == sub2021 or code in ("White British", "Mixed other"),
                      "2011->2021 label mismatch %s -> %s" % (code, target))
                rows.append(row(code, target, "EQUIVALENT"))
            else:
                comment = ("one-to-many: Other White, default target" if target == "17"
                           else "one-to-many: Roma was inside 'Other White' in 2011 and is a separate category in 2021")
                rows.append(row(code, target, "NARROWER", comment))
    check(len(rows) == 19, "2011->2021: expected 19 rows")
    return crosswalk("census-2011-to-census-2021", "ONS Census 2011 ethnic group to ONS Census 2021 ethnic group (England and Wales)",
                     "1", PROJECT + " (derived)", "SCHEMES.md §3.1 (S9, S10, S11)", "derived (sources OGL v3)",
                     "ons-census-2011-england-wales", "ons-census-2021-england-wales",
                     "Label-based alignment of the 18 Census 2011 categories with the Census 2021 20b codes following "
                     "the side-by-side table of SCHEMES.md §3.1. Every category has the same meaning in both censuses "
                     "(headings were reworded) except 2011 Other White, which splits into 2021 17 Other White (default, "
                     "listed first) and 16 Roma (NARROWER). -8 Does not apply has no 2011 source category.", rows)


def build_gdppr_to_nhs_cw(ref, gdppr, nhs2001):
    rows = []
    for code in selectable_codes(gdppr):
        if code == "T":
            rows.append(row("T", "C", "INEXACT", "convention: Traveller has no NHS 2001 code; folded into Any other "
                                                  "White background (GDPPR extension letter, SCHEMES.md §1.5)"))
        elif code == "W":
            rows.append(row("W", "S", "INEXACT", "convention: Arab has no NHS 2001 code; folded into Any other ethnic "
                                                  "group (GDPPR extension letter, SCHEMES.md §1.5)"))
        else:
            check(code in codes(nhs2001), "gdppr code %s not an NHS 2001 code" % code)
            comment = None
            if code == "C":
                comment = "GDPPR codes Traveller concepts as T; in NHS 2001 data they fall in C"
            elif code == "S":
                comment = "GDPPR codes Arab concepts as W; in NHS 2001 data they fall in S"
            rows.append(row(code, code, "EQUIVALENT", comment))
    check(len(rows) == 19, "gdppr->nhs: expected 19 rows")
    return crosswalk("gdppr-to-nhs-2001", "NHS Digital GDPPR ethnic categories to NHS ETHNIC CATEGORY 2001",
                     "1", PROJECT + " (derived)", S19 + "ethnicity_reference_data_categories.csv",
                     "derived (source MIT / OGL)", "nhs-gdppr-ethnic-category", "nhs-ethnic-category-2001",
                     "GDPPR uses the NHS letters A-S and Z with the same meaning (EQUIVALENT) and adds T Traveller and "
                     "W Arab. T -> C and W -> S are conventions (INEXACT), matching how the 2001 classification "
                     "would have captured these groups.", rows)


HES_ETHNOS = "nhs/hes_ethnos_pre2003.csv"
HES_ETHNOS_SOURCE = ("bhfdschds/hds_jf_pipeline_dev@ceb00bd4dc4a75bc7026cda8fabac46fcd30d969:"
                     "hds_reference_data/ethnicity_categories_pre_2003.csv (SOURCES.md)")
HES_ETHNOS_KINDS = {"3": "OTHER", "8": "OTHER", "9": "NOT_STATED", "X": "NOT_KNOWN"}
# 1991-census categories whose 2001 letter has the same label; the others are conventions.
HES_ETHNOS_EQUIVALENT = {"1", "2", "4", "5", "6", "7"}


def build_hes_ethnos(ref):
    rows = read_csv(ref, HES_ETHNOS)
    check([r["code"] for r in rows] == list("0123456789") + ["X"], "hes ethnos: expected codes 0-9 and X")
    cats = [cat(r["code"], r["label"], kind=HES_ETHNOS_KINDS.get(r["code"], "SUBSTANTIVE")) for r in rows]
    return scheme("hes-ethnos-pre-2003", "HES ETHNOS codes before 2003 (1991 census based, 1995-96 to 2000-01)",
                  "hds_jf_pipeline_dev@ceb00bd4", "NHS Digital HES (as reproduced by the BHF Data Science Centre)",
                  HES_ETHNOS_SOURCE, "no licence stated (facts only)", cats, status="retired")


def build_hes_ethnos_cw(ref, ethnos, nhs2001):
    rows = []
    for r in read_csv(ref, HES_ETHNOS):
        code, target = r["code"], r["mapped_2001_code"]
        check(target in codes(nhs2001), "hes ethnos %s -> %s: not an NHS 2001 code" % (code, target))
        if code in HES_ETHNOS_EQUIVALENT:
            rows.append(row(code, target, "EQUIVALENT"))
        elif code == "0":
            rows.append(row(code, target, "INEXACT", "convention of the source: 0 White covered A, B and C"))
        elif code == "X":
            rows.append(row(code, target, "INEXACT", "by meaning: HES X Not known (before 2013) is 99 Not known"))
        elif code == "9":
            rows.append(row(code, target, "INEXACT", "9 Not given, withdrawn by NHS DD CP406 (2004); the source maps "
                                                     "it to Z"))
        else:
            rows.append(row(code, target, "INEXACT", "1991-census 'other' category; 2001 added Mixed categories"))
    check(len(rows) == 11, "hes ethnos -> nhs: expected 11 rows")
    return crosswalk("hes-ethnos-pre-2003-to-nhs-2001", "HES ETHNOS codes before 2003 to NHS ETHNIC CATEGORY 2001",
                     "hds_jf_pipeline_dev@ceb00bd4", "BHF Data Science Centre", HES_ETHNOS_SOURCE,
                     "no licence stated (facts only)", "hes-ethnos-pre-2003", "nhs-ethnic-category-2001",
                     "The mapped_2001_code column of the BHF DSC reference file: 0->A, 1->M, 2->N, 3->P, 4->H, 5->J, "
                     "6->K, 7->R, 8->S, 9->Z, X->99. EQUIVALENT where the 2001 label is the 1991 one; 0->A is the "
                     "source's convention (0 covered A, B and C), X->99 is by meaning; others INEXACT.", rows)


# ---------------------------------------------------------------------------------------------
# Devolved censuses, SPD 15 2024, research groupings and the two broad-group conventions
# ---------------------------------------------------------------------------------------------

SCOTLAND_2022 = "census/scotland_census2022_ethnic_group.csv"
SCOTLAND_2022_SOURCE = ("Scottish Government, Scottish Surveys Core Questions 2022, section 1.12 Table 3 - "
                        "https://www.gov.scot/publications/scottish-surveys-core-questions-2022/pages/"
                        "1-8-presentation-of-data-on-ethnic-group/ (collection categories A-F; SCHEMES.md S9, S31)")
# Write-in "any other" options of the SSCQ 2022 table (the single Mixed, African and Caribbean or Black boxes are
# whole sections, not residuals).
SCOTLAND_2022_OTHER = ("A8", "C5", "F2")


def build_scotland_2022(ref):
    rows = read_csv(ref, SCOTLAND_2022)
    check(len(rows) == 18, "scotland 2022: expected 18 categories")
    cats = []
    headings = []
    for r in rows:
        letter, _, name = r["heading"].partition(" ")
        check(len(letter) == 1 and r["code"].startswith(letter), "scotland 2022: heading %r" % r["heading"])
        if letter not in headings:
            headings.append(letter)
            cats.append(heading(letter, name))
        cats.append(cat(r["code"], r["label"], parent=letter,
                        kind="OTHER" if r["code"] in SCOTLAND_2022_OTHER else "SUBSTANTIVE"))
    check(headings == list("ABCDEF"), "scotland 2022: expected sections A-F")
    return scheme("scotland-census-2022", "Scotland's Census 2022 ethnic group (18 categories in sections A-F)",
                  "Census 2022 (SSCQ 2022 Table 3)", "National Records of Scotland / Scottish Government",
                  SCOTLAND_2022_SOURCE, "OGL v3", cats)


NI_2021 = "census/ni_census2021_ethnic_group.csv"
NI_2021_SOURCE = ("NISRA Flexible Table Builder variable ETHNIC_GROUP_INTERMEDIATE (dataset PEOPLE; table MS-B01) - "
                  "https://build.nisra.gov.uk/en/metadata/variable?d=PEOPLE&v=ETHNIC_GROUP_INTERMEDIATE")
NI_2021_OTHER = ("9", "11", "13")  # Other Asian, Black Other, Other ethnicities


def build_ni_2021(ref):
    rows = read_csv(ref, NI_2021)
    check([r["code"] for r in rows] == [str(i) for i in range(1, 14)], "ni 2021: expected codes 1-13")
    cats = [cat(r["code"], r["label"], kind="OTHER" if r["code"] in NI_2021_OTHER else "SUBSTANTIVE") for r in rows]
    return scheme("ni-census-2021", "NISRA Census 2021 ethnic group, Northern Ireland (13-category output classification)",
                  "Census 2021 (ETHNIC_GROUP_INTERMEDIATE)", "Northern Ireland Statistics and Research Agency",
                  NI_2021_SOURCE, "OGL v3", cats)


US_OMB_2024 = "international/us_omb_spd15_2024.csv"
US_OMB_2024_SOURCE = ("OMB SPD 15 (2024 revision) - https://spd15revision.gov/content/spd15revision/en/2024-spd15/"
                      "categories-definitions.html and .../question-format.html; Federal Register 89 FR 22182, "
                      "doc 2024-06469 (SCHEMES.md S27)")


def build_us_omb_2024(ref):
    rows = read_csv(ref, US_OMB_2024)
    minimum = [r for r in rows if r["level"] == "minimum"]
    check(len(minimum) == 7 and len(rows) == 7 * 8, "us omb 2024: expected 7 minimum categories with 7 detailed each")
    cats = []
    for m in sorted(minimum, key=lambda r: int(r["order"])):
        cats.append(cat(m["code"], m["label"]))
        children = sorted((r for r in rows if r["parent_code"] == m["code"]), key=lambda r: int(r["order"]))
        check(len(children) == 7, "us omb 2024: %s needs 7 detailed categories" % m["code"])
        for r in children:
            cats.append(cat(r["code"], r["label"], parent=m["code"],
                            kind="OTHER" if r["code"].endswith("_OTHER") else "SUBSTANTIVE"))
    return scheme("us-omb-2024", "US OMB SPD 15 (2024) race and ethnicity: 7 minimum and the required detailed categories",
                  "SPD 15 2024 (effective 28 Mar 2024)", "US Office of Management and Budget", US_OMB_2024_SOURCE,
                  "public domain", cats)


RESEARCH = "nhs/research_groupings_eth5_eth16_qrisk.csv"
RESEARCH_SOURCE = ("Exeter-Diabetes/CPRD-Cohort-scripts@287e039c231178be8e7e52a9d44c07bbe499242c:all_patid_ethnicity.R; "
                   "Exeter-Diabetes/CPRD-Codelists@4b85f7efddde2a5e5d1953b81a197ed112f7fa40:readme.md#ethnicity "
                   "(Mathur et al. 2014, PMC4245896)")
RESEARCH_LICENCE = "no licence stated (facts only)"
RESEARCH_NOT_STATED_ROW = "Z/99"
# eth16 residual categories; eth5 3 Other; QRISK2 5 Other Asian and 9 Other.
ETH16_OTHER = ("3", "7", "11", "14", "16")


def research_rows(ref):
    rows = read_csv(ref, RESEARCH)
    check([r["nhs_2001_code"] for r in rows] == list(NHS_LETTERS) + [RESEARCH_NOT_STATED_ROW],
          "research groupings: expected rows A-S and Z/99")
    return rows


def research_scheme(ref, id, title, code_column, label_column, kinds, labels=None):
    cats = []
    seen = set()
    for r in sorted(research_rows(ref), key=lambda r: int(r[code_column])):
        code = r[code_column]
        label = (labels or {}).get(code, r[label_column])
        if code in seen:
            continue
        seen.add(code)
        cats.append(cat(code, label, kind=kinds.get(code, "SUBSTANTIVE")))
    return scheme(id, title, "CPRD-Cohort-scripts@287e039c", "LSHTM / University of Exeter (CPRD research)",
                  RESEARCH_SOURCE, RESEARCH_LICENCE, cats)


def build_research_schemes(ref):
    eth16 = research_scheme(ref, "eth16", "eth16: 16 ethnic groups aligned to NHS 2001 letters, plus 17 Not stated "
                            "(LSHTM/CPRD)", "eth16_code", "eth16_label",
                            dict({c: "OTHER" for c in ETH16_OTHER}, **{"17": "NOT_STATED"}))
    eth5 = research_scheme(ref, "eth5", "eth5: 5 ethnic groups plus Not stated, Chinese in Other (LSHTM/CPRD)",
                           "eth5_code", "eth5_label", {"3": "OTHER", "5": "NOT_STATED"})
    # The Z/99 row's QRISK label names two codings; Exeter code 0 is its first part.
    unknown = [r for r in research_rows(ref) if r["nhs_2001_code"] == RESEARCH_NOT_STATED_ROW][0]
    check(unknown["qrisk_label"].startswith("Unknown (Exeter)"), "research groupings: QRISK label of Z/99")
    qrisk = research_scheme(ref, "qrisk2-ethnicity", "QRISK2 ethnicity categories, Exeter coding 0-9", "qrisk2_exeter_code",
                            "qrisk_label", {"0": "NOT_KNOWN", "5": "OTHER", "9": "OTHER"}, labels={"0": "Unknown"})
    check(len(codes(eth16)) == 17 and len(codes(eth5)) == 6 and len(codes(qrisk)) == 10,
          "research groupings: expected 17 eth16, 6 eth5 and 10 QRISK2 codes")
    return [eth16, eth5, qrisk]


def build_research_cws(ref, targets):
    result = []
    for target, column, equivalent in ((targets[0], "eth16_code", set(NHS_LETTERS)),
                                       (targets[1], "eth5_code", set()),
                                       (targets[2], "qrisk2_exeter_code", set("HJKMNR"))):
        rows = []
        for r in research_rows(ref):
            sources = ["Z", "99"] if r["nhs_2001_code"] == RESEARCH_NOT_STATED_ROW else [r["nhs_2001_code"]]
            for source in sources:
                rows.append(row(source, r[column], "EQUIVALENT" if source in equivalent else "BROADER"))
        result.append(crosswalk("nhs-2001-to-" + target["id"], "NHS ETHNIC CATEGORY 2001 to " + target["title"],
                                "CPRD-Cohort-scripts@287e039c", "LSHTM / University of Exeter (CPRD research)",
                                RESEARCH_SOURCE, RESEARCH_LICENCE, "nhs-ethnic-category-2001", target["id"],
                                "The %s column of the Exeter header table, by NHS 2001 letter (alignment by label, "
                                "SOURCES.md); Z and 99 share the 'Z/99' row. EQUIVALENT where the group is the "
                                "letter's own, else BROADER." % column, rows))
    return result


# The two published five-group conventions: EFF 5A (ONS 2001 5+1: Chinese with Other, as the NHS Data Dictionary's
# "Other Ethnic Groups" heading) and EFF 5B (ONS 2011 5+1, kept for Census 2021 by EFF 19A: Chinese under Asian).
BROAD_GROUPS = (("data-dictionary", "5A", "Five broad ethnic groups with Chinese under Other (NHS Data Dictionary "
                 "headings; ONS 2001 5+1, EFF 5A)"),
                ("census-2021", "5B", "Five broad ethnic groups with Chinese under Asian (ONS 2011 and Census 2021 "
                 "5+1, EFF 5B)"))


def build_broad_group_schemes(ref):
    result = []
    for name, eff_code, title in BROAD_GROUPS:
        eff = eff_classification(ref, eff_code)
        parents = []
        for value in eff.values():
            if value["Required"] == "TRUE" and value["Parent"] not in parents:
                parents.append(value["Parent"])
        check(len(parents) == 5, "broad groups %s: expected 5 parents" % eff_code)
        cats = [cat(p, eff[p]["Display"] if p in eff else p,
                    kind="OTHER" if p.startswith("Other") else "SUBSTANTIVE") for p in parents]
        result.append(scheme("broad-groups-" + name, title, "EFF classification " + eff_code + " (ethnicity-facts-and-figures@1d303927)",
                             "Race Disparity Unit (Ethnicity facts and figures)", S9_DEFS, "MIT / OGL", cats))
    return result


# NHS 2001 heading -> EFF 5A / 5B parent, and the letters whose group differs from their heading's.
NHS_HEADING_GROUP = {"White": "White", "Mixed": "Mixed", "Asian or Asian British": "Asian",
                     "Black or Black British": "Black"}


def build_broad_group_cws(ref, nhs2001, census2021, targets):
    nhs_heading = {c["code"]: c.get("parent") for c in nhs2001["categories"]}
    census_heading = {c["code"]: c.get("parent") for c in census2021["categories"]}
    result = []
    for (name, eff_code, _), target in zip(BROAD_GROUPS, targets):
        other = [c["code"] for c in target["categories"] if c["code"].startswith("Other")][0]
        eff = eff_classification(ref, eff_code)
        chinese = eff["Chinese"]["Parent"] if "Chinese" in eff else "Asian"  # 5B lists no Chinese: it is Asian
        rows = []
        for code in selectable_codes(nhs2001):
            group = NHS_HEADING_GROUP.get(nhs_heading[code], other if nhs_heading[code] else None)
            if code == "R":
                group = chinese
            rows.append(row(code, group, "BROADER") if group else row(code, None, "UNMATCHED"))
        result.append(crosswalk("nhs-2001-to-broad-groups-" + name, "NHS ETHNIC CATEGORY 2001 to " + target["title"],
                                "1", PROJECT, S1 + " ; " + S9_DEFS, "derived (sources OGL v3 / MIT)",
                                "nhs-ethnic-category-2001", target["id"],
                                "Each letter to the broad group of its Data Dictionary heading, except R Chinese, "
                                "which goes where EFF %s puts Chinese (%s). Z and 99 UNMATCHED." % (eff_code, chinese),
                                rows))
        rows = []
        for code in selectable_codes(census2021):
            group = census_heading[code]
            if code == "2":
                group = chinese
            elif group == "Other":
                group = other
            rows.append(row(code, group, "BROADER") if group else row(code, None, "UNMATCHED"))
        result.append(crosswalk("census-2021-to-broad-groups-" + name, "ONS Census 2021 ethnic group (20b) to "
                                + target["title"], "1", PROJECT,
                                S11 + " ; " + S9_DEFS, "derived (sources OGL v3 / MIT)",
                                "ons-census-2021-england-wales", target["id"],
                                "Each category to the broad group of its Census 2021 heading (EFF 19A parents), "
                                "except 2 Chinese, which goes where EFF %s puts Chinese (%s). -8 UNMATCHED."
                                % (eff_code, chinese), rows))
    return result


# ---------------------------------------------------------------------------------------------
# Synonyms: free-text labels of the EFF standardiser lookup, for recognition
# ---------------------------------------------------------------------------------------------

EFF_LOOKUP = "labels/eff_classification_lookup.csv"
S9_LOOKUP = S9 + ":application/data/static/standardisers/classification_lookup.csv"

# EFF standard value -> code, typed in and only for values that name exactly one code of the scheme.
# Every value found in the lookup must be either here or in the scheme's left-out table below, so a
# new value in the lookup stops the run instead of being guessed.
EFF_TO_NHS_2001 = collections.OrderedDict([
    ("White British", "A"), ("White Irish", "B"), ("White other", "C"),
    ("Mixed White/Black Caribbean", "D"), ("Mixed White/Black African", "E"), ("Mixed White/Asian", "F"),
    ("Mixed other", "G"), ("Indian", "H"), ("Pakistani", "J"), ("Bangladeshi", "K"), ("Asian other", "L"),
    ("Black Caribbean", "M"), ("Black African", "N"), ("Black other", "P"), ("Chinese", "R"),
    ("Any other", "S")])
EFF_TO_CENSUS_2021 = collections.OrderedDict([
    ("White British", "13"), ("White Irish", "14"), ("White Gypsy/Traveller", "15"),
    ("Irish Traveller", "15"),  # a DfE value (Traveller of Irish heritage): wholly inside 15 Gypsy or Irish Traveller
    ("Roma", "16"), ("White other", "17"),
    ("Mixed White/Black Caribbean", "11"), ("Mixed White/Black African", "10"), ("Mixed White/Asian", "9"),
    ("Mixed other", "12"), ("Indian", "3"), ("Pakistani", "4"), ("Bangladeshi", "1"), ("Chinese", "2"),
    ("Asian other", "5"), ("Black Caribbean", "7"), ("Black African", "6"), ("Black other", "8"),
    ("Arab", "18"),
    ("Any other", "19")])  # the 16A value; 19A names it 'Any Other Ethnic Background', displayed 'Any other'

_BROAD = "a broad group or aggregate that spans several codes"
_SENTINEL = "an EFF presentation value (total or sentinel), not an ethnic group"
SYNONYMS_LEFT_OUT_COMMON = collections.OrderedDict([
    ("All", _SENTINEL), ("Unclassified", _SENTINEL), ("Unmatched", _SENTINEL), ("Not applicable", _SENTINEL),
    ("White", _BROAD), ("Mixed", _BROAD), ("Asian", _BROAD), ("Black", _BROAD), ("Other", _BROAD),
    ("Asian excluding Chinese", _BROAD), ("Other inc Chinese", _BROAD), ("Other inc Asian", _BROAD),
    ("Other inc Mixed and Chinese", _BROAD), ("Other (inc Gypsy/Traveller/Irish Traveller)", _BROAD),
    ("Other than White", _BROAD), ("Other than White British", _BROAD),
])
SYNONYMS_LEFT_OUT = {
    "nhs-ethnic-category-2001": collections.OrderedDict(list(SYNONYMS_LEFT_OUT_COMMON.items()) + [
        ("Pakistani and Bangladeshi", "two codes (J and K)"),
        ("Mixed White/Black", "two codes (D and E)"),
        ("Asian other inc Chinese", "two codes (L and R)"),
        ("Gypsy/Roma", "no NHS 2001 category; C only by convention"),
        ("White Gypsy/Traveller", "no NHS 2001 category; C only by convention"),
        ("Irish Traveller", "no NHS 2001 category; C only by convention"),
        ("Arab", "no NHS 2001 category; S only by convention"),
        ("Unknown", "mixes not stated and not known: Z (Not stated) and 99 (Not known) differ and the lookup "
                    "does not say which"),
    ]),
    "ons-census-2021-england-wales": collections.OrderedDict(list(SYNONYMS_LEFT_OUT_COMMON.items()) + [
        ("Pakistani and Bangladeshi", "two codes (4 and 1)"),
        ("Mixed White/Black", "two codes (11 and 10)"),
        ("Asian other inc Chinese", "two codes (5 and 2)"),
        ("Gypsy/Roma", "two codes (15 Gypsy or Irish Traveller, 16 Roma)"),
        ("Unknown", "the classification has no not-stated or not-known code (-8 Does not apply means the "
                    "question did not apply)"),
    ]),
}
# Texts left out although their EFF value is mapped: the text names more than the value's code.
SYNONYM_TEXTS_LEFT_OUT = collections.OrderedDict([
    ("white non-british", "EFF gives White other, but White non-British also covers White Irish (and, in 2021, "
                          "Gypsy or Irish Traveller and Roma)"),
    ("white non-british total", "as white non-british"),
])
# Texts for "asked and declined", typed in: the NHS Data Dictionary's Z Not stated is for a person who
# was asked and chose not to state (SCHEMES.md 1.3: "refused, or genuinely could not choose"). Each
# text must occur verbatim (ignoring case) in the reference file named beside it.
DECLINED_TEXTS = {
    "nhs-ethnic-category-2001": collections.OrderedDict([
        ("prefer not to say", ("Z", "USERS-AND-METRICS.md", "LOINC answer 'Prefer not to say' (USERS-AND-METRICS.md "
                                                          "1.4), asked and declined: NHS Data Dictionary Z Not stated")),
        ("refused", ("Z", "SCHEMES.md", "'refused' (SCHEMES.md 1.3), asked and declined: NHS Data Dictionary Z "
                                        "Not stated")),
    ]),
    "ons-census-2021-england-wales": collections.OrderedDict(),
}
SYNONYM_TABLES = collections.OrderedDict([
    ("nhs-ethnic-category-2001", ("16A", EFF_TO_NHS_2001)),
    ("ons-census-2021-england-wales", ("19A", EFF_TO_CENSUS_2021)),
])


def label_key(text):
    """The recogniser's label key (Recogniser.labelKey in core): words in lower case without accents,
    joined by single spaces; letters are Unicode L*, digits Nd, as Java's Character.isLetterOrDigit."""
    if any(ord(c) > 127 for c in text):
        text = unicodedata.normalize("NFD", text)
    out = []
    pending = False
    for c in text:
        category = unicodedata.category(c)
        if category[0] == "L" or category == "Nd":
            if pending and out:
                out.append(" ")
            pending = False
            out.append(c.lower())
        elif category != "Mn":
            pending = True
    return "".join(out)


def recognised_without_synonyms(s, text):
    """The code the recogniser finds for text from the scheme alone (codes, legacy values, labels,
    alternative labels), '' if several, None if none."""
    folded = text.strip().upper()
    for c in s["categories"]:
        if c["code"].upper() == folded:
            return c["code"]
    for lv in s.get("legacyValues", []):
        if lv["value"].strip().upper() == folded:
            return lv.get("code", "")
    key = label_key(text)
    for field in ("label", "alternativeLabels"):
        found = set()
        for c in s["categories"]:
            labels = [c["label"]] if field == "label" else c.get("alternativeLabels", [])
            if key in {label_key(label) for label in labels}:
                found.add(c["code"])
        if found:
            return found.pop() if len(found) == 1 else ""
    return None


def build_synonyms(ref, s):
    """Synonyms of one scheme from the EFF lookup. Returns (file object, counts)."""
    sid = s["id"]
    classification, table = SYNONYM_TABLES[sid]
    left_out = SYNONYMS_LEFT_OUT[sid]
    check(not set(table) & set(left_out), "%s: a value is both mapped and left out" % sid)
    eff = eff_classification(ref, classification)
    all_standard = {r["Standard"] for r in read_csv(ref, "labels/eff_classification_definitions.csv")}
    by_code = {c["code"]: c for c in s["categories"]}
    for value, code in table.items():
        check(value in all_standard, "%s: %r is not an EFF standard value" % (sid, value))
        check(code in by_code and by_code[code].get("selectable", True), "%s: %s is not a selectable code" % (sid, code))
        if value in eff and eff[value]["Required"] == "TRUE":  # the scheme took this EFF display as a label
            labels = [by_code[code]["label"]] + by_code[code].get("alternativeLabels", [])
            check(eff[value]["Display"] in labels,
                  "%s: EFF %s display %r is not a label of %s" % (sid, classification, eff[value]["Display"], code))

    rows = read_csv(ref, EFF_LOOKUP)
    check(rows and list(rows[0]) == ["Ethnicity", "Standard Ethnicity"], "EFF lookup header changed")
    unknown = sorted({r["Standard Ethnicity"] for r in rows} - set(table) - set(left_out))
    missing = sorted(set(SYNONYM_TEXTS_LEFT_OUT) - {r["Ethnicity"] for r in rows})
    check(not missing, "texts left out by name are not in the EFF lookup: %s" % missing)
    check(not unknown, "%s: EFF values neither mapped nor left out: %s" % (sid, unknown))
    # One outcome per recognition key: the code, or None for a left-out value.
    outcomes = collections.defaultdict(set)
    for r in rows:
        outcomes[label_key(r["Ethnicity"])].add(table.get(r["Standard Ethnicity"]))
    counts = collections.Counter()
    chosen = collections.OrderedDict()
    for r in rows:
        text, value = r["Ethnicity"], r["Standard Ethnicity"]
        code = table.get(value)
        if code is None:
            counts["left out (value not mapped)"] += 1
            continue
        if text in SYNONYM_TEXTS_LEFT_OUT:
            counts["left out by name"] += 1
            continue
        if text in chosen:
            check(chosen[text][1] == value, "%s: %r listed twice with different values" % (sid, text))
            counts["duplicate row"] += 1
            continue
        key = label_key(text)
        check(key, "%s: lookup text %r has no letter or digit" % (sid, text))
        existing = recognised_without_synonyms(s, text)
        if existing is not None:
            check(existing == code, "%s: the scheme recognises %r as %r, the table says %s" % (sid, text, existing, code))
            counts["skipped: already recognised by the scheme"] += 1
            continue
        if len(outcomes[key]) > 1:
            counts["skipped: equals a text with another outcome"] += 1
            continue
        chosen[text] = (code, value)
    for text, (code, reference, value) in DECLINED_TEXTS[sid].items():
        check(text.lower() in (ref / reference).read_text(encoding="utf-8-sig").lower(),
              "%s: %r is not in %s" % (sid, text, reference))
        check(code in by_code, "%s: %s is not a code" % (sid, code))
        check(recognised_without_synonyms(s, text) is None, "%s: the scheme already recognises %r" % (sid, text))
        check(label_key(text) not in outcomes, "%s: %r is an EFF lookup text" % (sid, text))
        chosen[text] = (code, value)
    order = {code: i for i, code in enumerate(codes(s))}
    synonyms = [collections.OrderedDict([("text", text), ("code", code), ("via", value)])
                for text, (code, value) in sorted(chosen.items(), key=lambda item: order[item[1][0]])]
    counts["synonyms"] = len(synonyms)
    broad_groups = build_broad_groups(s, rows, table, left_out, counts)
    mapped = ", ".join("%s -> %s" % item for item in table.items())
    left = "; ".join("%s: %s" % item for item in left_out.items())
    description = (
        "Free-text ethnicity labels from the GOV.UK Ethnicity facts and figures standardiser lookup "
        "(classification_lookup.csv: free text -> EFF standard value), for recognising values recorded "
        "against %s. A text is kept only if its EFF standard value names exactly one code, by this table "
        "(EFF value -> code, this project's reading): %s. Left out, as EFF values that name no single code: %s. "
        "Left out by name: %s. "
        "Also left out: texts the scheme's own codes, labels or alternative labels already recognise, and texts "
        "that, ignoring case, spacing and punctuation, equal a text with another outcome in the lookup (e.g. "
        "'mixed/ multiple ethnic groups' is Mixed other but 'mixed / multiple ethnic groups' is Mixed). "
        "Typed in for 'asked and declined' (NHS Data Dictionary: Z Not stated is for a person asked who chose not "
        "to state): %s. "
        "broadGroups: lookup texts whose EFF standard value is a broad group or aggregate that spans several codes "
        "(such as 'bame' and 'bme', EFF Other; GOV.UK advises against BAME/BME and WRES counts BME as every coded "
        "group but White, SCHEMES.md 7.2 and USERS-AND-METRICS.md 2.1): recognised as a broad group, not an "
        "ethnic category, so neither coded nor unrecognised; texts the scheme already recognises (such as a "
        "heading) and texts equal to a lookup text with another outcome are left out."
        % (sid, mapped, left, "; ".join("'%s': %s" % item for item in SYNONYM_TEXTS_LEFT_OUT.items()),
           "; ".join("'%s' -> %s" % (text, code) for text, (code, _, _) in DECLINED_TEXTS[sid].items())
           or "none (the scheme has no not-stated code)"))
    obj = collections.OrderedDict([
        ("scheme", sid),
        ("source", S9_LOOKUP + " (EFF classification " + classification + " for the standard values)"),
        ("licence", "derived (source MIT / OGL)"),
        ("description", description),
        ("synonyms", synonyms),
        ("broadGroups", broad_groups),
    ])
    return obj, counts


def build_broad_groups(s, rows, table, left_out, counts):
    """Lookup texts whose EFF value is a broad group, with that value, in lookup order."""
    def outcome(value):
        if value in table:
            return table[value]
        return "#broad" if left_out[value] == _BROAD else "#" + value
    outcomes = collections.defaultdict(set)
    for r in rows:
        outcomes[label_key(r["Ethnicity"])].add(outcome(r["Standard Ethnicity"]))
    chosen = collections.OrderedDict()
    for r in rows:
        text, value = r["Ethnicity"], r["Standard Ethnicity"]
        if outcome(value) != "#broad" or text in chosen:
            continue
        if recognised_without_synonyms(s, text) is not None:
            counts["broad group skipped: already recognised by the scheme"] += 1
            continue
        if len(outcomes[label_key(text)]) > 1:
            counts["broad group skipped: equals a text with another outcome"] += 1
            continue
        chosen[text] = value
    counts["broad groups"] = len(chosen)
    return [collections.OrderedDict([("text", text), ("via", value)]) for text, value in chosen.items()]


def validate_synonyms(obj, schemes):
    sid = obj["scheme"]
    check(sid in schemes, "synonyms for unknown scheme %s" % sid)
    s = schemes[sid]
    texts = set()
    for entry in obj["synonyms"]:
        check(set(entry) == {"text", "code", "via"}, "%s synonyms: bad entry %r" % (sid, entry))
        check(entry["code"] in codes(s), "%s synonyms: unknown code %r" % (sid, entry["code"]))
        check(label_key(entry["text"]), "%s synonyms: blank text %r" % (sid, entry["text"]))
        check(entry["text"] not in texts, "%s synonyms: duplicate text %r" % (sid, entry["text"]))
        texts.add(entry["text"])
    for entry in obj["broadGroups"]:
        check(set(entry) == {"text", "via"}, "%s broad groups: bad entry %r" % (sid, entry))
        check(label_key(entry["text"]), "%s broad groups: blank text %r" % (sid, entry["text"]))
        check(entry["text"] not in texts, "%s broad groups: duplicate text %r" % (sid, entry["text"]))
        texts.add(entry["text"])


# ---------------------------------------------------------------------------------------------
# Output
# ---------------------------------------------------------------------------------------------

def dump(obj):
    return json.dumps(obj, indent=2, ensure_ascii=False) + "\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)


PROVENANCE_NOTES = {
    "nhs-ethnic-category-2001": "Codes/labels from the NHS DD CSV, checked equal to the UK Core England XML. Heading "
        "codes (White, Mixed, Asian or Asian British, Black or Black British, Other Ethnic Groups) are the label "
        "prefixes used as code and label: the Dictionary publishes no heading codes (inferred). Kinds: C G L P S "
        "OTHER, Z NOT_STATED, 99 NOT_KNOWN. Legacy X (HES ETHRAW) and 9 (pre-2004 default) -> 99 (SCHEMES.md §1.3). "
        "alternativeLabels: GDPPR label, EFF 16A display, HES ETHRAW (S7), GP/Covid19PRA (S8) and PDS short labels "
        "(SCHEMES.md §1.1).",
    "nhs-ethnic-category-extended": "68 codes from the CSV, checked equal to the UK Core XML. Parent of a two-character "
        "code = its first character (inferred; no source states the hierarchy). Letters sit under the five NHS "
        "headings (label prefixes, inferred). Kinds: C G L P S and the 'Other ...' sub-codes C3 CY GF LK PE SE are "
        "OTHER (CW 'Other republics...' is a named group: SUBSTANTIVE); Z NOT_STATED. firstCharacterIsNational "
        "true. alternativeLabels of letters = NHS DD label. XML copyright text says Apache-2.0; SOURCES.md says "
        "OGL v3 / HL7 UK.",
    "nhs-gdppr-ethnic-category": "Labels from GDPPR categories CSV; headings and their membership taken from the NHS DD "
        "(inferred); T placed under White and W under Other Ethnic Groups (inferred, as instructed). Legacy values "
        "99, X, x, 9: removed as unknown by the GDPPR asset (S19) - they have no GDPPR code. alternativeLabels = "
        "NHS DD labels.",
    "ukcore-ethnic-category-wales": "Codes/labels from the CSV, checked equal to the UK Core Wales XML. Flat: the "
        "reference gives no headings for the Wales list. Kinds: G L P S OTHER, Z NOT_STATED; no 99 in the list.",
    "ukcore-ethnic-category-scotland": "Codes/labels from the CSV, checked equal to the UK Core Scotland XML (the "
        "XML has a stray 'c' text node after 1K's display; ignored). Headings inferred from the first digit of the "
        "code (1 White, 2 Mixed, 3 Asian, 4 African, 5 Caribbean or Black, 6 Other) using Scotland 2011 census "
        "section names of SCHEMES.md §3.3/§4.4 as code and label. Kinds: 1Z 3Z 4Y 5Y 6Z OTHER, 98 NOT_STATED, "
        "99 NOT_KNOWN.",
    "ons-census-2001-england-wales": "ONS published no codes in the reference: codes are the EFF classification 16A "
        "standard values and heading codes the 16A parent values (Asian, Black, Mixed, White, Other inc Chinese). "
        "Labels from SCHEMES.md §3.1 (2001 column); presentation order = NHS DD letter order (SCHEMES.md §3.1 says "
        "this order is inferred). Letter -> 16A value matched by label (inferred). Kinds: the five 'other' "
        "categories OTHER. alternativeLabels: EFF display.",
    "ons-census-2011-england-wales": "Labels and order from KS201EW; codes = EFF 18A standard values matched by label "
        "(inferred); heading codes = 18A parents, heading labels = KS201EW label prefixes. alternativeLabels: EFF "
        "display, 2011 question headings (SCHEMES.md §3.1).",
    "ons-census-2021-england-wales": "Codes 1-19 and -8 and labels from the 20b CSV (secondary source S11: two "
        "independent reproductions, not the ONS page). Heading labels = high_level column; heading codes = EFF 19A "
        "parent values (matched by label, inferred). Order = questionnaire order of SCHEMES.md §3.1 (S10). -8 Does "
        "not apply: NOT_KNOWN, no heading. alternativeLabels: EFF 19A display, questionnaire wordings (§3.1).",
    "snomed-ct-ethnicity": "Union of 671 concepts (no concept appears only in the NHS Digital file, so there is no "
        "term gap). Label = first term found in: uk-categories 516dea7b, 0removed 22911876, PRIMIS eth2001, "
        "non_eth2001, not-stated/refused/not-recorded; other spellings (e.g. PRIMIS '... ethnic grouping 2001 "
        "census') become alternativeLabels; leading/trailing spaces trimmed. Kinds: §4.2 not stated/refused "
        "NOT_STATED, not recorded/unknown NOT_KNOWN; §4.1 structural concepts plus header, carer and care-plan "
        "concepts (listed in the script) selectable=false NOT_KNOWN; '... NOS' concepts NOT_KNOWN; 'Other ...'/"
        "'Any other ...' terms OTHER (by rule in the script); else SUBSTANTIVE. Flat; order by label. system "
        "http://snomed.info/sct is the HL7 FHIR URI for SNOMED CT (not from the reference folder).",
    "ctv3-ethnicity": "266 unique codes (270 rows; identical duplicates collapse). Flat, file order. 'Other ...' terms "
        "OTHER by rule, else SUBSTANTIVE (the list has no not-stated codes). Case-sensitive. system "
        "http://read.info/ctv3 is the HL7 FHIR URI for CTV3 (not from the reference folder).",
    "us-omb-1997": "Roots 1000-9 Race and 2133-7 Ethnicity are non-selectable headings; 2131-1 Other Race OTHER; UNK "
        "NOT_KNOWN and ASKU NOT_STATED are HL7 v3 NullFlavor codes (a different code system from "
        "urn:oid:2.16.840.1.113883.6.238). alternativeLabel 'Non Hispanic or Latino' = US Core <= 4.0 display "
        "(SCHEMES.md §6.1).",
    "nz-ethnicity": "Levels 1-2 with level-2 parent = level1_parent. 9 Residual Categories: selectable=false "
        "NOT_KNOWN (a grouping). 95 Refused and 99 Not Stated NOT_STATED (in NZ 99 means not stated); 94 96 97 98 "
        "NOT_KNOWN. 6/61 Other Ethnicity, 12 Other European, 37 Other Pacific Peoples, 44 Other Asian OTHER.",
    "example-london-borough": "ILLUSTRATIVE, not a published standard. Labels are the project's example list. Local "
        "code = national letter + one local digit; C2 C3 (national PDS sub-codes) and every other PDS code are "
        "avoided. Parents follow SNOMED 2001-census groupings of SCHEMES.md §4.3 (Filipino, Vietnamese, Tamil -> L; "
        "Somali, Nigerian -> N; Turkish, Turkish Cypriot, Polish -> C; Kurdish, Latin American, Moroccan, Iranian -> "
        "S) and ONS-style conventions (Eritrean, Ethiopian, Ghanaian -> N; Portuguese -> C; Egyptian, Yemeni -> S; "
        "Afghan -> L).",
    "opensafely-snomed-to-nhs-2001": "Grouping_16 -> letter. EQUIVALENT for the 16 main 2001-census concepts "
        "(identified as those whose PDS code by label in snomed_2001_census_crosswalk.csv is a single letter); else "
        "BROADER. Comments name PRIMIS/NHSD disagreements (SCHEMES.md §4.6).",
    "primis-snomed-to-nhs-2001": "grouping_16_id -> letter; same EQUIVALENT/BROADER rule. PRIMIS not-stated/refused/"
        "not-recorded lists are not mapped: PRIMIS gives them no grouping.",
    "nhsd-gdppr-snomed-to-gdppr": "Rows as published. Equivalence is this project's annotation: Z rows per SCHEMES.md "
        "§4.2 (not stated EQUIVALENT, refused BROADER, not recorded/unknown INEXACT); 14999008 Welsh -> B INEXACT "
        "(likely error, kept); main 2001 concepts EQUIVALENT; else BROADER.",
    "opensafely-ctv3-to-nhs-2001": "Grouping_16 -> letter; EQUIVALENT for the 16 main 2001-census CTV3 codes (term "
        "stem equal to a main SNOMED 2001 term stem), else BROADER.",
    "census-2021-to-nhs-2001": "Joined by label. Gypsy/Irish Traveller, Roma -> C and Arab -> S INEXACT (conventions, "
        "file note as comment); Other White -> C and Any other -> S BROADER; others EQUIVALENT; -8 UNMATCHED.",
    "nhs-2001-to-census-2021": "Reverse: C -> 17 (default), 15, 16 and S -> 19 (default), 18 NARROWER; R -> 2 "
        "EQUIVALENT with heading-move comment; Z, 99 UNMATCHED; others EQUIVALENT.",
    "census-2011-to-census-2021": "By label (SCHEMES.md §3.1). Other White -> 17 (default), 16 Roma NARROWER; others "
        "EQUIVALENT.",
    "gdppr-to-nhs-2001": "A-S, Z identity EQUIVALENT; T -> C, W -> S INEXACT (conventions).",
    "hes-ethnos-pre-2003": "Codes and labels of nhs/hes_ethnos_pre2003.csv (BHF DSC reference data; labels also in "
        "BHFDSC/CCU013_01 'From HES APC Data Dictionary'; no NHS Digital HES dictionary page seen). Status retired "
        "(used 1995-96 to 2000-01). Kinds: 3 Black - Other and 8 Any other OTHER, 9 Not given NOT_STATED (the "
        "source maps it to Z), X Not known NOT_KNOWN; flat.",
    "hes-ethnos-pre-2003-to-nhs-2001": "mapped_2001_code column as published by BHF DSC; 1 2 4 5 6 7 EQUIVALENT by "
        "label; 0 -> A (source convention, 0 covered A, B, C), 3 -> P, 8 -> S, 9 -> Z, X -> 99 (by meaning) "
        "INEXACT.",
    "scotland-census-2022": "Codes A1-F2 are the reference file's local keys, not NRS codes (NRS output codes for "
        "2022 were not found); headings A-F are the SSCQ 2022 section letters, labelled with the section names. "
        "Labels use the SSCQ 2022 / NRS-output wording; the census-form wording ('Scottish Pakistani', ...) is "
        "unverified and not used. Kinds: A8 Any other white, C5 Other Asian and F2 Other are OTHER (write-in "
        "residuals); the single Mixed, African and Caribbean or Black boxes are SUBSTANTIVE. Order within White "
        "partly from SCHEMES.md (Irish before Polish, not checked on the NRS form). No not-stated code in the source.",
    "ni-census-2021": "Codes 1-13 and labels of NISRA ETHNIC_GROUP_INTERMEDIATE; flat (NISRA gives no headings). "
        "7 Pakistani, 8 Arab and 9 Other Asian are output categories from write-ins, not tick-boxes (tick-box flags "
        "from SCHEMES.md §3.4, S9). Kinds: 9 Other Asian, 11 Black Other and 13 Other ethnicities OTHER (13 = 'Any "
        "other ethnic group' plus write-ins not separately reported: the reference's interpretation).",
    "us-omb-2024": "7 minimum categories (selectable: a response may stop at the minimum category) in the file's "
        "order, each with its six required detailed categories and 'Another group' (write-in preferred; OTHER). "
        "Codes such as ASIAN_03 are the reference file's local keys: OMB publishes no codes and there is no CDC "
        "code for MENA. Detailed lists other than Asian rest on the definitions page (SOURCES.md).",
    "eth16": "Codes and labels of the eth16 columns; 17 Not stated NOT_STATED; 3 7 11 14 16 (the 'Other ...' "
        "groups) OTHER. The alignment of eth16 to NHS 2001 letters is by label (SOURCES.md).",
    "eth5": "Codes and labels of the eth5 columns (0 White, 1 South Asian, 2 Black, 3 Other, 4 Mixed, 5 Not stated; "
        "Chinese in Other). 3 Other OTHER, 5 NOT_STATED. Other eth5 numberings exist (OpenSAFELY LSHTM studies).",
    "qrisk2-ethnicity": "Exeter QRISK2 coding (qrisk2_exeter_code, qrisk_label). 0 labelled 'Unknown' (the first "
        "part of the Z/99 row's label; the rest names ClinRisk's ethrisk 1, not bundled). 0 NOT_KNOWN, 5 Other "
        "Asian and 9 Other OTHER. Mapping letters to QRISK2 groups is the Exeter convention; ClinRisk defines only "
        "the 9 groups.",
    "broad-groups-data-dictionary": "The five required parents of EFF classification 5A (ONS 2001 5+1): Asian, "
        "Black, Mixed, White, Other inc Chinese. The convention of the NHS Data Dictionary headings (Chinese under "
        "Other Ethnic Groups). 'Other inc Chinese' OTHER.",
    "broad-groups-census-2021": "The five required parents of EFF classification 5B (ONS 2011 5+1): Asian, Black, "
        "Mixed, White, Other; EFF 19A keeps these parents for Census 2021 (Chinese under Asian, SCHEMES.md §7.2). "
        "Other OTHER.",
    "nhs-2001-to-eth16": "eth16_code by letter; A-S EQUIVALENT (alignment by label, SOURCES.md), Z and 99 -> 17 "
        "Not stated BROADER.",
    "nhs-2001-to-eth5": "eth5_code by letter, all BROADER (R Chinese -> 3 Other); Z and 99 -> 5 Not stated.",
    "nhs-2001-to-qrisk2-ethnicity": "qrisk2_exeter_code by letter (Exeter convention): H J K M N R EQUIVALENT, others "
        "BROADER (D-G, P, S -> 9 Other); Z and 99 -> 0 Unknown.",
    "nhs-2001-to-broad-groups-data-dictionary": "Each letter to the EFF 5A group of its Data Dictionary heading "
        "(R Chinese -> Other inc Chinese); BROADER; Z, 99 UNMATCHED (inferred: heading names matched to EFF parents).",
    "nhs-2001-to-broad-groups-census-2021": "As above but R Chinese -> Asian, where EFF 18A/19A put Chinese; S -> "
        "Other; BROADER; Z, 99 UNMATCHED (inferred).",
    "census-2021-to-broad-groups-data-dictionary": "Each category to its heading (EFF 19A parent), except 2 Chinese "
        "-> Other inc Chinese and the Other heading (18 Arab, 19 Any other) -> Other inc Chinese; BROADER; -8 "
        "UNMATCHED (inferred).",
    "census-2021-to-broad-groups-census-2021": "Each category to its Census 2021 heading (EFF 19A parent = EFF 5B "
        "group); BROADER; -8 UNMATCHED.",
}

SYNONYMS_PROVENANCE_NOTE = ("Synonyms for %s: %d texts of the EFF lookup whose standard value names exactly one "
    "code, by the EFF value -> code table typed into the script (this project's reading; listed in the file's "
    "description with the left-out values and why). Broad groups, two-code values, convention-only mappings and "
    "Unknown are left out; so are 'white non-british' (it also covers White Irish), texts the scheme already recognises and texts that equal, ignoring case, spacing "
    "and punctuation, a lookup text with another outcome. Texts kept as published (lower case). Typed in: "
    "'asked and declined' texts for Z Not stated where the scheme has it ('prefer not to say': LOINC answer, "
    "USERS-AND-METRICS.md 1.4; 'refused': SCHEMES.md 1.3). broadGroups: %d lookup texts whose EFF value is a "
    "broad group (such as bame, bme), recognised as a broad group, not an ethnic category.")


def provenance(entries):
    lines = [
        "# Bundled coding schemes and crosswalks: provenance",
        "",
        "Generated by `coding-schemes/tools/generate_bundled_data.py` from the reference files described in "
        "`SOURCES.md` and `SCHEMES.md` (source keys S1-S34). Do not edit the JSON by hand: change the script and "
        "re-run it.",
        "",
        "Where a scheme has no published heading codes, the heading name is used as both code and label "
        "(noted per file). Census heading codes are EFF classification parent values. Everything marked "
        "'inferred' is this project's reading of the sources, not a statement by a publisher.",
        "",
        "| File | Source | Version | Licence | Derived / inferred |",
        "|---|---|---|---|---|",
    ]
    for filename, obj in entries:
        if "synonyms" in obj:
            cells = [filename, obj["source"], "ethnicity-facts-and-figures@1d303927", obj["licence"],
                     SYNONYMS_PROVENANCE_NOTE % (obj["scheme"], len(obj["synonyms"]), len(obj["broadGroups"]))]
        else:
            cells = [filename, obj["source"], obj["version"], obj["licence"], PROVENANCE_NOTES[obj["id"]]]
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in cells) + " |")
    lines.append("")
    return "\n".join(lines)


def main(argv=None):
    global _dossier_text
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("reference", nargs="?", default=str(REPO_ROOT.parent / "shared" / "reference"),
                        help="reference directory (default: ../shared/reference relative to the repository root)")
    parser.add_argument("--out", default=str(OUT_DIR), help="output directory (default: the bundled resources)")
    parser.add_argument("--index", help="data index file (default: META-INF/equality-monitoring/index.json in "
                                        "the bundled resources, or index.json in --out if given)")
    args = parser.parse_args(argv)
    ref = Path(args.reference).resolve()
    out = Path(args.out).resolve()
    index_file = Path(args.index).resolve() if args.index else (
        INDEX_FILE if out == OUT_DIR.resolve() else out / "index.json")
    check((ref / "SCHEMES.md").is_file(), "reference directory %s has no SCHEMES.md" % ref)
    _dossier_text = (ref / "SCHEMES.md").read_text(encoding="utf-8-sig").replace("**", "")

    nhs2001 = build_nhs_2001(ref)
    extended = build_nhs_extended(ref)
    gdppr = build_gdppr(ref)
    census2021 = build_census_2021(ref)
    census2011 = build_census_2011(ref)
    schemes = [nhs2001, extended, gdppr, build_wales(ref), build_scotland(ref), build_census_2001(ref),
               census2011, census2021, build_snomed(ref), build_ctv3(ref), build_us_omb(ref), build_nz(ref)]
    ethnos = build_hes_ethnos(ref)
    schemes.append(ethnos)
    research = build_research_schemes(ref)
    broad_groups = build_broad_group_schemes(ref)
    schemes += [build_scotland_2022(ref), build_ni_2021(ref), build_us_omb_2024(ref)] + research + broad_groups
    examples = [build_london_example(ref, nhs2001, extended)]
    by_id = collections.OrderedDict((s["id"], s) for s in schemes)
    check(len(by_id) == len(schemes), "duplicate scheme id")
    for s in schemes:
        validate_scheme(s)
    for s in examples:
        validate_scheme(s, base=by_id[s["extends"]])

    forward_2021 = build_census2021_to_nhs_cw(ref, census2021)
    crosswalks = [build_opensafely_snomed_cw(ref), build_primis_cw(ref), build_nhsd_cw(ref), build_ctv3_cw(ref),
                  forward_2021, build_nhs_to_census2021_cw(ref, census2021, forward_2021),
                  build_2011_to_2021_cw(ref, census2011, census2021), build_gdppr_to_nhs_cw(ref, gdppr, nhs2001),
                  build_hes_ethnos_cw(ref, ethnos, nhs2001)]
    crosswalks += build_research_cws(ref, research) + build_broad_group_cws(ref, nhs2001, census2021, broad_groups)
    for cw in crosswalks:
        validate_crosswalk(cw, by_id)
    check(len({cw["id"] for cw in crosswalks}) == len(crosswalks), "duplicate crosswalk id")

    synonym_files = []
    synonym_counts = {}
    for sid in SYNONYM_TABLES:
        obj, counts = build_synonyms(ref, by_id[sid])
        validate_synonyms(obj, by_id)
        synonym_files.append(obj)
        synonym_counts[sid] = counts

    entries = []
    for s in schemes:
        name = s["id"] + ".scheme.json"
        write(out / name, dump(s))
        entries.append((name, s))
    for cw in crosswalks:
        name = cw["id"] + ".crosswalk.json"
        write(out / name, dump(cw))
        entries.append((name, cw))
    for s in examples:
        name = "examples/" + s["id"] + ".scheme.json"
        write(out / name, dump(s))
        entries.append((name, s))
    for obj in synonym_files:
        name = "synonyms/" + obj["scheme"] + ".synonyms.json"
        write(out / name, dump(obj))
        entries.append((name, obj))
    index = collections.OrderedDict([
        ("schemes", [CLASS_PATH_DIR + s["id"] + ".scheme.json" for s in schemes]),
        ("crosswalks", [CLASS_PATH_DIR + cw["id"] + ".crosswalk.json" for cw in crosswalks]),
        ("examples", [CLASS_PATH_DIR + "examples/" + s["id"] + ".scheme.json" for s in examples]),
        ("synonyms", [CLASS_PATH_DIR + "synonyms/" + obj["scheme"] + ".synonyms.json" for obj in synonym_files])])
    write(index_file, dump(index))
    write(out / "PROVENANCE.md", provenance(entries))

    for name, obj in entries:
        if "synonyms" in obj:
            counts = synonym_counts[obj["scheme"]]
            print("%-55s %4d synonyms (%s)" % (name, len(obj["synonyms"]), ", ".join(
                "%s %d" % (k, v) for k, v in sorted(counts.items()) if k != "synonyms")))
        elif "categories" in obj:
            print("%-55s %4d codes (%d selectable)" % (name, len(codes(obj)), len(selectable_codes(obj))))
        else:
            print("%-55s %4d rows" % (name, len(obj["rows"])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
