/// A customer giving the same excuse again: "third time: cash flow; the last two ended in
/// broken promises".
struct ExcuseRepetition: Sendable, Hashable {
    /// The repeated category.
    let category: ExcuseCategory
    /// Which time this is, counting the current excuse (3 for the third time).
    let occurrence: Int
    /// Outcomes of the earlier times, oldest first.
    let earlierOutcomes: [ExcuseUse.Outcome]
    /// The summary in Chinese: 「第三次以资金紧张为由;前两次都以失约告终」.
    let summaryChinese: String
    /// The summary in English: "third time: cash flow; the last two ended in broken promises".
    let summaryEnglish: String

    /// The repetition of `category` in `history` (in any order), counting the excuse being
    /// given now; `nil` when the customer has not used this excuse before.
    init?(category: ExcuseCategory, history: [ExcuseUse]) {
        let earlier = history.filter { $0.category == category }.sorted { $0.date < $1.date }
        guard !earlier.isEmpty, category != .notAnExcuse else { return nil }
        self.category = category
        occurrence = earlier.count + 1
        earlierOutcomes = earlier.map(\.outcome)
        let recent = earlierOutcomes.suffix(3)
        let broken = recent.reversed().prefix { $0 == .notPaid }.count
        let kept = recent.reversed().prefix { $0 == .paid }.count
        var zh = "第\(Self.chineseOrdinal(occurrence))次以\(category.chineseName)为由"
        var en = "\(Self.englishOrdinal(occurrence)) time: \(category.englishName)"
        if broken >= 2 {
            zh += ";前\(Self.chineseCount(broken))次都以失约告终"
            en += "; the last \(Self.englishCount(broken)) ended in broken promises"
        } else if broken == 1 {
            zh += ";上一次以失约告终"
            en += "; the last one ended in a broken promise"
        } else if kept >= 1 {
            zh += kept >= 2 ? ";前\(Self.chineseCount(kept))次都按约付款" : ";上一次按约付款"
            en += kept >= 2 ? "; the last \(Self.englishCount(kept)) ended in payment as promised" : "; the last one ended in payment as promised"
        } else if earlier.last?.outcome == .confirmedDispute {
            zh += ";上一次问题属实并已解决"
            en += "; last time the problem was real and was resolved"
        }
        summaryChinese = zh
        summaryEnglish = en
    }

    /// The repetition of each category in `history` that occurs more than once, counting
    /// the latest record as the current excuse.
    static func all(in history: [ExcuseUse]) -> [ExcuseRepetition] {
        let sorted = history.sorted { $0.date < $1.date }
        var results: [ExcuseRepetition] = []
        for category in Set(sorted.map(\.category)).sorted() {
            let uses = sorted.filter { $0.category == category }
            guard uses.count >= 2 else { continue }
            if let repetition = ExcuseRepetition(category: category, history: Array(uses.dropLast())) {
                results.append(repetition)
            }
        }
        return results
    }

    private static let chineseDigits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]

    private static func chineseOrdinal(_ n: Int) -> String { n >= 0 && n <= 10 ? chineseDigits[n] : String(n) }

    private static func chineseCount(_ n: Int) -> String { n == 2 ? "两" : chineseOrdinal(n) }

    private static func englishOrdinal(_ n: Int) -> String {
        let words = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
        if n >= 0 && n < words.count { return words[n] }
        let suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : [1: "st", 2: "nd", 3: "rd"][n % 10] ?? "th"
        return "\(n)\(suffix)"
    }

    private static func englishCount(_ n: Int) -> String {
        let words = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return n >= 0 && n < words.count ? words[n] : String(n)
    }
}
