import Foundation

/// Why an output file (an export, report, post, template or backup) was not written. Whatever
/// the reason, nothing was left at the target or beside it: no partial file, no half-written
/// document, and what was at the target before is still there.
public struct OutputFileError: Error, CustomStringConvertible, Sendable, Equatable {
    /// The file that was to be written.
    public let target: String
    /// What went wrong, and what to do about it when there is something to do.
    public let reason: String

    /// `target` was not written because of `reason`.
    public init(_ target: String, _ reason: String) {
        self.target = target
        self.reason = reason
    }

    /// `target` was not written because a system call failed with `code` (an `errno` value).
    init(_ target: String, doing action: String, errno code: Int32) {
        let advice: String
        switch code {
        case ENOSPC, EDQUOT: advice = "the disk is full; free some space and run the command again"
        case EACCES, EPERM, EROFS: advice = "you may not write to that folder"
        case ENOENT: advice = "its folder does not exist"
        default: advice = String(cString: strerror(code))
        }
        self.init(target, "\(action): \(advice)")
    }

    public var description: String { "\(target) was not written: \(reason)" }
}
