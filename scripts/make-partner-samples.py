#!/usr/bin/env python3
"""Writes the sample partner sheets in samples/partners/.

The partners keep their own finance spreadsheets in their own layouts. These samples are
made with openpyxl (software nobody on this project wrote) and plain Python CSV, so the
import tests read files that did not come from our own writer. Every sheet holds the
2013 plan's figures (DOMAIN.md) in its partner's layout; run again to regenerate them:

    python3 scripts/make-partner-samples.py samples/partners
"""
import csv
import io
import os
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font

YEARS = [2013, 2014, 2015, 2016]
# (area, area-table name, overview name, {year: kroner}, responsible)
ACTIVITIES = [
    (1, "Indbrudskampagne i Tingbjerg-Husum", "Indbrudsindsats", {2013: 40000},
     "Tingbjerg-Husum Partnerskabs arbejdsgruppe og Københavns Politi"),
    (1, "Skoleindsats \u201dDet gode valg\u201d", "Det gode valg", {2013: 220000, 2014: 180000},
     "Arbejdsgruppen, skolerne og SSP København"),
    (1, "Belysning på Volden", "Belysning på Volden", {2013: 340000},
     "Brønshøj-Husum Lokaludvalg samt Teknik- og Miljøforvaltningen"),
    (2, "Kommunikationsmedarbejder (25 timer pr. uge)", "Kommunikationsindsats",
     {2013: 450000, 2014: 450000, 2015: 450000, 2016: 450000}, "Tingbjerg-Husum Partnerskab"),
    (3, "Dialog med beboerne om deres holdninger og ønsker til tryghed i området", "Dialog med beboerne",
     {2013: 30000, 2014: 30000}, "Boligorganisationerne"),
    (3, "Akutpulje til understøttelse af beboerdrevne initiativer for tryghed og mod kriminalitet", "Akutpulje",
     {2013: 20000, 2014: 20000, 2015: 20000, 2016: 20000}, "Tovholder for indsatsområde 3"),
    (3, "Fysisk ramme for borgerdeltagelse og engagement", "Beboercentrum",
     {2013: 200000, 2014: 200000}, "Boligorganisationerne"),
    (3, "Tovholder for dialog og aktivt medborgerskab \u2013 (12 timer pr. uge)",
     "Tovholder for dialog og aktivt medborgerskab",
     {2013: 150000, 2014: 150000, 2015: 150000, 2016: 150000}, "Tingbjerg-Husum Partnerskab"),
    (4, "Udarbejdelse af forløb for de ansatte i Tingbjerg-Husum samt fyraftensmøde",
     "Fyraftensmøde og udarbejdelse af forløb for de ansatte i Tingbjerg-Husum", {2013: 40000},
     "Arbejdsgruppen"),
]
FRAME = 2_000_000
CRIME = [("Indbrud", 154), ("Tyverier", 462), ("Vold/Trusler", 65), ("Hærværk", 73),
         ("Narkotika", 20), ("Chikane", 32)]
REDUCTIONS = {2013: 10, 2014: 15, 2015: 20, 2016: 25}


def target(baseline, reduction):
    return (baseline * (100 - reduction) * 2 + 100) // 200


def year_total(year, area=None):
    return sum(f.get(year, 0) for a, _, _, f, _ in ACTIVITIES if area is None or a == area)


def danish(n):
    """1490000 -> '1.490.000'"""
    return f"{n:,}".replace(",", ".")


def year_row(ws, row, amounts, number_format=None):
    """Writes `amounts` ({year: value}) into the year columns (C for the first year) of `row`;
    a year without a value stays empty."""
    for i, y in enumerate(YEARS):
        if y in amounts:
            c = ws.cell(row=row, column=3 + i, value=amounts[y])
            if number_format:
                c.number_format = number_format


def overview_header(ws, row, year_label):
    """The overview's header: "Indsatsområde", "Aktivitet" and "Finansiering" merged over the
    year columns in `row`, each year (as `year_label` writes it) under it."""
    ws.cell(row=row, column=1, value="Indsatsområde")
    ws.cell(row=row, column=2, value="Aktivitet")
    ws.cell(row=row, column=3, value="Finansiering")
    ws.merge_cells(start_row=row, start_column=3, end_row=row, end_column=2 + len(YEARS))
    ws.cell(row=row, column=3).alignment = Alignment(horizontal="center")
    for i, y in enumerate(YEARS):
        ws.cell(row=row + 1, column=3 + i, value=year_label(y))


