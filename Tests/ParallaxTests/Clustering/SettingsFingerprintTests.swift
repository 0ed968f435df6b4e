import Testing
@testable import Parallax

@Suite("Settings fingerprints")
struct SettingsFingerprintTests {
    @Test func everyClusteringSettingHasAKeyAndTheTextReadsBack() throws {
        let fingerprint = StoryClusterer.Configuration.default.fingerprint
        #expect(fingerprint.schema == "clustering/1")
        // One key per setting: the clustering's own (but the two nested ones), the copy detection's and the
        // splitting's; a setting added without its key would be a store accepted under other settings.
        let configuration = StoryClusterer.Configuration.default
        let settings = Mirror(reflecting: configuration).children.count - 2 + Mirror(reflecting: configuration.copies).children.count
            + Mirror(reflecting: configuration.splitting).children.count
        #expect(fingerprint.values.count == settings)
        #expect(fingerprint.values["assignmentThreshold"] == "0.3")
        #expect(fingerprint.values["copies.lanes"] == "128")
        #expect(fingerprint.values["splitting.neighbors"] == "2")
        #expect(fingerprint.description.hasPrefix("clustering/1: assignmentThreshold=0.3; backgroundDocuments=100; "))
        #expect(SettingsFingerprint(parsing: fingerprint.description) == fingerprint)
    }

    @Test func eachChangedSettingChangesTheFingerprint() {
        let base = StoryClusterer.Configuration.default
        var changed: [StoryClusterer.Configuration] = []
        for index in 0..<4 {
            var configuration = base
            switch index {
            case 0: configuration.storylineDays = 30
            case 1: configuration.copies.seed = 7
            case 2: configuration.splitting.longShare = 0.4
            default: configuration.postingLimit = 8
            }
            changed.append(configuration)
        }
        for configuration in changed {
            #expect(configuration.fingerprint.differences(from: base.fingerprint).count == 1)
        }
    }

    @Test func textsThatAreNotFingerprintsAreNotRead() {
        #expect(SettingsFingerprint(parsing: "Configuration(assignmentThreshold: 0.3, storylineThreshold: 0.2)") == nil)
        #expect(SettingsFingerprint(parsing: "") == nil)
        let other = SettingsFingerprint(schema: "clustering/2", values: [:])
        #expect(StoryClusterer.Configuration.default.fingerprint.differences(from: other)
            == ["the settings list is clustering/1 here, clustering/2 there"])
    }
}
