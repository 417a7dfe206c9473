import ArgumentParser

/// `--mapping MAP`: a mapping file that says where the tables are.
struct MappingOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            HelpText.pick(
                da: "En mappingfil (JSON eller YAML), der siger, hvor tabellerne står (docs/mapping-file.md).",
                en: "A mapping file (JSON or YAML) that says where the tables are (docs/mapping-file.md)."),
            valueName: "map"))
    var mapping: String?
}
