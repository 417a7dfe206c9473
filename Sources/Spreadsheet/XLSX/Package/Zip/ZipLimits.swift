/// Limits that protect a reader against zip bombs: packages that inflate to far
/// more data than they occupy, or hold absurd numbers of entries.
///
/// Sizes are checked twice: against what the zip directory declares before an
/// entry is opened, and against the bytes actually produced while it inflates
/// (a forged directory cannot get past the second check).
public struct ZipLimits: Hashable, Sendable {
    /// One of the limits, as reported in ``XLSXError/Kind/limitExceeded(_:)``.
    public enum Limit: String, Hashable, Sendable {
        /// ``ZipLimits/maxEntries``.
        case entryCount
        /// ``ZipLimits/maxUncompressedEntrySize``.
        case entrySize
        /// ``ZipLimits/maxTotalUncompressedSize``.
        case totalSize
        /// ``ZipLimits/maxCompressionRatio``.
        case compressionRatio
        /// ``ZipLimits/maxSharedFormulaText``.
        case sharedFormulaText

        var englishName: String {
            switch self {
            case .entryCount: return "too many entries in the zip archive"
            case .entrySize: return "an entry is too large when uncompressed"
            case .totalSize: return "the entries are too large in total when uncompressed"
            case .compressionRatio: return "an entry is compressed suspiciously well"
            case .sharedFormulaText: return "shared formulas expand to too much text"
            }
        }

        var danishName: String {
            switch self {
            case .entryCount: return "for mange filer i zip-arkivet"
            case .entrySize: return "en fil er for stor udpakket"
            case .totalSize: return "filerne fylder for meget udpakket tilsammen"
            case .compressionRatio: return "en fil er mistænkeligt godt komprimeret"
            case .sharedFormulaText: return "delte formler folder sig ud til for meget tekst"
            }
        }
    }

    /// Most entries the archive may hold. Default 10,000.
    public var maxEntries: Int
    /// Largest uncompressed size of one entry, in bytes. Default 1 GiB.
    public var maxUncompressedEntrySize: Int64
    /// Largest uncompressed size of all entries together (as declared), in bytes. Default 4 GiB.
    public var maxTotalUncompressedSize: Int64
    /// Largest ratio of uncompressed to compressed size of an entry. Default 250
    /// (real sheet XML compresses 5 to 50 times).
    public var maxCompressionRatio: Double
    /// Entries that inflate to at most this many bytes are never refused for
    /// their ratio (a small, very repetitive part is harmless). Default 1 MiB.
    public var ratioGraceSize: Int64
    /// Most formula text, in bytes, that one sheet's shared formulas may expand to. Default 256 MiB.
    ///
    /// A shared formula is written once and reused by every cell that shares it, each cell
    /// getting its own copy with the references moved. A long formula shared by many cells
    /// is a bomb of its own: an 8 KB formula shared by a million cells (about 45 bytes of XML
    /// each) would need 8 GB of text. Only applies while formulas are read
    /// (``XLSXReadOptions/readsFormulas``).
    public var maxSharedFormulaText: Int64

    /// Creates limits; every argument has a default that real workbooks stay far below.
    public init(
        maxEntries: Int = 10_000,
        maxUncompressedEntrySize: Int64 = 1 << 30,
        maxTotalUncompressedSize: Int64 = 4 << 30,
        maxCompressionRatio: Double = 250,
        ratioGraceSize: Int64 = 1 << 20,
        maxSharedFormulaText: Int64 = 256 << 20
    ) {
        self.maxEntries = maxEntries
        self.maxUncompressedEntrySize = maxUncompressedEntrySize
        self.maxTotalUncompressedSize = maxTotalUncompressedSize
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioGraceSize = ratioGraceSize
        self.maxSharedFormulaText = maxSharedFormulaText
    }

    /// Whether an entry that has produced `uncompressed` bytes from `compressed`
    /// bytes of deflated data breaks the ratio limit.
    func exceedsRatio(uncompressed: Int64, compressed: Int64) -> Bool {
        guard uncompressed > ratioGraceSize else { return false }
        return Double(uncompressed) > maxCompressionRatio * Double(max(compressed, 1))
    }
}
