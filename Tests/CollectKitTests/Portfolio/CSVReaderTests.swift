@testable import CollectKit
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    let reader = CSVReader(file: "t.csv")

    @Test func splitsPlainRowsAndRemembersLines() throws {
        let rows = try reader.rows("a,b,c\n1,2,3\n\n4,,6\n")
        #expect(rows.map(\.fields) == [["a", "b", "c"], ["1", "2", "3"], ["4", "", "6"]])
        #expect(rows.map(\.line) == [1, 2, 4])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let rows = try reader.rows("id,text\r\n1,\"Acme, \"\"Best\"\" Co\"\r\n2,\"最近资金紧张,\n下个月再说\"\r\n3,\"\"\n")
        #expect(rows.map(\.fields) == [["id", "text"], ["1", "Acme, \"Best\" Co"], ["2", "最近资金紧张,\n下个月再说"], ["3", ""]])
        #expect(rows.map(\.line) == [1, 2, 3, 5])
    }

    @Test func lastRowWithoutNewlineAndByteOrderMark() throws {
        let rows = try reader.rows("\u{FEFF}a,b\n1,2")
        #expect(rows.map(\.fields) == [["a", "b"], ["1", "2"]])
    }

    @Test func anUnclosedQuoteNamesItsLine() {
        #expect(throws: CollectKitError(kind: .invalidData, field: "t.csv:2", value: "\"", reason: "this quoted field is never closed")) {
            try reader.rows("a,b\n1,\"open\n2,3\n")
        }
    }

    @Test func textAfterAClosingQuoteIsRejected() throws {
        do {
            _ = try reader.rows("a\n\"x\"y\n")
            Issue.record("expected an error")
        } catch {
            #expect(error.kind == .invalidData)
            #expect(error.field == "t.csv:2")
        }
    }
}
