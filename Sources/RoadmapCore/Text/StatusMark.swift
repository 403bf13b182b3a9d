/// `[x]` done, `[~]` learning, `[-]` skipped, `[ ]` to do.
public enum StatusMark {
    public static func render(_ status: SkillStatus, style: TextStyle = .plain) -> String {
        switch status {
        case .done: return style.green("[x]")
        case .learning: return style.yellow("[~]")
        case .skipped: return style.dim("[-]")
        case .todo: return "[ ]"
        }
    }
}
