extension RandomAccessCollection where Index == Int {
    /// The first index whose element is not `isBefore` a sought value, by binary search: `isBefore` must hold for a
    /// prefix of the collection and for nothing after it (the collection is sorted by what it tests).
    func partitionPoint(_ isBefore: (Element) -> Bool) -> Int {
        var (low, high) = (startIndex, endIndex)
        while low < high {
            let middle = low + (high - low) / 2
            if isBefore(self[middle]) { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
