import CLibZip

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// One piece of a zip entry's data.
enum ZipSegment {
    /// Bytes held in memory.
    case bytes([UInt8])
    /// The whole content of a spill file.
    case file(SpillFile)

    var count: Int {
        switch self {
        case .bytes(let bytes): return bytes.count
        case .file(let file): return file.length
        }
    }
}

/// A libzip data source that reads several segments one after the other.
///
/// A worksheet is assembled at close from its head (written last, since it holds
/// the dimension, panes and column widths), its row data (in memory or spilled to a
/// file) and its tail. This source hands them to libzip as one stream, so the row
/// data is never copied or held in memory as a whole.
final class ZipSegmentSource {
    private let segments: [ZipSegment]
    private let totalSize: Int
    private var segmentIndex = 0
    private var segmentOffset = 0
    private var errorCode: Int32 = 0
    private var systemErrno: Int32 = 0

    init(segments: [ZipSegment]) {
        self.segments = segments.filter { $0.count > 0 }
        self.totalSize = self.segments.reduce(0) { $0 + $1.count }
    }

    /// Creates the libzip source; libzip owns it (and, through it, this object) from then on.
    func makeSource(in archive: OpaquePointer) -> OpaquePointer? {
        let context = Unmanaged.passRetained(self).toOpaque()
        guard let source = zip_source_function(archive, zipSegmentSourceCallback, context) else {
            Unmanaged<ZipSegmentSource>.fromOpaque(context).release()
            return nil
        }
        return source
    }

    fileprivate func handle(_ data: UnsafeMutableRawPointer?, _ length: UInt64, _ command: zip_source_cmd_t) -> Int64 {
        switch command {
        case ZIP_SOURCE_OPEN:
            segmentIndex = 0
            segmentOffset = 0
            return 0
        case ZIP_SOURCE_READ:
            guard let data else { return fail(ZIP_ER_INVAL, 0) }
            return read(into: data, upTo: Int(clamping: length))
        case ZIP_SOURCE_CLOSE:
            return 0
        case ZIP_SOURCE_STAT:
            guard let data, length >= UInt64(MemoryLayout<zip_stat_t>.size) else { return fail(ZIP_ER_INVAL, 0) }
            let stat = data.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(stat)
            stat.pointee.size = UInt64(totalSize)
            stat.pointee.valid |= UInt64(ZIP_STAT_SIZE)
            return Int64(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            guard let data, length >= UInt64(2 * MemoryLayout<Int32>.size) else { return fail(ZIP_ER_INVAL, 0) }
            let codes = data.assumingMemoryBound(to: Int32.self)
            codes[0] = errorCode
            codes[1] = systemErrno
            return Int64(2 * MemoryLayout<Int32>.size)
        case ZIP_SOURCE_FREE:
            return 0
        case ZIP_SOURCE_SUPPORTS:
            let commands: [zip_source_cmd_t] = [
                ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS,
            ]
            return commands.reduce(Int64(0)) { $0 | (Int64(1) << Int64($1.rawValue)) }
        default:
            return fail(ZIP_ER_OPNOTSUPP, 0)
        }
    }

    private func read(into destination: UnsafeMutableRawPointer, upTo wanted: Int) -> Int64 {
        var filled = 0
        while filled < wanted && segmentIndex < segments.count {
            let segment = segments[segmentIndex]
            let remaining = segment.count - segmentOffset
            if remaining == 0 {
                segmentIndex += 1
                segmentOffset = 0
                continue
            }
            let step = min(remaining, wanted - filled)
            switch segment {
            case .bytes(let bytes):
                bytes.withUnsafeBytes { raw in
                    (destination + filled).copyMemory(from: raw.baseAddress! + segmentOffset, byteCount: step)
                }
            case .file(let file):
                let got = file.read(into: destination + filled, count: step, at: segmentOffset)
                if got <= 0 { return fail(ZIP_ER_READ, got < 0 ? errno : EIO) }
                filled += got
                segmentOffset += got
                continue
            }
            filled += step
            segmentOffset += step
        }
        return Int64(filled)
    }

    private func fail(_ code: Int32, _ system: Int32) -> Int64 {
        errorCode = code
        systemErrno = system
        return -1
    }
}

/// The C callback libzip calls; `context` is a retained ``ZipSegmentSource``.
private func zipSegmentSourceCallback(
    _ context: UnsafeMutableRawPointer?, _ data: UnsafeMutableRawPointer?, _ length: UInt64, _ command: zip_source_cmd_t
) -> Int64 {
    guard let context else { return -1 }
    let unmanaged = Unmanaged<ZipSegmentSource>.fromOpaque(context)
    let result = unmanaged.takeUnretainedValue().handle(data, length, command)
    if command == ZIP_SOURCE_FREE { unmanaged.release() }
    return result
}
