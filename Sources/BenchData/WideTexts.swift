/// The texts of the benchmark's wide sheet, as `benchdata.py` defines them.
public enum WideTexts {
    /// The 20 prefixes of the category pool.
    static let prefixes: [String] = [
        "drift", "anlæg", "løn", "husleje", "it", "rådgivning", "kørsel", "møder", "uddannelse", "materiel",
        "tilskud", "gebyr", "forsikring", "energi", "vedligehold", "rengøring", "porto", "tryk", "kurser",
        "øvrigt",
    ]

    /// Column 3's 1,000 categories: number `i` is `prefixes[i % 20]`, a dash and `i / 20` in two digits.
    public static let pool: [String] = (0..<1000).map { i in
        let number = i / 20
        return prefixes[i % 20] + "-" + (number < 10 ? "0" : "") + String(number)
    }

    /// The 32 words column 4 joins three of (with `&`, `<`, `,`, `"` and æøå to escape).
    public static let words: [String] = [
        "økonomi", "ældrepleje", "skole", "børn & unge", "sundhed", "kultur", "fritid", "trafik", "miljø",
        "søer, åer", "vandløb", "grønne områder", "byggeri", "plan", "bæredygtighed", "klima", "indsats",
        "forebyggelse", "rådhus", "bibliotek", "idræt", "ældre", "integration", "beskæftigelse", "køkken",
        "forældre", "kaldet \"gården\"", "<5 år", "tandpleje", "sygepleje", "førskole", "æblehave",
    ]

    /// Column 9's 12 departments.
    public static let departments: [String] = [
        "Økonomi", "Børn og Unge", "Sundhed og Ældre", "Teknik og Miljø", "Kultur og Fritid", "Beskæftigelse",
        "Borgerservice", "HR", "IT", "Skole", "Dagtilbud", "Social",
    ]
}
