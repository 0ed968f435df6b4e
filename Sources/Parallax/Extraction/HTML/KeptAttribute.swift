/// One attribute a `ContentTree` keeps for the metadata reader: lowercased name, decoded value.
struct KeptAttribute {
    let name: String
    let value: String
}
