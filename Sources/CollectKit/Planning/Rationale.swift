/// Why a number in a plan or worklist is what it is, in Chinese and English, with the
/// inputs that produced it.
///
/// Construction is cheap (a code, two static templates and the input values); the text is
/// rendered only when ``zh`` or ``en`` is read, so planning a million customers does not
/// build a million sentences. Templates name inputs in braces: `{ratio}` is replaced by the
/// input named `ratio`.
public struct Rationale: Hashable, Sendable {
    /// A stable machine-readable code such as `ask.anchored`, for logs and tests.
    public let code: String
    /// The inputs the number was computed from, in a fixed order.
    let inputs: [RationaleInput]
    private let zhTemplate: String
    private let enTemplate: String

    /// Creates a rationale from templates whose `{name}` placeholders refer to `inputs`.
    ///
    /// ```swift
    /// Rationale(code: "ask.milestone", zh: "按里程碑 {milestone} 要求付款", en: "Ask for the milestone's {milestone}",
    ///           inputs: ["milestone": .money(amount), "expected": .money(expected)])
    /// ```
    ///
    /// - Parameters:
    ///   - code: A stable, dotted code for logs and tests (`ask.milestone`), never shown to people.
    ///   - zh: The Chinese template.
    ///   - en: The English template.
    ///   - inputs: The named values, in the order they should be listed.
    public init(code: String, zh: String, en: String, inputs: KeyValuePairs<String, RationaleValue>) {
        self.init(code: code, zh: zh, en: en, inputs: inputs.map { RationaleInput($0.key, $0.value) })
    }

    init(code: String, zh: String, en: String, inputs: [RationaleInput]) {
        self.code = code
        self.zhTemplate = zh
        self.enTemplate = en
        self.inputs = inputs
    }

    /// The explanation in Chinese.
    public var zh: String { render(zhTemplate) }
    /// The explanation in English.
    public var en: String { render(enTemplate) }

    /// The value of the input called `name`, if present: what a host or test reads back.
    public func value(named name: String) -> RationaleValue? {
        inputs.first { $0.name == name }?.value
    }

    /// The inputs' names, in order.
    public var inputNames: [String] { inputs.map(\.name) }

    private func render(_ template: String) -> String { Self.render(template, inputs: inputs) }

    /// Replaces `{name}` placeholders in `template` with the named inputs' values; unknown
    /// names are left as they are.
    static func render(_ template: String, inputs: [RationaleInput]) -> String {
        var output = ""
        var name = ""
        var inName = false
        for character in template {
            if inName {
                if character == "}" {
                    output += inputs.first(where: { $0.name == name })?.value.description ?? "{\(name)}"
                    name = ""
                    inName = false
                } else {
                    name.append(character)
                }
            } else if character == "{" {
                inName = true
            } else {
                output.append(character)
            }
        }
        if inName { output += "{" + name }
        return output
    }
}

/// One named input of a ``Rationale``.
struct RationaleInput: Hashable, Sendable {
    /// The input's name, e.g. `ratio` or `expected`.
    let name: String
    /// Its value.
    let value: RationaleValue

    /// Creates an input.
    init(_ name: String, _ value: RationaleValue) {
        self.name = name
        self.value = value
    }
}

/// The value of a rationale input, kept typed so tests and hosts can read it back.
public enum RationaleValue: Hashable, Sendable, CustomStringConvertible {
    /// An amount.
    case money(Money)
    /// A share, rate or confidence (5,500 basis points = 55%).
    case basisPoints(BasisPoints)
    /// A number of days.
    case days(Int)
    /// A count.
    case count(Int)
    /// A date.
    case date(CalendarDate)
    /// A label (a credit standing, a tier, a category).
    case label(String)

    /// The value as it appears in rationale text: `CNY 180,000.00`, `55.00%`, `7`, `2026-03-01`.
    public var description: String {
        switch self {
        case .money(let money): return MoneyText.plain(money)
        case .basisPoints(let share): return MoneyText.percent(basisPoints: share.value)
        case .days(let days): return String(days)
        case .count(let count): return String(count)
        case .date(let date): return date.description
        case .label(let text): return text
        }
    }
}

/// Plain, locale-independent renderings of amounts and percentages for rationale text.
enum MoneyText {
    /// `CNY 180,000.00`: the code form reads the same in Chinese and English sentences.
    static func plain(_ money: Money) -> String {
        money.formatted(MoneyFormatter(style: .code))
    }

    static func percent(basisPoints: Int) -> String {
        let sign = basisPoints < 0 ? "-" : ""
        let value = basisPoints.magnitude
        let fraction = String(value % 100)
        return sign + String(value / 100) + "." + (fraction.count < 2 ? "0" : "") + fraction + "%"
    }
}
