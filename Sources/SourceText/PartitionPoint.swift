extension RandomAccessCollection where Index == Int {
    /// The first index whose element is past the point `isPast` marks, in a collection where every element it is false
    /// for comes before every element it is true for (a binary search; `endIndex` when there is none).
    @inlinable public func partitionPoint(_ isPast: (Element) -> Bool) -> Int {
        var low = startIndex, high = endIndex
        while low < high {
            let middle = low + (high - low) / 2
            if isPast(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