def overview_totals(ws, row, totals, remaining):
    """The overview's "I alt" row (`totals`) at `row` and "Resterende beløb pr. år" (`remaining`)
    under it, in kr."""
    ws.cell(row=row, column=1, value="I alt")
    year_row(ws, row, totals, "#,##0")
    ws.cell(row=row + 1, column=1, value="Resterende beløb pr. år")
    year_row(ws, row + 1, remaining, "#,##0")


def area_sheet(wb, area, headers, amount, number_format=None, remark=None, totals=None):
    """Focus area `area`'s table on its own sheet "Område N": a bold title, `headers` in row 3,
    a row per activity of the area (amounts in kr. written as `amount` gives them, `remark` in
    column G), a proposal line when the area has none, and "I alt" (the area's sums, or
    `totals` for the years it gives; a year summing to 0 stays empty)."""
    ws = wb.create_sheet(f"Område {area}")
    ws["A1"] = f"Aktiviteter under indsatsområde {area} \u2013 økonomisk ramme"
    ws["A1"].font = Font(bold=True)
    for i, h in enumerate(headers):
        ws.cell(row=3, column=1 + i, value=h)
    rows = [a for a in ACTIVITIES if a[0] == area]
    r = 4
    for a, name, _, funding, _ in rows:
        ws.cell(row=r, column=1, value=a)
        ws.cell(row=r, column=2, value=name)
        year_row(ws, r, {y: amount(v) for y, v in funding.items()}, number_format)
        if remark:
            ws.cell(row=r, column=7, value=remark)
        r += 1
    if not rows:
        ws.cell(row=r, column=2, value="Forslag forelægges styregruppen august 2013")
        r += 1
    ws.cell(row=r, column=1, value="I alt")
    sums = {y: year_total(y, area) for y in YEARS}
    sums.update(totals or {})
    year_row(ws, r, {y: amount(t) for y, t in sums.items() if t}, number_format)
    ws.column_dimensions["B"].width = 60
    return ws


def overview_workbook(path):
    """Københavns Kommune: the overview table of section 10, kr., merged 'Finansiering' header."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Oversigt 2013"
    ws["A1"] = "Tingbjerg-Husum Partnerskab"
    ws["A1"].font = Font(bold=True, size=14)
    ws["A2"] = "Oversigt over aktiviteter i Tingbjerg-Husum Partnerskab i 2013 og frem"
    overview_header(ws, 4, str)
    ws["G4"] = "Ansvarlig"
    row = 6
    for area, _, short, funding, responsible in ACTIVITIES:
        ws.cell(row=row, column=1, value=area)
        ws.cell(row=row, column=2, value=short)
        year_row(ws, row, funding, "#,##0")
        ws.cell(row=row, column=7, value=responsible)
        row += 1
    overview_totals(ws, row, {y: year_total(y) for y in YEARS}, {y: FRAME - year_total(y) for y in YEARS})
    row += 1
    ws.cell(row=row + 2, column=1, value="Alle beløb i kr. Rammen er 2.000.000 kr. pr. år.")
    ws.column_dimensions["B"].width = 48
    wb.properties.creator = "Københavns Kommune"
    wb.save(path)


def area_workbook(path):
    """Københavns Politi: one sheet per focus area in t.kr., long names, a hidden remarks column,
    and a sheet of crime targets."""
    wb = Workbook()
    wb.remove(wb.active)
    headers = ["Indsats-område", "Aktivitet"] + [f"Finansiering {y} (t.kr.)" for y in YEARS] + ["Bemærkninger"]
    for area in (1, 2, 3, 4, 5):
        ws = area_sheet(wb, area, headers, lambda kroner: kroner // 1000, remark="Godkendt af styregruppen")
        ws.column_dimensions["G"].hidden = True
    ws = wb.create_sheet("Kriminalitetsmål")
    ws["A1"] = "Målsætninger for kriminaliteten i Tingbjerg-Husum (anmeldelser pr. år)"
    ws.append([])
    ws.append(["Gerningstype", "Basis 2012"] + [f"{y} (-{REDUCTIONS[y]} %)" for y in YEARS])
    for offence, base in CRIME:
        ws.append([offence, base] + [target(base, REDUCTIONS[y]) for y in YEARS])
    wb.properties.creator = "Københavns Politi"
    wb.save(path)


def english_workbook(path):
    """AAB: English headers, another column order, amounts in DKK thousands, a hidden row."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Budget"
    ws["A1"] = "AAB - Tingbjerg-Husum Partnership budget"
    ws["A2"] = "Amounts in DKK thousands"
    header = ["Activity", "Responsible"] + [f"Budget {y}" for y in reversed(YEARS)] + ["Focus area"]
    ws.append([])
    ws.append(header)
    for area, _, short, funding, responsible in ACTIVITIES:
        ws.append([short, responsible] + [funding[y] / 1000 if y in funding else None for y in reversed(YEARS)] + [area])
    ws.append(["Total", None] + [year_total(y) / 1000 for y in reversed(YEARS)] + [None])
    # A hidden helper row inside the table: still data, not noise.
    ws.row_dimensions[6].hidden = True
    for row in ws.iter_rows(min_row=5, max_row=ws.max_row, min_col=3, max_col=6):
        for c in row:
            c.number_format = "#,##0"
    wb.properties.creator = "AAB"
    wb.save(path)


