import ArgumentParser

/// `--recursive`: a folder given as input stands for the spreadsheets in it and, with this
/// flag, in its subfolders.
struct FolderOptions: ParsableArguments {
    @Flag(
        help: ArgumentHelp(
            HelpText.pick(
                da: "Søg også i undermapper, når en mappe er givet.",
                en: "Search subfolders too when a folder is given.")))
    var recursive = false
}
