/// CollectKit's default ``MessageReviewer``: phrase lexicons matched in one automaton pass over
/// the normalised draft, plus a scan for amounts and deadlines, combined by rules.
///
/// - `pleading`, `quota_disclosure`: a lexicon phrase; for quota disclosure also the collector's own
///   superior close to a pressure phrase ("我们老板天天催", "my manager keeps chasing me").
/// - `unapproved_incentive`: an offered concession whose kind and rates match no approved incentive
///   in the context (none approved when the context is absent), or a personal side deal.
/// - `passive_close`: a phrase handing the initiative back ("您看着办", "no rush"; in a draft naming an
///   amount and a deadline, only as the last clause); a time left to
///   the customer ("您方便的时候") as the last clause; or a courteous goodbye ("您先忙") as the last
///   clause of a draft that does not name both an amount and a deadline.
/// - `vague_request`: the draft asks for payment (or pleads, discloses, offers or closes passively)
///   without naming both a concrete amount and a concrete deadline. Receipts and documents sent for
///   information are not requests.
///
/// Built once and shared: immutable and `Sendable`. Extend it with
/// ``init(additionalPhrases:flagExplanations:)``; plugins add flags with
/// `MessageReviewPhrase.Role.signals(MessageFlag(rawValue: "…"))`.
///
/// - Complexity: Reviewing is O(n) in the draft's UTF-8 length: one normalisation, one automaton
///   pass and one scan for figures (a second automaton pass only when a suppressing phrase occurs).
public struct StandardMessageReviewer: MessageReviewer {
    private let normalizer: TextNormalizer
    private let matcher: MultiPatternMatcher
    private let roles: [PhraseCode]
    private let slotFlags: [MessageFlag]
    private let explanations: [ReviewText]   // by flag slot, so findings need no hashing

    /// The standard reviewer over the built-in lexicons plus `additionalPhrases`; `flagExplanations`
    /// say why a plugin's flags cost money (and may reword the built-in ones).
    ///
    /// - Throws: ``CollectKitError/Kind/invalidData`` if the built-in lexicon resources are missing.
    public init(additionalPhrases: [MessageReviewPhrase] = [],
                flagExplanations: [MessageFlag: ReviewText] = [:]) throws(CollectKitError) {
        self.init(lexicon: try .builtIn(), additionalPhrases: additionalPhrases, flagExplanations: flagExplanations)
    }

    /// A reviewer over exactly `lexicon` plus `additionalPhrases`, normalising with `normalizer`.
    init(lexicon: MessageReviewLexicon, additionalPhrases: [MessageReviewPhrase] = [],
                flagExplanations: [MessageFlag: ReviewText] = [:], normalizer: TextNormalizer = .standard) {
        var slotFlags = MessageFlag.builtIn
        var kinds: [String] = []
        var patterns: [MultiPatternMatcher.Pattern] = []
        var roles: [PhraseCode] = []
        // Collectors write 你 as often as the polite 您: every phrase with 您 also matches with 你.
        var phrases = lexicon.phrases + additionalPhrases
        for phrase in phrases where phrase.text.unicodeScalars.contains("您") {
            phrases.append(MessageReviewPhrase(
                String(String.UnicodeScalarView(phrase.text.unicodeScalars.map { $0 == "您" ? "你" : $0 })), role: phrase.role))
        }
        for phrase in phrases {
            let bytes = normalizer.normalizedBytes(phrase.text)
            guard !bytes.isEmpty else { continue }
            let hasLetter = bytes.contains { ($0 >= 0x61 && $0 <= 0x7A) }
            patterns.append(.init(bytes: bytes, wholeWord: hasLetter))
            let code: PhraseCode
            switch phrase.role.storage {
            case .signals(let flag):
                if let slot = slotFlags.firstIndex(of: flag) {
                    code = PhraseCode(role: .flag, argument: Int32(slot))
                } else {
                    slotFlags.append(flag)
                    code = PhraseCode(role: .flag, argument: Int32(slotFlags.count - 1))
                }
            case .concession(let kind):
                if let index = kinds.firstIndex(of: kind) {
                    code = PhraseCode(role: .concession, argument: Int32(index))
                } else {
                    kinds.append(kind)
                    code = PhraseCode(role: .concession, argument: Int32(kinds.count - 1))
                }
            case .plain(let plain): code = PhraseCode(role: .plain(plain), argument: 0)
            }
            roles.append(code)
        }
        self.normalizer = normalizer
        self.matcher = MultiPatternMatcher(patterns: patterns)
        self.roles = roles
        self.slotFlags = slotFlags
        self.explanations = slotFlags.map { flag in
            flagExplanations[flag] ?? FlagExplanations.builtIn[flag] ?? FlagExplanations.fallback(for: flag)
        }
    }

