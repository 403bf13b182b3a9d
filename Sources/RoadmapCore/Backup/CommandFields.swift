/// A command as the backup's writer reads it: a row's text where the database holds it (`StoredBackup`), or a command
/// held whole. The commands were a quarter of a large JSON export as Strings and arrays made to be written once.
public protocol CommandFields {
    /// Calls `body` with the field's valid UTF-8 text, or nil for null.
    func withText<Result>(_ field: ProgressBackup.Command.Field, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result
    /// Calls `body` with each argument's valid UTF-8 text, in order.
    func eachArgument(_ body: (UnsafeBufferPointer<UInt8>) -> Void)
}

extension ProgressBackup.Command: CommandFields {
    public enum Field: Sendable {
        case uuid, recordedAt, name, undoes, undoneBy
    }

    public func withText<Result>(_ field: Field, _ body: (UnsafeBufferPointer<UInt8>?) -> Result) -> Result {
        guard var text = self[field] else { return body(nil) }
        return text.withUTF8 { body($0) }
    }

    public func eachArgument(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        for var argument in arguments { argument.withUTF8 { body($0) } }
    }

    /// The command a row's fields make, each read as a String.
    public init(_ fields: some CommandFields) {
        func text(_ field: Field) -> String? { fields.withText(field) { $0.map { String(decoding: $0, as: UTF8.self) } } }
        var arguments: [String] = []
        fields.eachArgument { arguments.append(String(decoding: $0, as: UTF8.self)) }
        self.init(
            uuid: text(.uuid) ?? "", recordedAt: text(.recordedAt) ?? "", name: text(.name) ?? "", arguments: arguments,
            undoes: text(.undoes), undoneBy: text(.undoneBy))
    }

    subscript(field: Field) -> String? {
        switch field {
        case .uuid: uuid
        case .recordedAt: recordedAt
        case .name: name
        case .undoes: undoes
        case .undoneBy: undoneBy
        }
    }
}
