/// How to answer an excuse this customer has used: a fact-based talking point in Chinese and
/// English, carrying the request's amount and date, and a concession only if it is approved.
///
/// Talking points never carry the internal target or quota: the only amounts they can
/// name are the request (`{ask}`) and its date (`{payBy}`).
public struct ExcuseTactic: Hashable, Sendable {
    /// The excuse answered.
    public let category: ExcuseCategory
    /// How often the customer used it in the look-back window.
    public let timesUsed: Int
    /// When they last used it.
    public let lastUsed: CalendarDate
    /// The approved concession the talking point offers, if any.
    public let concession: Concession?
    /// The values the talking point names (`ask`, `payBy`).
    let inputs: [RationaleInput]
    private let zhTemplate: String
    private let enTemplate: String

    /// Creates a tactic from templates whose `{ask}` and `{payBy}` placeholders are filled
    /// from `inputs` when read.
    public init(category: ExcuseCategory, timesUsed: Int, lastUsed: CalendarDate, concession: Concession?,
                zh: String, en: String, inputs: KeyValuePairs<String, RationaleValue>) {
        self.init(category: category, timesUsed: timesUsed, lastUsed: lastUsed, concession: concession, zh: zh, en: en,
                  inputs: inputs.map { RationaleInput($0.key, $0.value) })
    }

    init(category: ExcuseCategory, timesUsed: Int, lastUsed: CalendarDate, concession: Concession?,
         zh: String, en: String, inputs: [RationaleInput]) {
        self.category = category
        self.timesUsed = timesUsed
        self.lastUsed = lastUsed
        self.concession = concession
        self.zhTemplate = zh
        self.enTemplate = en
        self.inputs = inputs
    }

    /// The talking point in Chinese.
    public var zh: String { Rationale.render(zhTemplate, inputs: inputs) }
    /// The talking point in English.
    public var en: String { Rationale.render(enTemplate, inputs: inputs) }
    /// The value of the input called `name` (`ask`, `payBy`), if present.
    public func value(named name: String) -> RationaleValue? { inputs.first { $0.name == name }?.value }
}
