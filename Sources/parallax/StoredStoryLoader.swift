import ArgumentParser
import Parallax
import ParallaxStore

/// What `parallax brief --story ID` needs from the store: the stored story, ready for `Pipeline.brief`, or a
/// message and exit code 1 when the store or the story is missing.
struct StoredStoryLoader {
    let store: StoreOptions

    func story(_ id: String, configuration: PipelineConfiguration) throws -> Story {
        do {
            guard let story = try store.openExisting().story(StoryID(id), configuration: configuration) else {
                Terminal.error("no story \(id) in \(store.name); `parallax stories --store \(store.name)` lists them")
                throw ExitCode(1)
            }
            return story
        } catch let error as StoreError {
            Terminal.error(error.description)
            throw ExitCode(1)
        }
    }
}
