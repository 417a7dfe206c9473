#!/usr/bin/env python3
"""Writes the layout samples in samples/layouts/: the 2013 plan's figures in layouts that
partners' offices make and that the importer finds by itself (samples/README.md describes
each one). Made with openpyxl and Python's csv module, like the other samples, reusing the
figures of scripts/make-partner-samples.py:

    python3 scripts/make-layout-samples.py samples/layouts

Importing every file here with `--plan samples/tryghedsplan-2013.json` gives that plan back.
"""
import datetime
import importlib.util
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

HERE = os.path.dirname(os.path.abspath(__file__))
_spec = importlib.util.spec_from_file_location("partners", os.path.join(HERE, "make-partner-samples.py"))
partners = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(partners)

ACTIVITIES, YEARS, danish, danish_csv, year_total = (
    partners.ACTIVITIES, partners.YEARS, partners.danish, partners.danish_csv, partners.year_total)
AREA_TITLES = {
    1: "Øge den oplevede tryghed og mindske kriminaliteten",
    2: "Kommunikationsindsats",
    3: "Beboernes aktive deltagelse i civilsamfundet",
    4: "En tværgående samarbejdskultur",
}
# What was spent (set aside by the importer: only the budget counts).
SPENT = {2013: 0.93, 2014: 0.41, 2015: 0.0, 2016: 0.0}


def budget_and_actuals_workbook(path):
    """Københavns Kommune's follow-up: each year (a date cell shown as the year, merged over
    two columns) over "Budget" and "Forbrug"; section headings instead of an area column;
    "I alt indsatsområde N" after each section and the grand total "I alt" above the
    activities; last spring's draft on a hidden sheet."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Opfølgning"
    ws["A1"] = "Tingbjerg-Husum Partnerskab \u2013 budget og forbrug"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A3"] = "Aktivitet"
    for i, year in enumerate(YEARS):
        column = 2 + 2 * i
        cell = ws.cell(row=3, column=column, value=datetime.datetime(year, 1, 1))
        cell.number_format = "yyyy"
        cell.alignment = Alignment(horizontal="center")
        ws.merge_cells(start_row=3, start_column=column, end_row=3, end_column=column + 1)
        ws.cell(row=4, column=column, value="Budget")
        ws.cell(row=4, column=column + 1, value="Forbrug")

    def amounts(row, funding, spent=True):
        for i, year in enumerate(YEARS):
            value = funding.get(year, 0)
            if value:
                ws.cell(row=row, column=2 + 2 * i, value=value).number_format = "#,##0"
                if spent and SPENT[year]:
                    ws.cell(row=row, column=3 + 2 * i, value=round(value * SPENT[year])).number_format = "#,##0"

    ws.cell(row=5, column=1, value="I alt").font = Font(bold=True)
    amounts(5, {y: year_total(y) for y in YEARS}, spent=False)
    row = 6
    for area in sorted(AREA_TITLES):
        ws.cell(row=row, column=1, value=f"Indsatsområde {area} \u2013 {AREA_TITLES[area]}").font = Font(bold=True)
        row += 1
        for a, name, _, funding, _ in ACTIVITIES:
            if a == area:
                ws.cell(row=row, column=1, value=name)
                amounts(row, funding)
                row += 1
        ws.cell(row=row, column=1, value=f"I alt indsatsområde {area}")
        amounts(row, {y: year_total(y, area) for y in YEARS}, spent=False)
        row += 1
    ws.column_dimensions["A"].width = 70
    draft = wb.create_sheet("Budget v1 (gl.)")
    draft.sheet_state = "hidden"
    draft.append(["Indsatsområde", "Aktivitet"] + YEARS)
    for a, name, _, funding, _ in ACTIVITIES:
        draft.append([a, name] + [funding.get(y, 0) + 10000 for y in YEARS])
    wb.properties.creator = "Københavns Kommune"
    wb.save(path)


def sheet_per_year_workbook(path):
    """fsb: one sheet per year ("Budget 2013" …), each with area, activity, budget and what
    was spent; the year only in the sheet's name and title."""
    wb = Workbook()
    wb.remove(wb.active)
    for year in YEARS:
        ws = wb.create_sheet(f"Budget {year}")
        ws["A1"] = f"fsb \u2013 budget {year}"
        ws["A1"].font = Font(bold=True)
        ws.append([])
        ws.append(["Indsatsområde", "Aktivitet", "Beløb", "Forbrug"])
        for area, name, _, funding, _ in ACTIVITIES:
            budget = funding.get(year, 0)
            ws.append([area, name, budget or None, round(budget * SPENT[year]) or None])
        ws.append(["I alt", None, year_total(year), None])
        ws.column_dimensions["B"].width = 70
    wb.properties.creator = "fsb"
    wb.save(path)


def ledger_csv(path):
    """The finance system's posting lines (Danish CSV): date, account, project, activity,
    area, year and amount; each activity's year booked in one to three lines."""
    rows = [["Bogføringsdato", "Konto", "Projekt", "Aktivitet", "Indsatsområde", "År", "Beløb"]]
    number = 0
    for area, name, _, funding, _ in ACTIVITIES:
        for year in YEARS:
            amount = funding.get(year, 0)
            if not amount:
                continue
            parts = [amount] if amount <= 40000 else [amount // 2, amount // 4, amount - amount // 2 - amount // 4]
            for part in parts:
                number += 1
                rows.append([f"{1 + number % 28:02d}-{1 + number % 12:02d}-{year}", str(4400 + area), f"P-{area}{number:03d}",
                             name, str(area), str(year), danish(part)])
    danish_csv(path, rows)


def turned_csv(path):
    """SAB/KAB's summary turned: a row per year, a column per activity (area above the name)."""
    rows = [["Indsatsområde"] + [str(a) for a, *_ in ACTIVITIES] + ["I alt"],
            ["Aktivitet"] + [name for _, name, *_ in ACTIVITIES] + [""]]
    for year in YEARS:
        rows.append([f"B{year}"] + [danish(f[year]) if year in f else "-" for _, _, _, f, _ in ACTIVITIES]
                    + [danish(year_total(year))])
    danish_csv(path, rows)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "samples/layouts"
    os.makedirs(out, exist_ok=True)
    budget_and_actuals_workbook(os.path.join(out, "kommune-budget-og-forbrug.xlsx"))
    sheet_per_year_workbook(os.path.join(out, "fsb-budget-pr-aar.xlsx"))
    ledger_csv(os.path.join(out, "okonomi-posteringer.csv"))
    turned_csv(os.path.join(out, "sabkab-aar-i-raekker.csv"))


if __name__ == "__main__":
    main()
