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

    /// Where argument-parser's bash script takes the command's name off the words typed, then goes on to complete
    /// that command's arguments, even while the name is the word being typed.
    static let bashSubcommandTaken = """
            local -r subcommand="${unparsed_words[0]}"
            unset 'unparsed_words[0]'
            unparsed_words=("${unparsed_words[@]}")

        """

    /// The command's name still being typed: every name it begins is offered, so `review<Tab>` offers `reviewed` too.
    static func bashNameBeingTyped(_ names: [String]) -> String {
        """
            if [[ "${#unparsed_words[@]}" -eq 0 ]]; then
                COMPREPLY+=($(compgen -W '\(names.joined(separator: " "))' -- "${cur}"))
                return
            fi

        """
    }

    /// The script a `--generate-completion-script` run prints; zsh and fish scripts pass through unchanged.
    static func adjusted(_ script: String, commandNames: [String] = RoadmapCommand.commandNames) -> String {
        guard script.contains(bashFilteredCall), let anchor = script.range(of: "__roadmap_custom_complete() {") else {
            return script
        }
        var adjusted = script
        adjusted.insert(contentsOf: bashDirectFunction, at: anchor.lowerBound)
        adjusted = adjusted.replacingOccurrences(of: bashSubcommandTaken, with: bashSubcommandTaken + bashNameBeingTyped(commandNames))
        return adjusted.replacingOccurrences(of: bashFilteredCall, with: bashDirectCall)
    }

    static func isRequested(_ arguments: [String]) -> Bool {
        arguments.contains { $0 == "--generate-completion-script" || $0.hasPrefix("--generate-completion-script=") }
    }
}
