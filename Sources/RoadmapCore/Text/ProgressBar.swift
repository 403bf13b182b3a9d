/// A text progress bar: `██████░░░░`.
public enum ProgressBar {
    public static func render(_ count: ProgressCount, width: Int = 20) -> String {
        let counted = count.total - count.skipped
        let filled = counted == 0 ? width : count.done * width / counted
        return String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
    }
}
