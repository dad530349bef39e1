extension NormalizedText {
    /// Whether the normalised bytes in `byteRange` lie in the last clause of the original text:
    /// no clause punctuation (, . ; ! ? and their full-width forms) followed by more words after them,
    /// except a short sign-off without figures ("谢谢!", "Regards.", "Thanks so much"), which closes
    /// the draft without taking back the initiative.
    ///
    /// - Complexity: O(n) in the length of the text after the range.
    func isInLastClause(_ byteRange: Range<Int>) -> Bool {
        let utf8 = original.utf8
        let end = originalRange(ofBytes: byteRange).upperBound
        var sawPunctuation = false
        var tailLetters = 0, tailCJK = 0
        var index = end
        while index < utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case 0x2C, 0x2E, 0x3B, 0x21, 0x3F, 0x0A:
                sawPunctuation = true
            case 0xE3, 0xEF:
                // 。、 (E3 80 82 / E3 80 81) and full-width ，！？； (EF BC ..) separate clauses.
                let next = utf8.index(after: index)
                if next < utf8.endIndex, utf8[next] == 0x80 || utf8[next] == 0xBC { sawPunctuation = true }
            case 0x30...0x39:
                if sawPunctuation { return false }
            case 0x41...0x5A, 0x61...0x7A:
                if sawPunctuation {
                    tailLetters += 1
                    if tailLetters > Self.signOffLetters || tailCJK > 0 { return false }
                }
            case 0xE4...0xE9:
                if sawPunctuation {
                    tailCJK += 1
                    if tailCJK > Self.signOffCJK || tailLetters > 0 { return false }
                }
            default:
                break
            }
            index = utf8.index(after: index)
        }
        return true
    }

    /// The longest sign-off after the last clause that still leaves that clause last: "Thanks & regards" / "谢谢您了".
    private static let signOffLetters = 16
    private static let signOffCJK = 4
}
