/// argument-parser's bash script, adjusted so a skill completes from any part of its id as the commands accept
/// it (`num` → `python.numpy`): bash's `compgen -W` keeps only words that start with what was typed, so the
/// candidates, already matched by `CompletionCandidates`, go to COMPREPLY as they are.
enum CompletionScript {
    static let bashFilteredCall = #"__roadmap_add_completions -W "$(__roadmap_custom_complete "#
    static let bashDirectCall = #"__roadmap_add_custom_completions "$(__roadmap_custom_complete "#
    static let bashDirectFunction = """
        __roadmap_add_custom_completions() {
            local completion
            while IFS='' read -r completion; do
                [[ -n "${completion}" ]] && COMPREPLY+=("${completion}")
            done <<<"${1}"
        }


        """

    /// The script a `--generate-completion-script` run prints; zsh and fish scripts pass through unchanged.
    static func adjusted(_ script: String) -> String {
        guard script.contains(bashFilteredCall), let anchor = script.range(of: "__roadmap_custom_complete() {") else {
            return script
        }
        var adjusted = script
        adjusted.insert(contentsOf: bashDirectFunction, at: anchor.lowerBound)
        return adjusted.replacingOccurrences(of: bashFilteredCall, with: bashDirectCall)
    }

    static func isRequested(_ arguments: [String]) -> Bool {
        arguments.contains { $0 == "--generate-completion-script" || $0.hasPrefix("--generate-completion-script=") }
    }
}
