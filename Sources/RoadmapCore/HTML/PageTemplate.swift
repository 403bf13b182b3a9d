import Mustache

/// `Templates/page.mustache`, `page.css` and `page.js`, embedded at build time. The template escapes every value
/// by default (`{{value}}`); only the page's own stylesheet and script go in raw (`{{{style}}}`, `{{{script}}}`).
enum PageTemplate {
    static func file(_ name: String) -> String {
        PageTemplateFiles.files.first { $0.name == name }?.contents ?? ""
    }

    static let style = file("page.css")
    static let script = file("page.js")

    /// Parsed once per process; a template that does not parse is a build mistake the tests catch.
    static let page: MustacheTemplate = {
        do { return try MustacheTemplate(string: file("page.mustache")) } catch { preconditionFailure("Templates/page.mustache: \(error)") }
    }()
}

extension HTMLPage {
    /// The whole page, one self-contained HTML file.
    public func render() -> String { PageTemplate.page.render(self) }
}
