import Testing
import CollectKitTesting
@testable import CollectKit

@Suite struct TextNormalizerBytesTests {
    @Test func matchesTheMappedNormaliser() {
        var storage: [UInt8] = []
        for text in ["  ＰＡＹ　Now！！這筆錢，貨款 ", "", "😀", "It's NOT about the money", "老細仲未返,冇人簽字", "ÀÉÎ über"] {
            let count = TextNormalizer.standard.normalizedBytes(of: text, into: &storage)
            #expect(Array(storage[0..<count]) == TextNormalizer.standard.normalize(text).bytes)
        }
    }

    @Test func randomTextNormalisesIdentically() {
        var random = SeededRandomNumberGenerator(seed: 42)
        let pool: [Character] = Array("錢钱貨 aZ9%,.！？ＡＢ１２😀\u{0}\u{7F}éÉßЖ中\u{3000}\u{FE0F}\u{200D}ー한\t")
        var storage: [UInt8] = []
        for _ in 0..<500 {
            let text = String((0..<Int.random(in: 0..<40, using: &random)).map { _ in
                pool[Int.random(in: 0..<pool.count, using: &random)]
            })
            let count = TextNormalizer.standard.normalizedBytes(of: text, into: &storage)
            #expect(Array(storage[0..<count]) == TextNormalizer.standard.normalize(text).bytes)
        }
    }

    @Test func foldsTheAddedTraditionalCharacters() {
        let text = TextNormalizer.standard.normalize("緩一緩 墊付 會議 師傅 裝修 凍結 櫃台")
        #expect(String(decoding: text.bytes, as: UTF8.self) == "缓一缓 垫付 会议 师傅 装修 冻结 柜台")
    }
}
