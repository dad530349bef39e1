/// What one evaluation decided, as the journal keeps it: which promise outcomes it
/// reported and which escalation levels customers reached.
///
/// Replaying it sets exactly those decisions again instead of re-running the evaluation, so
/// an engine restored under a changed policy still remembers what it already announced and
/// does not announce it twice. Its contents are the engine's bookkeeping; a host stores it
/// as it stores any entry.
public struct EvaluationRecord: Hashable, Sendable {
    /// The day evaluated.
    public let asOf: CalendarDate
    /// Promises whose reported phase changed, with the phase they now have.
    let phases: [PromisePhaseChange]
    /// Customers whose escalation level rose, with the level reached.
    let escalations: [EscalationChange]

    init(asOf: CalendarDate, phases: [PromisePhaseChange], escalations: [EscalationChange]) {
        self.asOf = asOf
        self.phases = phases
        self.escalations = escalations
    }

    /// How many promise outcomes and escalations it records.
    public var decisionCount: Int { phases.count + escalations.count }
}

/// A promise's reported phase after an evaluation.
struct PromisePhaseChange: Hashable, Sendable, Codable {
    var promiseID: PromiseID
    var phase: UInt8
}

/// A customer's escalation level after an evaluation.
struct EscalationChange: Hashable, Sendable, Codable {
    var customerID: CustomerID
    var level: EscalationLevel
}

extension EvaluationRecord: Codable {
    private enum CodingKeys: String, CodingKey { case asOf, phases, escalations }

    /// Decodes and checks the phase codes.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let phases = try c.decode([PromisePhaseChange].self, forKey: .phases)
        for change in phases where Phase(rawValue: change.phase) == nil {
            throw CollectKitError.invalidData(field: "evaluation.phases", value: String(change.phase), reason: "an unknown phase")
        }
        self.init(asOf: try c.decode(CalendarDate.self, forKey: .asOf), phases: phases,
                  escalations: try c.decode([EscalationChange].self, forKey: .escalations))
    }

    /// Encodes the day and the decisions.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(asOf, forKey: .asOf)
        try c.encode(phases, forKey: .phases)
        try c.encode(escalations, forKey: .escalations)
    }
}
