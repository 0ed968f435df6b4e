import Foundation

/// Settings written as a versioned list of named values ("clustering/1: assignmentThreshold=0.3; …"): what a store
/// or an index snapshot records of the settings it was built with. Keys are fixed names, not Swift property
/// names, so renaming code strands nothing; a comparison names the settings that differ.
package struct SettingsFingerprint: Sendable, Equatable, CustomStringConvertible {
    /// What the values describe and the version of their list ("clustering/1").
    package let schema: String
    /// Key → value, both without ";", "=" or line breaks.
    package let values: [String: String]

    package init(schema: String, values: [String: String]) {
        self.schema = schema
        self.values = values
    }

    /// "schema: key=value; key=value", keys in order.
    package var description: String {
        schema + ": " + values.keys.sorted().map { "\($0)=\(values[$0]!)" }.joined(separator: "; ")
    }

    /// The fingerprint a `description` wrote, or nil for any other text (what an older build recorded).
    package init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":"), text[..<colon].contains("/") else { return nil }
        var values: [String: String] = [:]
        for pair in text[text.index(after: colon)...].split(separator: ";") {
            let parts = pair.trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
            guard parts.count == 2 else { return nil }
            values[String(parts[0])] = String(parts[1])
        }
        self.init(schema: String(text[..<colon]), values: values)
    }

    /// The settings whose values differ, in words ("assignmentThreshold is 0.25 here, 0.3 there"), keys in order;
    /// a different schema is one difference.
    package func differences(from other: SettingsFingerprint) -> [String] {
        guard schema == other.schema else { return ["the settings list is \(schema) here, \(other.schema) there"] }
        return Set(values.keys).union(other.values.keys).sorted().compactMap { key in
            let (here, there) = (values[key], other.values[key])
            return here == there ? nil : "\(key) is \(here ?? "unset") here, \(there ?? "unset") there"
        }
    }
}
