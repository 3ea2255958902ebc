/// Numbers drawn from a seed alone (SplitMix64), so that a test's random case is made again alike
/// from its number: the tests that break inputs at random (`MutatedMinutesTests`,
/// `MutatedQueriesTests`, the daemon's random requests).
public struct SeededNumbers: Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    /// A number from 0 up to count (0 when count is 0).
    public mutating func below(_ count: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return count <= 0 ? 0 : Int((z ^ (z >> 31)) % UInt64(count))
    }
}
