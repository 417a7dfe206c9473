/// The splitmix64 finaliser the benchmark harness (`../shared/bench/benchdata.py`) derives
/// every cell from: a pure function of its 64-bit input, wrapping modulo 2^64.
public enum SplitMix64 {
    /// splitmix64 of `x`.
    @inline(__always)
    public static func hash(_ x: UInt64) -> UInt64 {
        var z = x &+ 0x9E37_79B9_7F4A_7C15
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
