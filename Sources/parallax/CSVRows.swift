/// A small RFC 4180 CSV parser (quoted fields, doubled quotes, newlines inside quotes) for the benchmark files.
enum CSVRows {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var bytes = Array(text.utf8).makeIterator()
        var pending: UInt8? = nil
        func endField() {
            row.append(String(decoding: field, as: UTF8.self))
            field.removeAll(keepingCapacity: true)
        }
        while let byte = pending ?? bytes.next() {
            pending = nil
            if quoted {
                if byte == 0x22 {
                    let next = bytes.next()
                    if next == 0x22 { field.append(0x22) } else { quoted = false; pending = next }
                } else {
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty: quoted = true
            case 0x2C: endField()
            case 0x0A:
                endField()
                rows.append(row)
                row = []
            case 0x0D: continue
            default: field.append(byte)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            endField()
            rows.append(row)
        }
        return rows
    }
}
