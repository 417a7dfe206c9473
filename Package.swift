// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "PlanSheets",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Spreadsheet", targets: ["Spreadsheet"]),
        .library(name: "PlanModel", targets: ["PlanModel"]),
        .library(name: "BudgetRules", targets: ["BudgetRules"]),
        .library(name: "PlanMapping", targets: ["PlanMapping"]),
        .executable(name: "plansheet", targets: ["plansheet"]),
        .executable(name: "plansheet-bench", targets: ["plansheet-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        // `swift package generate-documentation`: the DocC catalogs of the libraries.
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    ],
    targets: [
        // System libraries: the only C the toolkit touches.
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"]), .brew(["libzip"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]
        ),

        // Layer 1: spreadsheet I/O. Knows nothing of plans.
        .target(
            name: "Spreadsheet",
            dependencies: ["CLibZip", "CLibXML2"],
            linkerSettings: [.linkedLibrary("m")]
        ),

        // Layer 2: the plan model and the budget rules. Pure Swift, no I/O.
        .target(name: "PlanModel"),
        .target(name: "BudgetRules", dependencies: ["PlanModel"]),

        // Layer 3: mapping between partner layouts and the model.
        .target(
            name: "PlanMapping",
            dependencies: ["Spreadsheet", "PlanModel", "BudgetRules", "Yams"]
        ),

        // Layer 4: the command-line tool and the benchmark.
        .executableTarget(
            name: "plansheet",
            dependencies: [
                "Spreadsheet", "PlanModel", "BudgetRules", "PlanMapping",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark data (a port of ../shared/bench/benchdata.py) and the benchmark tool.
        .target(name: "BenchData"),
        .executableTarget(
            name: "plansheet-bench",
            dependencies: ["Spreadsheet", "BenchData"],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),

        // What every test target shares: running programs and the built tool, CI and the
        // shared folder, temporary folders, seeded generators.
        .target(name: "PlanSheetsTestSupport", path: "Tests/PlanSheetsTestSupport"),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "PlanSheetsTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanModelTests", dependencies: ["PlanModel", "PlanSheetsTestSupport"]),
        .testTarget(name: "BudgetRulesTests", dependencies: ["BudgetRules", "PlanModel", "PlanSheetsTestSupport"]),
        .testTarget(
            name: "PlanMappingTests",
            dependencies: ["PlanMapping", "Spreadsheet", "PlanModel", "BudgetRules", "PlanSheetsTestSupport"]),
        .testTarget(name: "plansheetTests", dependencies: ["plansheet", "PlanSheetsTestSupport"]),
        .testTarget(name: "BenchDataTests", dependencies: ["BenchData", "PlanSheetsTestSupport"]),
    ]
)
