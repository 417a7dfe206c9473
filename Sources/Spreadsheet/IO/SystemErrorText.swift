#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// The system's error numbers (`errno`) as a finance officer reads them, in Danish and
/// English, so that a Danish message carries no English fragment. The numbers a file tool
/// meets have their own sentences; any other is the system's English text (in English)
/// or "systemfejl N" (in Danish).
public enum SystemErrorText {
    /// The reason for `code` in English or Danish, without the number.
    public static func reason(_ code: Int32, english: Bool) -> String {
        switch code {
        case ENOENT: return english ? "there is no such file or folder" : "filen eller mappen findes ikke"
        case EACCES, EPERM: return english ? "permission denied" : "adgang nægtet"
        case EROFS: return english ? "the disk is read-only" : "disken er skrivebeskyttet"
        case ENOSPC: return english ? "the disk is full" : "disken er fuld"
        case EDQUOT: return english ? "the disk quota is used up" : "diskkvoten er brugt op"
        case EEXIST: return english ? "the file already exists" : "filen findes allerede"
        case EISDIR: return english ? "it is a folder, not a file" : "det er en mappe, ikke en fil"
        case ENOTDIR: return english ? "a part of the path is not a folder" : "en del af stien er ikke en mappe"
        case EBUSY, ETXTBSY: return english ? "the file is in use" : "filen er i brug"
        case ENAMETOOLONG: return english ? "the name is too long" : "navnet er for langt"
        case EMFILE, ENFILE: return english ? "too many files are open" : "der er for mange åbne filer"
        case EIO: return english ? "the disk could not be read or written" : "disken kunne ikke læses eller skrives"
        case EXDEV: return english ? "the file cannot be moved to another disk" : "filen kan ikke flyttes til en anden disk"
        default:
            guard english else { return "systemfejl \(code)" }
            guard code != 0, let text = strerror(code) else { return "unknown error" }
            return String(cString: text)
        }
    }

    /// The likely cause when writing a file fails with `code`: for a denied, busy or
    /// read-only target, "is the file open in Excel, or read-only?"; `nil` otherwise.
    public static func writeHint(_ code: Int32, english: Bool) -> String? {
        switch code {
        case EACCES, EPERM, EBUSY, ETXTBSY, EROFS:
            return english
                ? "is the file open in Excel, or is it (or its folder) read-only?"
                : "er filen åben i Excel, eller er den (eller mappen) skrivebeskyttet?"
        default:
            return nil
        }
    }
}