    /// Reviews `draft`; see the type's documentation for the rules.
    public func review(_ draft: String, context: MessageContext?) -> MessageReview {
        let text = normalizer.normalize(draft)
        var evidence = collectEvidence(in: text, context: context, suppressed: [])
        if evidence.sawSuppressor {
            var suppressed: [Range<Int>] = []
            matcher.forEachMatch(in: text) { match in
                if roles[match.patternIndex].role == .plain(.suppressor) { suppressed.append(match.byteRange) }
            }
            evidence = collectEvidence(in: text, context: context, suppressed: suppressed)
        }
        let figures = DraftFigures(scanning: text)
        let language: Language = figures.cjkCharacters > 0 && figures.cjkCharacters * 2 >= figures.latinLetters
            ? .chinese : .english

        let namesAmount = figures.amount != nil && evidence.unspecifiedAmount == nil
        let namesDeadline = figures.deadline != nil || evidence.deadline != nil
        let firm = namesAmount && namesDeadline
        // "Thanks for the 20k… the rest can wait, no rush" acknowledges one payment and leaves the rest open.
        let acknowledgesOnly = evidence.acknowledgement != nil && evidence.unspecifiedTime == nil
            && evidence.unspecifiedAmount == nil && evidence.flagSpans.passive == nil
        let requests = evidence.unspecifiedTime != nil || evidence.unspecifiedAmount != nil
            || (evidence.paymentRequest != nil && !acknowledgesOnly && evidence.information == nil)

        var spans = evidence.flagSpans
        // In a firm draft a soothing phrase scoped to something else ("no rush on the paperwork, but
        // the 5,500 is due Monday") does not hand the initiative back; one that ends the draft does.
        if firm, spans.passive != nil {
            spans.passive = evidence.lastPassive.flatMap { text.isInLastClause($0) ? $0 : nil }
        }
        if spans.passive == nil, let deferral = evidence.lastDeferral, text.isInLastClause(deferral) {
            spans.passive = deferral
        }
        if spans.passive == nil, !firm, !acknowledgesOnly, let courtesy = evidence.courtesyClose,
           text.isInLastClause(courtesy) {
            spans.passive = courtesy
        }
        if spans.vague == nil, !firm, !acknowledgesOnly,
           requests || spans.pleading != nil || spans.quota != nil || spans.passive != nil || spans.unapproved != nil {
            spans.vague = evidence.unspecifiedTime ?? evidence.unspecifiedAmount ?? evidence.paymentRequest
                ?? 0..<text.bytes.count
        }

        var findings: [MessageFinding] = []
        func add(_ slot: Int, _ range: Range<Int>?) {
            guard let range else { return }
            let flag = slotFlags[slot]
            let span = text.originalRange(ofBytes: range)
            findings.append(MessageFinding(
                flag: flag, span: span, text: draft[span],
                whyItCostsMoney: explanations[slot],
                language: language, context: context))
        }
        add(0, spans.pleading)
        add(1, spans.quota)
        add(2, spans.unapproved)
        add(3, spans.vague)
        add(4, spans.passive)
        if !evidence.custom.isEmpty {
            var seen: [Int] = []
            for (slot, range) in evidence.custom where !seen.contains(slot) {
                seen.append(slot)
                add(slot, range)
            }
        }
        let firmness = FirmnessSummary(
            namesAmount: namesAmount, namesDeadline: namesDeadline,
            namesNextStep: evidence.nextStep != nil,
            staysFactual: spans.pleading == nil && spans.quota == nil && spans.unapproved == nil)
        return MessageReview(draft: draft, language: language, findings: findings, firmness: firmness)
    }

