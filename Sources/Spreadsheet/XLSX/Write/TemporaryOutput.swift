#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A temporary file next to the target, renamed onto the target when complete.
///
/// The workbook is built under a hidden name in the target's folder
/// (`.NAME.XXXXXXXXXXXX.tmp`); only when it is complete is it renamed to the target
/// path, which replaces an existing file in one step. On any error the temporary
/// file is removed, so the target is either the old file or the complete new one.
///
/// (Internal to the XLSX writer; to be unified with the package's shared atomic writer.)
struct TemporaryOutput {
    /// The path the caller asked for.
    let targetPath: String
    /// The hidden temporary path in the same folder.
    let temporaryPath: String

    init(targetPath: String) throws(XLSXWriteError) {
        let slash = targetPath.lastIndex(of: "/")
        let directory = slash.map { String(targetPath[..<$0]) } ?? "."
        let name = slash.map { String(targetPath[targetPath.index(after: $0)...]) } ?? targetPath
        guard !name.isEmpty else { throw XLSXWriteError(.folderNotWritable, path: targetPath) }
        let folder = directory.isEmpty ? "/" : directory
        var info = stat()
        guard stat(folder, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR, access(folder, W_OK) == 0 else {
            throw XLSXWriteError(.folderNotWritable, path: targetPath)
        }
        var generator = SystemRandomNumberGenerator()
        let random: UInt64 = generator.next()
        let suffix = String(random & 0xFFFF_FFFF_FFFF, radix: 16)
        self.targetPath = targetPath
        self.temporaryPath = (slash == nil ? "" : folder == "/" ? "/" : folder + "/") + "." + name + "." + suffix + ".tmp"
    }

    /// Moves the finished temporary file onto the target path.
    func commit() throws(XLSXWriteError) {
        guard rename(temporaryPath, targetPath) == 0 else {
            let code = errno
            discard()
            throw XLSXWriteError(.fileSystem(operation: "rename", errno: code), path: targetPath)
        }
    }

    /// Removes the temporary file, if it exists.
    func discard() {
        unlink(temporaryPath)
    }
}
