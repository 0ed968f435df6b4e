/// libFuzzer entry point: every input goes through the HTML parser and the feed reader.
import ParallaxFuzzCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTest(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: start.assumingMemoryBound(to: UInt8.self), count: count))
    let document = HTMLParser().parse(bytes)
    _ = document.text(of: document.root)
    _ = FeedReader().read(bytes, origin: "fuzz")
    _ = FeedReader.looksLikeFeed(bytes)
    return 0
}
