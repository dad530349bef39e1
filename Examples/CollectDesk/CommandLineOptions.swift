import CollectKit

/// A mistake in how the tool was called: printed with a hint and exit status 2.
struct UsageError: Error {
    let message: String
    let command: String?
}

/// What every subcommand accepts, and the arguments left for the subcommand itself.
struct CommandLineOptions {
    var language: Language = .english
    var asOf: CalendarDate?
    /// `--portfolio FILE`: work on this portfolio (.json or .csv) instead of the bundled sample.
    var portfolioPath: String?
    var wantsHelp = false
    var command: String?
    var arguments: [String] = []
    /// Subcommand options that take a value (`--html FILE`, `--customer ID`).
    var values: [String: String] = [:]

    static let subcommands = ["worklist", "plan", "triage", "review", "metrics", "import", "report"]
    private static let valueOptions: Set<String> = ["--html", "--customer", "--top", "--collector"]

    /// Parses `--lang`, `--as-of`, `--portfolio`, `--help` anywhere on the line; the first other word is the
    /// subcommand and the rest its arguments. After `--` every word is an argument, so a
    /// draft may start with a dash.
    init(_ words: [String]) throws(UsageError) {
        var rest = words[...]
        while let word = rest.popFirst() {
            switch word {
            case "--" where command != nil:
                arguments += rest
                rest = []
            case "--help", "-h":
                wantsHelp = true
            case "help" where command == nil:
                wantsHelp = true
            case "--lang":
                switch rest.popFirst() {
                case "zh"?: language = .chinese
                case "en"?: language = .english
                case let other:
                    throw UsageError(message: "--lang takes zh or en, not \(other.map { "'\($0)'" } ?? "nothing")", command: command)
                }
            case "--as-of":
                guard let text = rest.popFirst() else {
                    throw UsageError(message: "--as-of needs a date YYYY-MM-DD", command: command)
                }
                do { asOf = try CalendarDate(iso8601: text) } catch {
                    throw UsageError(message: "--as-of: \(error)", command: command)
                }
            case "--portfolio":
                guard let path = rest.popFirst() else {
                    throw UsageError(message: "--portfolio needs a FILE (.json or .csv)", command: command)
                }
                portfolioPath = path
            case let option where Self.valueOptions.contains(option):
                guard let value = rest.popFirst() else {
                    throw UsageError(message: "\(option) needs a value", command: command)
                }
                values[option] = value
            case let option where option.hasPrefix("--") && option.count > 2:
                throw UsageError(message: "unknown option \(option)", command: command)
            default:
                if command == nil {
                    guard Self.subcommands.contains(word) else {
                        throw UsageError(message: "unknown subcommand '\(word)'", command: nil)
                    }
                    command = word
                } else {
                    arguments.append(word)
                }
            }
        }
    }
}
