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
        // Only the web server (PlanServer) uses these.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        // Only the browser test uses it, to talk to chromedriver: FoundationNetworking's URLSession
        // refuses chromedriver's header lines ("Content-Length:252", no space after the colon).
        // Hummingbird's test support depends on it already.
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.30.0"),
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

        // Layer 4: the web server behind `plansheet serve`, the command-line tool and the benchmark.
        .target(
            name: "PlanServer",
            dependencies: [
                "Spreadsheet", "PlanModel", "BudgetRules", "PlanMapping",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "plansheet",
            dependencies: [
                "Spreadsheet", "PlanModel", "BudgetRules", "PlanMapping", "PlanServer",
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
        .testTarget(name: "plansheetTests", dependencies: ["plansheet", "Spreadsheet", "PlanSheetsTestSupport"]),
        .testTarget(name: "BenchDataTests", dependencies: ["BenchData", "PlanSheetsTestSupport"]),
        .testTarget(
            name: "PlanServerTests",
            dependencies: [
                "PlanServer", "PlanModel", "Spreadsheet", "BudgetRules", "PlanMapping", "PlanSheetsTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                "Yams",
            ]
        ),
    ]
)
