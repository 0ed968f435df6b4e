import ArgumentParser

// Copies at scale: a generated stream of articles with planted copies, and MinHash + LSH timed over it.
//   swift build -c release --product stream-benchmark
//   .build/release/stream-benchmark generate ../shared/bench /tmp/stream-20k --count 20000
//   .build/release/stream-benchmark sketch /tmp/stream-20k --threshold 0.8 --bands 16 --rows 8
// Benchmarks/Stream/run.sh runs it side by side with datasketch and rensa.
StreamBenchmarkCommand.main()
