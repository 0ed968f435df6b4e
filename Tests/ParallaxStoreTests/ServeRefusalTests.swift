import Foundation
import Testing

/// `parallax serve` will not listen beyond this machine with writes open to anyone unless told to.
@Suite("serve beyond loopback")
struct ServeRefusalTests {
    @Test func aPublicAddressWithoutATokenIsRefused() throws {
        let folder = try TemporaryStore()
        defer { folder.remove() }
        let run = try ParallaxBinary.run(["serve", "--host", "0.0.0.0", "--port", "0", "--store", folder.path], in: folder.folder)
        #expect(run.status == 2)
        #expect(run.stderr.contains("give --token (or PARALLAX_TOKEN)"), "\(run.stderr)")
        #expect(!FileManager.default.fileExists(atPath: folder.path), "no store is created for a refused start")
    }
}
