// swift-tools-version: 6.0
import PackageDescription

// The data's way, one target per stage:
// Corpus → MinnesExtract (MinnesDecode for text) → MinnesParse → MinnesNormalise → MinnesIndex (over Xapian → CXapian → libxapian)
//        → MinnesDaemon (server) ⇄ MinnesAPI (the wire) ⇄ MinnesCLI (client; indexes in-process)
let package = Package(
    name: "Minnes",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "minnes", targets: ["minnes"]),
        .executable(name: "minnesd", targets: ["minnesd"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-extras", from: "1.34.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // libxapian's link flags, from pkg-config.
        .systemLibrary(
            name: "CXapianCore",
            pkgConfig: "xapian-core",
            providers: [.apt(["libxapian-dev"])]
        ),
        // libhunspell's C API: the Swedish dictionary's lemmas and compounds.
        .systemLibrary(
            name: "CHunspell",
            pkgConfig: "hunspell",
            providers: [.apt(["libhunspell-dev"])]
        ),
        // What of glibc Swift's Glibc module leaves out: malloc_trim, mallopt, memfd_create.
        .systemLibrary(name: "CGlibc"),
        // libxml2's HTML parser, for minutes kept as web pages: its flags, and a plain C view of it.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "CHTML", dependencies: ["CLibXML2"]),
        // Raw deflate and inflate for what Minnes keeps beside the index (at a level of its choosing):
        // libdeflate for whole buffers, zlib for a stream's first bytes.
        .target(name: "CDeflate", linkerSettings: [.linkedLibrary("deflate"), .linkedLibrary("z")]),
        // The one letter fold (å ä æ → a, ö ø → o, é → e …), shared by the Xapian shim and Swift.
        .target(name: "CFolding"),
        // A plain C API over libxapian's C++: opaque handles, status codes, no exception escapes.
        .target(name: "CXapian", dependencies: ["CXapianCore", "CFolding"]),
        .target(name: "Xapian", dependencies: ["CXapian"]),
        // What Minnes ships beside its binaries: the synonym groups.
        .target(name: "MinnesData", path: "Data", resources: [.copy("synonyms.txt")]),
        .target(name: "MinnesDecode"),
        // Word, OpenDocument, PDF, old .doc, RTF, HTML and e-mail → text the reader reads, one small
        // reader per format (ZIPFoundation + XMLParser; libxml2 for HTML; poppler, antiword, catdoc as subprocesses).
        .target(
            name: "MinnesExtract",
            dependencies: ["MinnesDecode", "CHTML", "CGlibc", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(name: "MinnesParse", dependencies: ["CFolding"]),
        .target(name: "MinnesNormalise", dependencies: ["MinnesParse", "CHunspell"]),
        // The daemon's wire: routes, requests, answers, error codes, and where the socket is.
        .target(
            name: "MinnesAPI",
            dependencies: [
                "MinnesParse", "MinnesNormalise",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "MinnesIndex",
            dependencies: [
                "Xapian", "CDeflate", "CGlibc", "MinnesDecode", "MinnesExtract", "MinnesParse", "MinnesNormalise", "MinnesAPI",
                "MinnesData",
            ]
        ),
        .target(
            name: "MinnesDaemon",
            dependencies: [
                "MinnesAPI", "MinnesIndex", "MinnesParse", "MinnesNormalise",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTPTypes", package: "swift-nio-extras"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // A client: no server code, no TLS. HTTP/1 over the daemon's Unix socket with NIO's codec.
        .target(
            name: "MinnesCLI",
            dependencies: [
                "MinnesAPI", "MinnesIndex", "MinnesParse", "MinnesNormalise",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
        .executableTarget(name: "minnes", dependencies: ["MinnesCLI"]),
        .executableTarget(name: "minnesd", dependencies: ["MinnesDaemon"]),

        // What the tests share: numbers drawn from a seed, for cases made at random and made again alike.
        .target(name: "MinnesTestSupport", path: "Tests/MinnesTestSupport"),
        .testTarget(name: "XapianTests", dependencies: ["Xapian"]),
        .testTarget(name: "MinnesDecodeTests", dependencies: ["MinnesDecode"]),
        .testTarget(
            name: "MinnesExtractTests",
            dependencies: ["MinnesExtract", "MinnesDecode", "MinnesParse", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // Each piece of the reader on short texts of its own.
        .testTarget(name: "MinnesParseTests", dependencies: ["MinnesParse"]),
        .testTarget(name: "MinnesNormaliseTests", dependencies: ["MinnesNormalise", "MinnesParse"]),
        // Reads the minutes in Tests/Fixtures (layouts the sample does not use) and checks the reading.
        .testTarget(name: "MinnesReadingTests", dependencies: ["MinnesExtract", "MinnesParse", "MinnesNormalise", "MinnesTestSupport"]),
        .testTarget(name: "MinnesIndexTests", dependencies: ["MinnesIndex", "MinnesAPI", "Xapian", "MinnesTestSupport"]),
        .testTarget(
            name: "MinnesDaemonTests",
            dependencies: [
                "MinnesDaemon", "MinnesAPI", "MinnesCLI", "MinnesIndex", "MinnesTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Runs the built binaries as a user would.
        .testTarget(name: "EndToEndTests", dependencies: ["minnes", "minnesd", "MinnesIndex", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
    ],
    cxxLanguageStandard: .cxx17
)
