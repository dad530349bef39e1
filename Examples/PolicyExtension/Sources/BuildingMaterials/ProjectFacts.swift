import CollectKit

/// What a building-materials distributor knows about a customer whose money comes from a
/// construction project (工程款): the customer is paid when the project owner or main
/// contractor pays a milestone, and can only pay us after that.
///
/// Stored in the customer's ``CustomerAttributes`` so any CRM can fill it.
extension CustomerAttributes.Key where Value == Bool {
    /// The customer is paid from construction projects.
    public static let isProjectCustomer = Self("building.isProjectCustomer")
}

extension CustomerAttributes.Key where Value == CalendarDate {
    /// When the project's next payment milestone falls (e.g. 主体封顶, 竣工验收).
    public static let nextMilestoneDate = Self("building.nextMilestoneDate")
}

extension CustomerAttributes.Key where Value == Money {
    /// What the project owner releases to the customer at the next milestone.
    public static let nextMilestoneAmount = Self("building.nextMilestoneAmount")
}

extension ExcuseCategory {
    /// "We're waiting for the project owner to pay us" (等工程款 / 甲方没拨款).
    public static let waitingForProjectPayment = ExcuseCategory(rawValue: "waiting_for_project_payment")
}
