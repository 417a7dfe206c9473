#!/usr/bin/env python3
"""Writes the faulty submitted sheets in samples/submitted/.

Each file is a partner's budget submission with deliberate faults; samples/README.md
lists every fault and the finding `plansheet validate --plan samples/tryghedsplan-2013.json`
gives for it (rule, severity, sheet, cell, expected, found), and
Tests/PlanMappingTests/ValidateSampleTests.swift asserts exactly those findings.
Like scripts/make-partner-samples.py (whose figures and helpers this script reuses) the
files are made with openpyxl and Python's csv module, not with our own writer:

    python3 scripts/make-submitted-samples.py samples/submitted samples/mappings

It also writes samples/mappings/okonomisystem-udtraek.csv, a finance-system export that
only a mapping file (samples/mappings/okonomisystem-udtraek.yaml) makes readable.
"""
import datetime
import importlib.util
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Font

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("partners", os.path.join(HERE, "make-partner-samples.py"))
partners = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(partners)

sys.modules["partners"] = partners
from partners import (  # noqa: E402  (the module is loaded from its file above)
    ACTIVITIES, CRIME, FRAME, REDUCTIONS, YEARS, danish, danish_csv, overview_header, overview_totals, target,
    year_row, year_total)

FIXED_TIME = datetime.datetime(2013, 6, 1, 12, 0, 0)


def save(wb, path):
    """Saves with fixed document times, so that running the script again gives the same files."""
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    wb.save(path)


def area_sheet(wb, area, total_override=None):
    """One area table in kroner, like the plan's "Aktiviteter under indsatsområde N"."""
    headers = ["Indsats-område", "Aktivitet"] + [f"Finansiering {y}" for y in YEARS]
    return partners.area_sheet(wb, area, headers, lambda kroner: kroner, "#,##0", totals=total_override)


