// swift-tools-version: 6.0
// libFuzzer harness for the HTML parser and feed reader, kept out of the main package so normal
// builds never need the fuzzer runtime. Its core target links the parser's sources by symlink.
//   cd Fuzz/HTMLFuzz && swift build -c release --sanitize=fuzzer
//   mkdir -p /tmp/corpus && cp ../../Tests/ParallaxTests/Fixtures/HTMLParsing/nasty/*.html /tmp/corpus/
//   .build/release/HTMLFuzzer /tmp/corpus -max_total_time=300 -max_len=16384 -timeout=5 -rss_limit_mb=1024
import PackageDescription

let package = Package(
    name: "HTMLFuzz",
    targets: [
        .target(name: "ParallaxFuzzCore"),
        .executableTarget(name: "HTMLFuzzer", dependencies: ["ParallaxFuzzCore"]),
    ]
)
