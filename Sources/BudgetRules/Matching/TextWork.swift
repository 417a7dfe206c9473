/// A count of the Unicode scalars the text-handling steps examine (normalising names,
/// taking headers and labels apart, reading units), for tests that check those steps
/// stay linear in a text's length: work measured as a count, not as time.
///
/// Counting is off unless a test binds ``current`` around a synchronous piece of work
/// (`TextWork.$current.withValue(counter) { … }`); then each step adds the scalars it
/// looked at. The steps run on the binding task's thread (validation and import are
/// synchronous), which is what makes the unsynchronised total safe.
package final class TextWork: @unchecked Sendable {
    /// The counter the text steps in the current task add to; `nil` (the default) counts nothing.
    @TaskLocal package static var current: TextWork?

    /// The scalars counted so far.
    package private(set) var scalars = 0

    package init() {}

    /// Adds `count` scalars to the current counter, if there is one.
    @inline(__always)
    package static func add(_ count: Int) {
        current?.scalars += count
    }
}
