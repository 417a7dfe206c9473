import Foundation
import Spreadsheet

/// Uploaded files, kept by the SHA-256 of their bytes under `DIR/files/ab/abcdef…`.
///
/// The path of a file is made from its hash alone: nothing from an upload (its name, its
/// content type) ever reaches a path. The same bytes handed in twice are stored once.
/// Files are written atomically and never changed afterwards.
public struct ContentStore: Sendable {
    /// The folder holding the files.
    public let root: String

    /// A store in `root` (created when missing).
    public init(root: String) throws {
        self.root = root
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// Stores `bytes` and returns their hash.
    @discardableResult
    public func put(_ bytes: [UInt8]) throws -> String {
        let hash = ContentHash.of(bytes)
        let path = self.path(of: hash)!
        if FileManager.default.fileExists(atPath: path) { return hash }
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        let writer = try AtomicFileWriter(path: path)
        do {
            try writer.write(bytes)
            try writer.commit()
        } catch {
            writer.abandon()
            throw error
        }
        return hash
    }

    /// Where the file with `hash` lies; nil when `hash` is not a well-formed hash.
    public func path(of hash: String) -> String? {
        guard ContentHash.isWellFormed(hash) else { return nil }
        return root + "/" + hash.prefix(2) + "/" + hash
    }

    /// The number of files stored.
    public func count() -> Int {
        let folders = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return folders.reduce(0) { sum, folder in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root + "/" + folder)) ?? []
            return sum + names.filter(ContentHash.isWellFormed).count
        }
    }
}
