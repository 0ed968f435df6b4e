import Foundation
import Testing

/// `parallax eval clustering --losses N` on a small headline benchmark: the whole report after the timing line.
@Suite struct EvalClusteringLossesTests {
    private static let headlines = """
        ID,TITLE,URL,PUBLISHER,CATEGORY,STORY,HOSTNAME,TIMESTAMP
        1,Strong earthquake hits Iran's Qeshm island,u,p,b,quake,h,1000
        2,Earthquake on Qeshm island in Iran kills ten,u,p,b,quake,h,1001
        3,Microsoft releases emergency patch for Internet Explorer,u,p,t,patch,h,1002
        4,Iran quake death toll rises on Qeshm island,u,p,b,quake,h,1003
        5,Microsoft emergency patch fixes Internet Explorer flaw,u,p,t,patch,h,1004
        6,Hackers exploit browser bug before the fix,u,p,t,patch,h,1005
        7,Microsoft patch for Iran quake relief website,u,p,t,patch,h,1006

        """

    // Stories {1, 2, 4, 7}, {3, 5}, {6}. Patch: items 3 and 5 have recall 2/4, 6 and 7 have 1/4, so patch loses
    // (2 × 1/2 + 2 × 3/4) / 7 = 0.3571 of recall; item 7 and the three quake items have precision 3/4 or 1/4.
    private static let expected = """
        stories vs gold stories  BCubed P 0.7857  R 0.6429  F1 0.7071
          gold story patch (4 items) costs P 0.1071  R 0.3571;  in 3 stories (2, 1, 1); with quake (3)
          gold story quake (3 items) costs P 0.1071  R 0.0000;  in 1 story; with patch (1)

        """

    @Test func listsTheCostliestGoldStories() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let folder = temporary.folder
        try Data(Self.headlines.utf8).write(to: folder.appendingPathComponent("headlines.csv"))
        let result = try ParallaxBinary.run(["eval", "clustering", folder.path, "--losses", "5"], in: folder)
        #expect(result.status == 0, "\(result.stderr)")
        let report = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().joined(separator: "\n")
        #expect(report == Self.expected)
    }

    @Test func aNegativeCountIsAUsageError() throws {
        let temporary = try TemporaryStore()
        defer { temporary.remove() }
        let folder = temporary.folder
        let result = try ParallaxBinary.run(["eval", "clustering", folder.path, "--losses=-1"], in: folder)
        #expect(result.status == 2, "status \(result.status)")
        #expect(result.stderr.contains("--losses must be 0 or more"))
    }
}
