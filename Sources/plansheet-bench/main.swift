import Spreadsheet
print("{}")
