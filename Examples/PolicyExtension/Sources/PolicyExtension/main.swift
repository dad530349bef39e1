// policy-extension: a building-materials distributor's CollectKit, with a plugin and two
// custom policies. Shows the plugin's excuse category and a milestone-aware plan.
import BuildingMaterials
import CollectKit

let asOf = CalendarDate(daysSinceEpoch: 20_784) // 2026-11-27, fixed so the output is reproducible
let engine = CollectionEngine(configuration: .buildingMaterials())

var attributes = CustomerAttributes()
attributes[.isProjectCustomer] = true
attributes[.nextMilestoneDate] = asOf.adding(days: 2)
attributes[.nextMilestoneAmount] = Money(minorUnits: 12_000_000, currency: .cny) // ¥120,000
do {
    try await engine.upsert(StandardCustomer(customerID: "JZ-001", creditStanding: .fair,
                                            attributes: attributes))
    try await engine.record(Receivable(id: "INV-8801", customerID: "JZ-001",
                                       amount: Money(minorUnits: 10_000_000, currency: .cny), // ¥100,000 overdue
                                       issueDate: asOf.adding(days: -75), dueDate: asOf.adding(days: -45)))
    try await engine.record(Receivable(id: "INV-8802", customerID: "JZ-001",
                                       amount: Money(minorUnits: 20_000_000, currency: .cny), // ¥200,000 due later
                                       issueDate: asOf.adding(days: -5), dueDate: asOf.adding(days: 55)))
    try await engine.record(AskOutcome(asked: Money(minorUnits: 20_000_000, currency: .cny),
                                       paid: Money(minorUnits: 11_000_000, currency: .cny), date: asOf.adding(days: -120)),
                            for: "JZ-001")

    let said = "甲方的工程款还没拨下来,等项目款到了再给你们"
    let assessment = try await engine.recordExcuse(said, customer: "JZ-001", on: asOf).assessment
    print("excuse: \(assessment.category) (confidence \(assessment.confidence))")
    for point in assessment.talkingPointsChinese { print("  · \(point)") }

    let plan = try await engine.plan(for: "JZ-001", asOf: asOf)
    for line in plan.lines {
        if let request = line.request {
            print("ask: \(request.amount.formatted()) by \(request.payBy)")
            if let why = line.requestRationale { print("  why: \(why.en)") }
        }
    }
    if let next = plan.contacts.first {
        print("next contact: \(next.date) by \(next.channel)")
    }
    print("cadence: every \(plan.cadenceDays) days: \(plan.cadenceRationale.en)")

    let review = engine.review("王总,不急,等工程款下来再说")
    print("review: \(review.flags.map(\.rawValue).joined(separator: ", "))")
} catch {
    print("policy-extension: \(error)")
}
