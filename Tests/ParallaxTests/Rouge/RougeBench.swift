import Foundation

/// Where the MultiLing benchmark is, under `SharedData`.
enum RougeBench {
    static let multiLing = "bench/summarization/multiling2011-en"

    static var root: URL? { SharedData.has(multiLing) ? SharedData.url(multiLing) : nil }

    static var isAvailable: Bool { root != nil }
}
