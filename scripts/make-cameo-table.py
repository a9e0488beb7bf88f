#!/usr/bin/env python3
"""Builds resources/cameo/cameo.tsv from the CAMEO code list, GDELT's Goldstein table and the
CAMEO-to-PLOVER map. Run once when those sources change; the product reads only the TSV.

usage: make-cameo-table.py SHARED_CAMEO_DIR > resources/cameo/cameo.tsv
"""
import sys
from pathlib import Path


def read_tsv(path):
    rows = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            code, value = line.split("\t", 1)
            rows[code.strip()] = value.strip()
    return rows


def read_plover(path):
    types = {}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if ":" not in line or line.startswith("~"):
            continue
        code, rest = line.split(":", 1)
        plover = rest.split(",", 1)[0].strip()
        if code.strip().isdigit() and plover:
            types.setdefault(code.strip(), plover)
    return types


def quad_class(root):
    # GDELT's QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    r = int(root)
    return 1 if r <= 5 else 2 if r <= 8 else 3 if r <= 13 else 4


def plover_type(code, table):
    # A code missing from the map takes its nearest listed parent; appeals (02) are PLOVER REQUEST,
    # and public statements (01) have no PLOVER category.
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return {"01": "NONE", "02": "REQUEST"}[code[:2]]


# Names the distributed list garbles (curly quotes saved in another encoding, a letter lost),
# restored from the CAMEO 1.1b3 manual's wording.
REPAIRED_NAMES = {"044": 'Meet at a "third" location'}


def main():
    src = Path(sys.argv[1])
    names = read_tsv(src / "CAMEO.eventcodes.txt")
    names.update({code: name for code, name in REPAIRED_NAMES.items() if code in names})
    goldstein = read_tsv(src / "CAMEO.goldsteinscale.txt")
    plover = read_plover(src / "CAMEO2PLOVER-2021.txt")
    print("# CAMEO 1.1b3 event codes: code, name, Goldstein score, QuadClass, PLOVER type.")
    print("# Names: CAMEO 1.1b3 code list as distributed by GDELT. Goldstein: GDELT's CAMEO.goldsteinscale table.")
    print("# QuadClass: GDELT's grouping of roots (01-05, 06-08, 09-13, 14-20).")
    print("# PLOVER: CAMEO2PLOVER-2021 (OEDA, CC BY-SA 4.0); NONE = PLOVER codes no event for CAMEO 01x.")
    print("code\tname\tgoldstein\tquadclass\tplover")
    for code in names:
        print(f"{code}\t{names[code]}\t{goldstein[code]}\t{quad_class(code[:2])}\t{plover_type(code, plover)}")


if __name__ == "__main__":
    main()