    private func collectEvidence(in text: NormalizedText, context: MessageContext?,
                                 suppressed: [Range<Int>]) -> DraftEvidence {
        var evidence = DraftEvidence()
        var approvals: ApprovedIncentives?
        matcher.forEachMatch(in: text) { match in
            let code = roles[match.patternIndex]
            let range = match.byteRange
            if code.role == .plain(.suppressor) {
                evidence.sawSuppressor = true
                return
            }
            if !suppressed.isEmpty {
                // A suppressor cancels shorter matches inside it, not the same words in another role.
                for outer in suppressed where outer.lowerBound <= range.lowerBound && range.upperBound <= outer.upperBound
                    && outer != range {
                    return
                }
            }
            switch code.role {
            case .flag:
                switch code.argument {
                case 0: evidence.flagSpans.pleading = evidence.flagSpans.pleading ?? range
                case 1: evidence.flagSpans.quota = evidence.flagSpans.quota ?? range
                case 2: evidence.flagSpans.unapproved = evidence.flagSpans.unapproved ?? range
                case 3: evidence.flagSpans.vague = evidence.flagSpans.vague ?? range
                case 4:
                    evidence.flagSpans.passive = evidence.flagSpans.passive ?? range
                    evidence.lastPassive = range
                default: evidence.custom.append((Int(code.argument), range))
                }
            case .concession:
                guard evidence.flagSpans.unapproved == nil else { return }
                if approvals == nil {
                    approvals = ApprovedIncentives(context?.approvedIncentives ?? [], reviewer: self)
                }
                if let approvals, !approvals.covers(kind: code.argument, at: range, in: text) {
                    evidence.flagSpans.unapproved = range
                }
            case .plain(.sideDeal): evidence.flagSpans.unapproved = evidence.flagSpans.unapproved ?? range
            case .plain(.courtesyClose):
                // Keep the last goodbye, and the longest one ending at the same place ("您有事先忙", not "先忙").
                if let kept = evidence.courtesyClose, kept.lowerBound <= range.lowerBound, range.upperBound <= kept.upperBound {
                    break
                }
                evidence.courtesyClose = range
            case .plain(.deferral):
                evidence.lastDeferral = range
                evidence.unspecifiedTime = evidence.unspecifiedTime ?? range
            case .plain(.deadline): evidence.deadline = evidence.deadline ?? range
            case .plain(.unspecifiedAmount): evidence.unspecifiedAmount = evidence.unspecifiedAmount ?? range
            case .plain(.unspecifiedTime): evidence.unspecifiedTime = evidence.unspecifiedTime ?? range
            case .plain(.paymentRequest): evidence.paymentRequest = evidence.paymentRequest ?? range
            case .plain(.acknowledgement): evidence.acknowledgement = evidence.acknowledgement ?? range
            case .plain(.information): evidence.information = evidence.information ?? range
            case .plain(.nextStep): evidence.nextStep = evidence.nextStep ?? range
            case .plain(.superior):
                evidence.superior = range
                evidence.notePressureFromSuperior()
            case .plain(.pressure):
                evidence.pressure = range
                evidence.notePressureFromSuperior()
            case .plain(.suppressor): break
            }
        }
        return evidence
    }

    /// The concession kinds (by index) named in `text`, for matching approved incentives.
    func concessionKinds(in text: NormalizedText) -> [Int32] {
        var kinds: [Int32] = []
        matcher.forEachMatch(in: text) { match in
            let code = roles[match.patternIndex]
            if code.role == .concession, !kinds.contains(code.argument) { kinds.append(code.argument) }
        }
        return kinds
    }

    func normalize(_ text: String) -> NormalizedText { normalizer.normalize(text) }
}

/// A lexicon phrase's role, compiled to two small integers so the hot loop does no hashing.
struct PhraseCode: Sendable {
    enum Role: Equatable, Sendable {
        case flag, concession
        case plain(MessageReviewPhrase.Role.Plain)
    }
    let role: Role
    let argument: Int32
}

/// The first place each signal occurs in one draft.
struct DraftEvidence {
    struct FlagSpans {
        var pleading: Range<Int>?
        var quota: Range<Int>?
        var unapproved: Range<Int>?
        var vague: Range<Int>?
        var passive: Range<Int>?
    }
    var flagSpans = FlagSpans()
    var custom: [(Int, Range<Int>)] = []
    var courtesyClose: Range<Int>?   // the last one
    var lastDeferral: Range<Int>?
    var lastPassive: Range<Int>?
    var deadline: Range<Int>?
    var unspecifiedAmount: Range<Int>?
    var unspecifiedTime: Range<Int>?
    var paymentRequest: Range<Int>?
    var acknowledgement: Range<Int>?
    var information: Range<Int>?
    var nextStep: Range<Int>?
    var superior: Range<Int>?   // the last one
    var pressure: Range<Int>?   // the last one
    var sawSuppressor = false

    /// How close (in normalised bytes) a superior and a pressure phrase must be to disclose pressure:
    /// about a dozen CJK characters or a short English clause.
    static let pressureReach = 40

    /// "我们老板天天催" / "my manager keeps chasing me": the latest superior and pressure phrases
    /// close together disclose the collector's pressure.
    mutating func notePressureFromSuperior() {
        guard flagSpans.quota == nil, let superior, let pressure else { return }
        let gap = superior.lowerBound < pressure.lowerBound
            ? pressure.lowerBound - superior.upperBound : superior.lowerBound - pressure.upperBound
        if gap <= Self.pressureReach {
            flagSpans.quota = min(superior.lowerBound, pressure.lowerBound)..<max(superior.upperBound, pressure.upperBound)
        }
    }
}
