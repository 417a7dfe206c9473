/// How ``XLSXWorkbook`` reads a package.
public struct XLSXReadOptions: Hashable, Sendable {
    /// Limits against zip bombs.
    public var limits: ZipLimits
    /// Whether a zip entry whose CRC-32 does not match its data is an error
    /// (``XLSXError/Kind/checksumMismatch``). Default `true`: a wrong checksum
    /// means damaged data, and figures must not be read from damaged data.
    /// With `false` the inflated bytes are used as they are (what calamine does).
    public var verifiesChecksums: Bool
    /// Whether cells carry their formula text (`Cell.formula`). Default `true`.
    public var readsFormulas: Bool
    /// Bytes handed to the XML parser at a time. Default 128 KiB.
    public var chunkSize: Int

    /// Creates options; the defaults suit any real workbook.
    public init(
        limits: ZipLimits = ZipLimits(), verifiesChecksums: Bool = true, readsFormulas: Bool = true,
        chunkSize: Int = 128 * 1024
    ) {
        self.limits = limits
        self.verifiesChecksums = verifiesChecksums
        self.readsFormulas = readsFormulas
        self.chunkSize = max(chunkSize, 4096)
    }
}
