import CLibXML2
import Synchronization
import Testing

@testable import Spreadsheet

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A workbook refused for a DTD leaves nothing behind (issue 18): libxml2 builds a
/// document and a DTD to hold a declared entity, and the reader frees them on the
/// refusal path too. Before, 8,000 opens of such a workbook grew a process by 100 MB.
///
/// Memory is measured as libxml2's outstanding allocations (its allocator pointed at
/// counting wrappers of malloc for the test), not as the process's resident size, which
/// the other suites running alongside move by tens of megabytes.
@Suite("XLSX reader: refusals do not leak", .serialized)
struct XLSXRefusalLeakTests {
    static func refused(_ sharedStrings: String) -> [UInt8] {
        var fixture = WorkbookFixture(rows: #"<row r="1"><c r="A1" t="s"><v>0</v></c></row>"#)
        fixture.sharedStrings = sharedStrings
        return fixture.bytes
    }

    static let oneEntity = refused(
        #"<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "entity text">]><sst xmlns="\#(WorkbookFixture.main)"><si><t>&e;</t></si></sst>"#)
    static let laughs = refused(
        XLSXReaderSafetyTests.billionLaughs + #"<sst xmlns="\#(WorkbookFixture.main)"><si><t>&lol9;</t></si></sst>"#)

    @Test("opening a refused workbook 3,000 times leaves no libxml2 memory behind", arguments: ["one entity", "billion laughs"])
    func refusedOpensStayFlat(kind: String) throws {
        let bytes = kind == "one entity" ? XLSXRefusalLeakTests.oneEntity : XLSXRefusalLeakTests.laughs
        func openRefused(_ times: Int) {
            for _ in 0..<times {
                do {
                    _ = try XLSXWorkbook(bytes: bytes)
                    Issue.record("the workbook was not refused")
                    return
                } catch {
                    if error.kind != .forbiddenDTD { Issue.record("refused for \(error.kind), not the DTD") }
                }
            }
        }
        let growth = LibXMLAllocations.counting {
            openRefused(100)  // warm-up: libxml2's one-time allocations
            let start = LibXMLAllocations.outstanding.load(ordering: .relaxed)
            openRefused(3_000)
            return LibXMLAllocations.outstanding.load(ordering: .relaxed) - start
        }
        // The leak was a document, a DTD and an entity per open: several blocks each time.
        // Parses by other suites running alongside hold a few blocks at any moment.
        #expect(growth < 1_000, "libxml2 holds \(growth) more blocks after 3,000 refused opens")
        #expect(growth > -1_000)
    }
}

/// libxml2's allocations counted: while ``counting(_:)`` runs, libxml2 allocates through
/// wrappers of malloc, realloc, strdup and free that keep the number of blocks it holds.
enum LibXMLAllocations {
    /// Blocks libxml2 allocated minus blocks it freed while counting.
    static let outstanding = Atomic<Int>(0)

    static func counting<T>(_ body: () -> T) -> T {
        var oldFree: xmlFreeFunc?
        var oldMalloc: xmlMallocFunc?
        var oldRealloc: xmlReallocFunc?
        var oldStrdup: xmlStrdupFunc?
        xmlMemGet(&oldFree, &oldMalloc, &oldRealloc, &oldStrdup)
        // Every wrapper is plain malloc underneath, so blocks may cross the switch either way.
        xmlMemSetup(
            { pointer in
                if pointer != nil { LibXMLAllocations.outstanding.subtract(1, ordering: .relaxed) }
                free(pointer)
            },
            { size in
                LibXMLAllocations.outstanding.add(1, ordering: .relaxed)
                return malloc(size)
            },
            { pointer, size in
                if pointer == nil { LibXMLAllocations.outstanding.add(1, ordering: .relaxed) }
                return realloc(pointer, size)
            },
            { text in
                LibXMLAllocations.outstanding.add(1, ordering: .relaxed)
                return strdup(text!)
            })
        defer { xmlMemSetup(oldFree, oldMalloc, oldRealloc, oldStrdup) }
        return body()
    }
}
