import Foundation
import Parallax
import ParallaxInput

// The brief of one large story, timed stage by stage in a release build:
//   swift run -c release brief-benchmark ../shared/bench/summarization/multiling2011-en/SourceTexts 50
// All the articles are put in one story (clustering is timed separately), then aligned and briefed.

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: brief-benchmark FOLDER [ARTICLES] [RUNS]\n".utf8))
    exit(2)
}
let folder = arguments[1]
let count = arguments.count > 2 ? Int(arguments[2]) ?? 50 : 50
let runs = arguments.count > 3 ? Int(arguments[3]) ?? 7 : 7

// Every file of the folder is read as plain text, whatever its extension (MultiLing's are `.english`).
let names = (try? FileManager.default.contentsOfDirectory(atPath: folder))?.filter { !$0.hasPrefix(".") }.sorted() ?? []
let files = names.prefix(count).map {
    InputFile(url: URL(fileURLWithPath: folder).appendingPathComponent($0), name: $0, kind: .plainText)
}
let documents = DocumentLoader().load(Array(files)).documents
let bytes = documents.reduce(0) { $0 + $1.bytes.count }

/// The median wall-clock milliseconds of `runs` calls.
func median<T>(_ work: () -> T) -> (Double, T) {
    var times: [Double] = []
    var result: T?
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        result = work()
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
    }
    return (times.sorted()[times.count / 2], result!)
}

let pipeline = Pipeline()
let (analyzeTime, analyzed) = median { pipeline.analyze(documents).articles }
let story = Story(id: StoryID("benchmark"), articles: analyzed, copies: CopyDetector().relations(among: analyzed))
let (clusterTime, _) = median { StoryClusterer().cluster(analyzed) }
let (alignTime, aligned) = median { StoryAligner().align(story) }
let (briefTime, brief) = median { BriefBuilder().brief(aligned) }

print("articles: \(analyzed.count), \(bytes / 1024) KB, median of \(runs) runs")
print(String(format: "extract+analyze: %8.1f ms", analyzeTime))
print(String(format: "cluster:         %8.1f ms", clusterTime))
print(String(format: "align:           %8.1f ms", alignTime))
print(String(format: "brief:           %8.1f ms  (summary of %d sentences)", briefTime, brief.summary.count))
print(String(format: "align+brief:     %8.1f ms", alignTime + briefTime))
