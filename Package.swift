// swift-tools-version: 6.0
import PackageDescription

// The data's way, one target per stage:
// Corpus → MinnesDecode → MinnesParse → MinnesNormalise → MinnesIndex (over Xapian → CXapian → libxapian) → MinnesDaemon → MinnesCLI
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
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
    ],
    targets: [
        // libxapian's link flags, from pkg-config.
        .systemLibrary(
            name: "CXapianCore",
            pkgConfig: "xapian-core",
            providers: [.apt(["libxapian-dev"])]
        ),
        // A plain C API over libxapian's C++: opaque handles, status codes, no exception escapes.
        .target(name: "CXapian", dependencies: ["CXapianCore"]),
        .target(name: "Xapian", dependencies: ["CXapian"]),
        .target(name: "MinnesDecode"),
        .target(name: "MinnesParse"),
        .target(name: "MinnesNormalise", dependencies: ["MinnesParse"]),
        .target(
            name: "MinnesIndex",
            dependencies: [
                "Xapian", "MinnesDecode", "MinnesParse", "MinnesNormalise",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "MinnesDaemon",
            dependencies: [
                "MinnesIndex", "MinnesParse", "MinnesNormalise",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "UnixSignals", package: "swift-service-lifecycle"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "MinnesCLI",
            dependencies: [
                "MinnesIndex", "MinnesParse", "MinnesNormalise", "MinnesDaemon",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "minnes", dependencies: ["MinnesCLI"]),
        .executableTarget(name: "minnesd", dependencies: ["MinnesDaemon"]),

        .testTarget(name: "XapianTests", dependencies: ["Xapian"]),
        .testTarget(name: "MinnesDecodeTests", dependencies: ["MinnesDecode"]),
        // Reads the minutes in Tests/Fixtures (layouts the sample does not use) and checks the reading.
        .testTarget(name: "MinnesNormaliseTests", dependencies: ["MinnesNormalise", "MinnesParse"]),
        .testTarget(name: "MinnesReadingTests", dependencies: ["MinnesDecode", "MinnesParse", "MinnesNormalise"]),
        .testTarget(name: "MinnesIndexTests", dependencies: ["MinnesIndex", "Xapian"]),
        .testTarget(
            name: "MinnesDaemonTests",
            dependencies: [
                "MinnesDaemon", "MinnesCLI",
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Runs the built binaries as a user would.
        .testTarget(name: "EndToEndTests", dependencies: ["minnes", "minnesd", "MinnesIndex"]),
    ],
    cxxLanguageStandard: .cxx17
)
