import Benchmark
import CollectKit

// Text judgements on one core. Targets (issues 4 and 6), for utterances of about 40
// characters: lexicon matching ≥ 3.5M utterances/s, the default ensemble with normalisation
// ≥ 1M utterances/s; message review ≥ 500k reviews/s for 60-character drafts; loading the
// shipped model and lexicons < 50 ms. Throughput is reported in operations per second.

/// About 40 characters each, in both languages, in the style of the labelled sets.
let utterances: [String] = [
    "这个月资金实在周转不开,下个月再说吧,老板也在想办法",
    "上批货有三十多箱漏液,客户天天找我退,这钱我怎么付?",
    "你们答应的买十送一搞了吗?没搞的话货款我们得扣掉那部分",
    "财务说要等月底集中付款,我这边没权限,你再等等吧",
    "下游几个工地的钱都没结,我们也是等着米下锅啊兄弟",
    "好的好的,明天一早就给你办过去,放心吧,跑不了的",
    "刚把钱打给另一家供应商了,他们催得太紧,下周给你",
    "發票抬頭開錯了,重新開了再說,對不上賬我們付不了",
    "Cash is really tight this month, can we push it to next?",
    "The last shipment arrived damaged, we're not paying yet.",
    "Our own customers haven't paid us, we're waiting on them.",
    "We already wired it last Friday, please check your bank.",
    "Boss is travelling, nobody can sign off until he's back.",
    "Your product just isn't moving, it's sitting in the warehouse.",
    "Invoice never arrived, send it again and we'll process.",
    "Sure, will transfer tomorrow morning, no worries at all.",
]

/// About 60 characters each: firm and weak collector drafts.
let drafts: [String] = [
    "黄总,按3月15日的会议纪要,剩余14万请于5月10日前付清,我10号当天去贵司核对。",
    "王总,公司给我的任务压力很大,您就帮帮我吧,这个月实在是没办法了,照顾照顾",
    "Hi Tom, per our statement the 182,000 balance is due; please confirm the transfer by Friday.",
    "Hi Anna, no rush at all, whenever you get a chance, just see what you can do, thanks!",
]

let benchmarks: @Sendable () -> Void = {
    let throughput = Benchmark.Configuration(
        metrics: [.throughput, .wallClock, .cpuTotal, .mallocCountTotal],
        timeUnits: .milliseconds, scalingFactor: .kilo, maxDuration: .seconds(10), maxIterations: 30)

    Benchmark("Load the bundled excuse lexicons and naive Bayes model",
              configuration: .init(metrics: [.wallClock, .cpuTotal, .peakMemoryResident], timeUnits: .milliseconds,
                                   maxDuration: .seconds(10), maxIterations: 20)) { _ in
        blackHole(try StandardExcuseClassifier.bundled())
    }

    guard let ensemble = try? StandardExcuseClassifier.bundled(), let lexicon = try? LexiconExcuseClassifier.bundled(),
          let reviewer = try? StandardMessageReviewer() else { return }
    // A thousand utterances per iteration through the public batch call, as a host triaging
    // an inbox or an import would make it.
    let batch = (0..<1_000).map { utterances[$0 & 15] }

    Benchmark("Excuse lexicon, ~40-char utterances (×1000)", configuration: throughput) { _ in
        blackHole(lexicon.topCategories(of: batch))
    }

    Benchmark("Excuse ensemble with normalisation, ~40-char utterances (×1000)", configuration: throughput) { _ in
        blackHole(ensemble.topCategories(of: batch))
    }

    Benchmark("Excuse full assessment with evidence and talking points (×1000)", configuration: throughput) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(ensemble.assess(utterances[index & 15]))
        }
    }

    Benchmark("Message review, ~60-char drafts (×1000)", configuration: throughput) { benchmark in
        for index in benchmark.scaledIterations {
            blackHole(reviewer.review(drafts[index & 3]))
        }
    }
}
