#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes a file so that anyone looking at the path sees either the old file or the
/// complete new one, never a half-written file.
///
/// The writer creates a temporary file with a unique name (`.<name>.tmp-<pid>-<random>`)
/// in the target's own folder, so the final rename never crosses file systems. Bytes
/// go to that file; ``commit()`` flushes them, `fsync`s the file, renames it over the
/// target and `fsync`s the folder. ``abandon()`` — or any error, or dropping the writer
/// without committing — removes the temporary file and leaves an existing target untouched.
/// A process killed while writing cannot remove its temporary file; the next successful
/// write of the same target removes it once it is an hour old and its process is gone
/// (see `StaleTemporaryFiles`).
/// When the target already exists, the new file gets its permission bits.
///
/// The simplest use is the closure form:
///
/// ```swift
/// try AtomicFileWriter.write(to: "/data/plan.csv") { out in
///     try out.write("Aktivitet;Beløb\r\n")
/// }
/// ```
///
/// A writer that must hand a *path* to a library (libzip writes its archive to a path)
/// uses ``replace(_:using:)``, or creates a writer, lets the library write to
/// ``temporaryPath`` and then calls ``commit()``; `commit` syncs whatever file is at
/// the temporary path at that moment, even when the library replaced it.
///
/// A symbolic link at the target path is replaced by the new file (the link is not followed).
public final class AtomicFileWriter {
    /// The path the file ends up at.
    public let path: String
    /// The temporary file in the same folder that receives the bytes until ``commit()``.
    public let temporaryPath: String
    /// The buffered output on the temporary file.
    public var output: FileOutput

    private var descriptor: Int32
    private var finished = false

    /// Creates the temporary file next to `path`.
    ///
    /// - Throws: ``FileIOError`` when the folder does not exist or is not writable.
    public init(path: String) throws(FileIOError) {
        self.path = path
        let (directory, name) = AtomicFileWriter.split(path)
        var lastError: Int32 = 0
        for _ in 0..<16 {
            let candidate = directory + AtomicFileWriter.temporaryPrefix(of: name) + "\(getpid())-" + AtomicFileWriter.randomSuffix()
            let fd = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
            if fd >= 0 {
                // Keep the permission bits of a file being replaced.
                var info = stat()
                if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG {
                    _ = fchmod(fd, info.st_mode & 0o7777)
                }
                self.temporaryPath = candidate
                self.descriptor = fd
                self.output = FileOutput(descriptor: fd, path: candidate)
                return
            }
            lastError = errno
            if lastError != EEXIST && lastError != EINTR { break }
        }
        throw FileIOError(file: path, operation: .create, code: lastError)
    }

    deinit {
        if !finished { abandon() }
    }

    /// Appends raw bytes to the temporary file.
    public func write(_ bytes: UnsafeRawBufferPointer) throws(FileIOError) {
        try output.write(bytes)
    }

    /// Appends bytes to the temporary file.
    public func write(_ bytes: [UInt8]) throws(FileIOError) {
        try output.write(bytes)
    }

    /// Appends the UTF-8 bytes of `text` to the temporary file.
    public func write(_ text: String) throws(FileIOError) {
        try output.write(text)
    }

    /// Flushes, syncs the temporary file to disk and renames it over ``path``.
    ///
    /// On failure the temporary file is removed and the target is left as it was.
    public func commit() throws(FileIOError) {
        precondition(!finished, "AtomicFileWriter: commit after commit or abandon")
        do throws(FileIOError) {
            try output.flush()
            let fd = descriptor
            descriptor = -1
            if SystemCalls.close(fd) != 0 && errno != EINTR {
                throw FileIOError(file: temporaryPath, operation: .close, code: errno)
            }
            // Sync the file that is at the temporary path now (a library may have replaced it).
            let syncFD = open(temporaryPath, O_RDONLY | O_CLOEXEC)
            if syncFD < 0 { throw FileIOError(file: temporaryPath, operation: .open, code: errno) }
            if fsync(syncFD) != 0 {
                let code = errno
                _ = SystemCalls.close(syncFD)
                throw FileIOError(file: temporaryPath, operation: .sync, code: code)
            }
            _ = SystemCalls.close(syncFD)
            if rename(temporaryPath, path) != 0 {
                throw FileIOError(file: path, operation: .rename, code: errno)
            }
        } catch {
            abandon()
            throw error
        }
        finished = true
        // Make the rename itself durable. Some file systems refuse to sync a folder: ignored.
        let (directory, _) = AtomicFileWriter.split(path)
        let dirFD = open(directory.isEmpty ? "." : directory, O_RDONLY | O_CLOEXEC)
        if dirFD >= 0 {
            _ = fsync(dirFD)
            _ = SystemCalls.close(dirFD)
        }
        // Temporary files of earlier writers of this target that were killed half-way.
        StaleTemporaryFiles.remove(besides: path)
    }

    /// Closes and removes the temporary file; the target is not touched. Safe to call twice.
    public func abandon() {
        if descriptor >= 0 {
            _ = SystemCalls.close(descriptor)
            descriptor = -1
        }
        if !finished {
            _ = unlink(temporaryPath)
            finished = true
        }
    }

    /// Writes a file atomically: `body` writes into the buffered output, then the file is committed.
    ///
    /// When `body` throws, the temporary file is removed, the target is untouched and the
    /// error is rethrown.
    public static func write(to path: String, _ body: (inout FileOutput) throws -> Void) throws {
        let writer = try AtomicFileWriter(path: path)
        do {
            try body(&writer.output)
        } catch {
            writer.abandon()
            throw error
        }
        try writer.commit()
    }

    /// Replaces a file with one that `body` writes to the given temporary path (in the same folder).
    ///
    /// For writers that need a path rather than a byte stream. The temporary file exists
    /// (empty) when `body` starts; `body` may overwrite or replace it. When `body` throws,
    /// the temporary file is removed and the target is untouched.
    public static func replace(_ path: String, using body: (_ temporaryPath: String) throws -> Void) throws {
        let writer = try AtomicFileWriter(path: path)
        do {
            try body(writer.temporaryPath)
        } catch {
            writer.abandon()
            throw error
        }
        try writer.commit()
    }

    /// The start of the names of `name`'s temporary files: `.<name>.tmp-` (then `<pid>-<random>`).
    static func temporaryPrefix(of name: String) -> String { "." + name + ".tmp-" }

    /// Splits a path into its folder (with a trailing `/`, or empty) and its last component.
    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }

    static func randomSuffix() -> String {
        var generator = SystemRandomNumberGenerator()
        let value = generator.next() as UInt64
        let text = String(value, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }
}
