import CollectKit
import Foundation

extension CollectionConfiguration {
    /// A tenant configuration for a building-materials distributor: the plugin, the
    /// project-aware cadence and ask, and installment plans approved as a concession.
    public static func buildingMaterials(timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt) -> CollectionConfiguration {
        var configuration = CollectionConfiguration(timeZone: timeZone)
        configuration.plugins = [BuildingMaterialsPlugin()]
        configuration.planner.cadencePolicy = ProjectCadencePolicy()
        configuration.planner.askPolicy = MilestoneAskPolicy()
        configuration.approvedConcessions = [.installmentPlan]
        return configuration
    }
}
