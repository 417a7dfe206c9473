import Foundation
import Spreadsheet

/// The files a list of paths names: a file as given, a folder as the spreadsheets in it
/// (by extension, Office lock files included so that they are noted), its subfolders too
/// when `recursive`, in a stable order (by path, byte by byte). A path that does not
/// exist is kept, so that the scan reports it.
public enum InputFiles {
    /// The extensions of the files a folder is searched for: those read, and the
    /// spreadsheets that are not read (`.ods`, `.xls`), which the report names with advice.
    public static let spreadsheetExtensions: Set<String> = ["xlsx", "xlsm", "xltx", "xltm", "csv", "tsv", "ods", "xls"]

    /// The files named by `paths`, folders expanded, in argument order.
    public static func expand(_ paths: [String], recursive: Bool = false) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(path)
                continue
            }
            files += contents(of: path, recursive: recursive)
        }
        return files
    }

    private static func contents(of folder: String, recursive: Bool) -> [String] {
        let manager = FileManager.default
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let here = relative.isEmpty ? base : base + "/" + relative
            guard let names = try? manager.contentsOfDirectory(atPath: here) else { continue }
            for name in names {
                let child = relative.isEmpty ? name : relative + "/" + name
                var isFolder: ObjCBool = false
                guard manager.fileExists(atPath: base + "/" + child, isDirectory: &isFolder) else { continue }
                if isFolder.boolValue {
                    if recursive, !name.hasPrefix(".") { pending.append(child) }
                    continue
                }
                let ext = (name as NSString).pathExtension.lowercased()
                if SpreadsheetFormat.isLockFileName(name) || (spreadsheetExtensions.contains(ext) && !name.hasPrefix(".")) {
                    found.append(child)
                }
            }
        }
        return found.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { base + "/" + $0 }
    }
}
