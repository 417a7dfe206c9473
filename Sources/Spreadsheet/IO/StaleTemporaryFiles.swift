#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds and removes the temporary files that writers killed half-way left next to a target.
///
/// An ``AtomicFileWriter`` names its temporary file `.<name>.tmp-<pid>-<random>` (libzip, writing
/// through it, adds its own `.XXXXXX` suffix). A process killed before it could commit or
/// abandon leaves that file behind. A later write of the same target removes such a file when
/// both hold:
///
/// - the process id in its name is not a process on this machine (and not this process), and
/// - the file has not been modified for ``minimumAge`` seconds,
///
/// so a writer that is still at work — in another process, or on another machine or in another
/// container sharing the folder, whose process ids mean nothing here — is never disturbed.
enum StaleTemporaryFiles {
    /// Seconds without modification after which a dead writer's file counts as stale.
    static let minimumAge: Int = 3600

    /// Removes the stale temporary files of `path`'s writers; returns the names removed.
    /// Failures (a folder that cannot be listed, a file that cannot be removed) are ignored:
    /// cleaning up is a courtesy, never a reason for a write to fail.
    @discardableResult
    static func remove(besides path: String, now: Int = Int(time(nil))) -> [String] {
        let (directory, name) = AtomicFileWriter.split(path)
        let prefix = AtomicFileWriter.temporaryPrefix(of: name)
        guard let folder = opendir(directory.isEmpty ? "." : directory) else { return [] }
        defer { closedir(folder) }
        var removed: [String] = []
        while let entry = readdir(folder) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard entryName.hasPrefix(prefix), let pid = processID(in: entryName.dropFirst(prefix.count)) else {
                continue
            }
            guard pid != getpid(), !isRunning(pid) else { continue }
            let candidate = directory + entryName
            var info = stat()
            guard lstat(candidate, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { continue }
            #if canImport(Darwin)
                let modified = Int(info.st_mtimespec.tv_sec)
            #else
                let modified = Int(info.st_mtim.tv_sec)
            #endif
            guard now - modified >= minimumAge else { continue }
            if unlink(candidate) == 0 { removed.append(entryName) }
        }
        return removed.sorted()
    }

    /// The decimal process id that starts `rest` and ends at a `-`; `nil` when there is none.
    static func processID(in rest: Substring) -> pid_t? {
        guard let dash = rest.firstIndex(of: "-") else { return nil }
        let digits = rest[..<dash]
        guard !digits.isEmpty, digits.count <= 10, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
            let value = Int32(digits), value > 0
        else { return nil }
        return value
    }

    /// Whether a process with this id exists here (one we may not signal exists too).
    static func isRunning(_ pid: pid_t) -> Bool {
        kill(pid, 0) == 0 || errno != ESRCH
    }
}
