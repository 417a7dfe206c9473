import Foundation
import Testing
@testable import Spreadsheet

@Suite("XLSX writer smoke")
struct XLSXWriterSmokeTests {
    @Test("writes samples")
    func samples() throws {
        let folder = URL(fileURLWithPath: "/tmp/writer-samples")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try WriterSampleWorkbooks.writeEverything(to: folder.appendingPathComponent("everything.xlsx").path)
        try WriterSampleWorkbooks.writeConstantMemory(to: folder.appendingPathComponent("cm.xlsx").path)
        try WriterSampleWorkbooks.writeHiddenAndNames(to: folder.appendingPathComponent("hidden.xlsx").path)
    }
}