def danish_csv(path, rows):
    """Writes rows the way Danish Excel saves 'CSV (semikolonsepareret)': UTF-8 BOM, ';', CRLF."""
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    w.writerows(rows)
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        f.write(buf.getvalue())


def long_csv(path):
    """fsb: one row per activity and year, Danish amounts as text."""
    rows = [["Indsatsområde", "Aktivitet", "År", "Beløb (kr.)", "Ansvarlig"]]
    for area, name, _, funding, responsible in ACTIVITIES:
        for y in YEARS:
            if y in funding:
                rows.append([str(area), name, str(y), danish(funding[y]), responsible])
    danish_csv(path, rows)


def stacked_csv(path):
    """SAB/KAB: the area tables stacked in one sheet, amounts with 'kr.', blank lines between."""
    rows = [["SAB/KAB - økonomisk ramme for Tingbjerg-Husum Partnerskab"], []]
    for area in (1, 2, 3, 4):
        rows.append([f"Aktiviteter under indsatsområde {area} \u2013 økonomisk ramme"])
        rows.append(["Indsatsomr.", "Aktivitet/projekt"] + [f"Budget {y}" for y in YEARS])
        for a, name, _, funding, _ in ACTIVITIES:
            if a == area:
                rows.append([str(a), name] + [f"{danish(funding[y])} kr." if y in funding else "-" for y in YEARS])
        rows.append(["I alt", ""] + [f"{danish(year_total(y, area))} kr." if year_total(y, area) else "-" for y in YEARS])
        rows.append([])
    rows.append(["Beløb i kr."])
    danish_csv(path, rows)


def crime_csv(path):
    """SSP København: the crime-target table as a Danish CSV."""
    rows = [["Gerningstype", "Basis 2012"] + [str(y) for y in YEARS]]
    for offence, base in CRIME:
        rows.append([offence, str(base)] + [str(target(base, REDUCTIONS[y])) for y in YEARS])
    danish_csv(path, rows)


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "samples/partners"
    os.makedirs(out, exist_ok=True)
    overview_workbook(os.path.join(out, "kommune-oversigt.xlsx"))
    area_workbook(os.path.join(out, "politi-indsatsomraader-tkr.xlsx"))
    english_workbook(os.path.join(out, "aab-budget-english.xlsx"))
    long_csv(os.path.join(out, "fsb-budget-lang.csv"))
    stacked_csv(os.path.join(out, "sabkab-omraader.csv"))
    crime_csv(os.path.join(out, "ssp-kriminalitetsmaal.csv"))


if __name__ == "__main__":
    main()