def overview_and_areas(path):
    """A full submission in one workbook: the overview (merged "Finansiering" header) and
    one sheet per focus area. Faults (cells as validate reports them):
      - Oversigt C7: "Belysning på Volden" 2013 is 350.000 in the overview, 340.000 in its
        area table (overview-area-mismatch); the overview's "I alt" and "Resterende" for
        2013 follow the 350.000, so only the pairing shows it;
      - Oversigt C9: "30.000." typed as text with a stray point (amount-format);
      - Oversigt D15: "Resterende beløb pr. år" 2014 is 950.000, not 970.000 (remaining-mismatch);
      - Område 1 C7: "I alt" 2013 is 610.000, the rows add up to 600.000 (area-total-mismatch);
      - Område 5 has no activities (focus-area-empty, information).
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "Oversigt"
    ws["A1"] = "Oversigt over aktiviteter i Tingbjerg-Husum Partnerskab i 2013 og frem"
    ws["A1"].font = Font(bold=True, size=14)
    overview_header(ws, 3, lambda y: y)
    overview = {short: dict(funding) for _, _, short, funding, _ in ACTIVITIES}
    overview["Belysning på Volden"][2013] = 350000
    row = 5
    for area, _, short, _, _ in ACTIVITIES:
        ws.cell(row=row, column=1, value=area)
        ws.cell(row=row, column=2, value=short)
        year_row(ws, row, overview[short], "#,##0")
        if short == "Dialog med beboerne":
            ws.cell(row=row, column=3, value="30.000.")
        row += 1
    totals = {y: sum(f.get(y, 0) for f in overview.values()) for y in YEARS}
    remaining = {y: FRAME - totals[y] for y in YEARS}
    remaining[2014] = 950000
    overview_totals(ws, row, totals, remaining)
    row += 1
    ws.cell(row=row + 2, column=1, value="Alle beløb i kr.")
    ws.column_dimensions["B"].width = 48
    area_sheet(wb, 1, total_override={2013: 610000})
    for area in (2, 3, 4, 5):
        area_sheet(wb, area)
    wb.properties.creator = "Tingbjerg-Husum Partnerskab (testfil med fejl)"
    save(wb, path)


def overview_csv(path):
    """An overview as a Danish Excel CSV (";", UTF-8 with BOM, CRLF). Faults:
      - a column "Finansiering 2017", outside the plan period 2013-2016 (year-out-of-period);
      - "Akutpulje" under focus area 6, which does not exist (focus-area-invalid);
      - "Beboercentrum" twice in focus area 3 (duplicate-activity at the second);
      - "Kommunikationsindsats" 2015 written "450.000." (amount-format).
    The "I alt" and "Resterende" rows add up, the duplicate included.
    """
    years = YEARS + [2017]
    rows = [["Tingbjerg-Husum Partnerskab - oversigt (indsendt)"], [],
            ["Indsatsområde", "Aktivitet"] + [f"Finansiering {y}" for y in years] + ["Ansvarlig"]]
    lines = []
    for area, _, short, funding, responsible in ACTIVITIES:
        lines.append((6 if short == "Akutpulje" else area, short, dict(funding), responsible))
        if short == "Beboercentrum":
            lines.append((area, short, dict(funding), responsible))
    lines[3][2][2017] = 450000
    for area, short, funding, responsible in lines:
        cells = [danish(funding[y]) if y in funding else "" for y in years]
        if short == "Kommunikationsindsats":
            cells[YEARS.index(2015)] = "450.000."
        rows.append([str(area), short] + cells + [responsible])
    totals = {y: sum(f.get(y, 0) for _, _, f, _ in lines) for y in years}
    rows.append(["I alt", ""] + [danish(totals[y]) for y in years] + [""])
    rows.append(["Resterende beløb pr. år", ""] + [danish(FRAME - totals[y]) for y in years] + [""])
    rows.append([])
    rows.append(["Beløb i kr."])
    danish_csv(path, rows)


def crime_csv(path):
    """Crime targets as a Danish CSV. Faults:
      - Indbrud 2016 is 115: 154 - 25 % = 115,5 was rounded down, not half up (crime-target-mismatch);
      - Narkotika 2015 is 17, as in 2014: the target does not fall, and 20 - 20 % is 16
        (crime-target-mismatch and crime-target-not-decreasing at the same cell).
    """
    rows = [["Kriminalitetsmål for Tingbjerg-Husum (SSP København)"], [],
            ["Gerningstype", "Basis 2012"] + [str(y) for y in YEARS]]
    for offence, base in CRIME:
        targets = [target(base, REDUCTIONS[y]) for y in YEARS]
        if offence == "Indbrud":
            targets[3] = base * (100 - REDUCTIONS[2016]) // 100
        if offence == "Narkotika":
            targets[2] = targets[1]
        rows.append([offence, str(base)] + [str(t) for t in targets])
    danish_csv(path, rows)


def english_workbook(path):
    """An English budget in DKK thousands (AAB's layout). Faults:
      - "Budget 2014" of "Det gode valg" holds the error value #REF! (amount-invalid);
      - "Budget 2013" of "Akutpulje" is 20.0005 thousand, i.e. 20.000,5 kr. (amount-invalid);
      - "Budget 2016" of "Tovholder …" is typed as the text "150" (amount-format: text in a workbook).
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws["A1"] = "AAB - Tingbjerg-Husum Partnership budget (submitted)"
    ws["A2"] = "Amounts in DKK thousands"
    ws.append([])
    ws.append(["Focus area", "Activity"] + [f"Budget {y}" for y in YEARS] + ["Responsible"])
    for area, _, short, funding, responsible in ACTIVITIES:
        values = [funding[y] // 1000 if y in funding else None for y in YEARS]
        if short == "Det gode valg":
            values[1] = "#REF!"
        if short == "Akutpulje":
            values[0] = 20.0005
        if short.startswith("Tovholder"):
            values[3] = "150"
        ws.append([area, short] + values + [responsible])
    ws.append([None, "Total"] + [year_total(y) // 1000 for y in YEARS] + [None])
    wb.properties.creator = "AAB (testfil med fejl)"
    save(wb, path)


def finance_export_csv(path):
    """An export from a finance system that detection cannot read: the columns are called
    "Konto", "Tekst", "IO" and "B13".."B16" (budget 2013..2016), names are abbreviated, and
    amounts are in kroner with a decimal comma. samples/mappings/okonomisystem-udtraek.yaml
    (and .json) say where the table is; the account column holds the plan's activity ids.
    """
    short = {"1.1": "Indbrudskamp.", "1.2": "Skoleindsats", "1.3": "Belysning Volden", "2.1": "Kommunikationsmedarb.",
             "3.1": "Dialog beboere", "3.2": "Akutpulje", "3.3": "Fysisk ramme", "3.4": "Tovholder dialog",
             "4.1": "Forløb ansatte"}
    rows = [["Udtræk fra økonomisystemet, budget Tingbjerg-Husum (kr.)"],
            ["Konto", "Tekst", "IO"] + [f"B{y % 100}" for y in YEARS]]
    ordinal = {}
    for area, _, _, funding, _ in ACTIVITIES:
        ordinal[area] = ordinal.get(area, 0) + 1
        ident = f"{area}.{ordinal[area]}"
        rows.append([ident, short[ident], str(area)] + [f"{danish(funding[y])},00" if y in funding else "0,00" for y in YEARS])
    rows.append(["", "Sum", ""] + [f"{danish(year_total(y))},00" for y in YEARS])
    danish_csv(path, rows)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "samples/submitted"
    mappings = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(out.rstrip("/")) or ".", "mappings")
    os.makedirs(out, exist_ok=True)
    os.makedirs(mappings, exist_ok=True)
    finance_export_csv(os.path.join(mappings, "okonomisystem-udtraek.csv"))
    overview_and_areas(os.path.join(out, "oversigt-og-omraader-fejl.xlsx"))
    overview_csv(os.path.join(out, "oversigt-fejl.csv"))
    crime_csv(os.path.join(out, "kriminalitetsmaal-fejl.csv"))
    english_workbook(os.path.join(out, "aab-budget-fejl.xlsx"))


if __name__ == "__main__":
    main()
