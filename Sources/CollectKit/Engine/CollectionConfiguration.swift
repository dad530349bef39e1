import Foundation

/// Everything that makes one tenant's collections engine behave the way that tenant wants:
/// classifier, message review, policies, plugins, calendar, locale and approved concessions.
///
/// A plain value: build one per tenant and hand it to ``CollectionEngine``. Nothing is
/// registered globally, so two tenants in one process never see each other's settings.
///
/// ```swift
/// var configuration = CollectionConfiguration(timeZone: TimeZone(identifier: "Asia/Shanghai") ?? .gmt)
/// configuration.approvedConcessions = [.installmentPlan]
/// configuration.plugins = [BuildingMaterialsPlugin()]
/// let engine = CollectionEngine(configuration: configuration)
/// ```
public struct CollectionConfiguration: Sendable {
    /// The calendar whose time zone turns instants into business days.
    public var calendar: Calendar
    /// The locale reports and talking points prefer (Chinese when its language is `zh`).
    public var locale: Locale
    /// The excuse classifier, local or remote; `nil` uses ``StandardExcuseClassifier``. The
    /// plugins' categories are added to whichever classifier is used.
    public var excuseClassifier: (any ExcuseClassifier)?
    /// The message reviewer; `nil` uses ``StandardMessageReviewer`` extended with the
    /// plugins' phrases.
    public var messageReviewer: (any MessageReviewer)?
    /// Grace days, kept threshold and signal thresholds for promises.
    public var promisePolicy: PromisePolicy
    /// Aging buckets for reports and metrics.
    public var agingBuckets: AgingBuckets
    /// The planner and its ask, cadence and escalation policies.
    public var planner: CollectionPlanner
    /// Priority policy, per-collector capacity and assignment fallback for the worklist.
    /// Its `planner` is replaced by ``planner`` when the engine is built, so plans and the
    /// worklist always agree.
    public var worklist: WorklistConfiguration
    /// Plugins, applied in this order.
    public var plugins: [any CollectionPlugin]
    /// Currencies the tenant deals in.
    public var currencies: CurrencyTable
    /// The look-back period for DSO and CEI, in days.
    public var metricsPeriodDays: Int
    /// How many recent journal entries the engine keeps with what it needs to undo them:
    /// the reach of ``CollectionEngine/rollback(to:)`` and ``CollectionEngine/entries(after:)``.
    /// A host that acknowledges each commit needs only as many as it has in flight; 0 keeps none.
    public var journalWindow: Int
    /// Receives what the engine notices (plugin failures, journal writes, slow operations,
    /// conditions it handled); `nil` reports nothing. See ``CollectionDiagnostic``.
    public var diagnostics: (@Sendable (CollectionDiagnostic) -> Void)?
    /// How long an operation may take before it is reported as slow (default 2 seconds).
    public var slowOperationThreshold: Duration

    /// A configuration with CollectKit's defaults in `timeZone`.
    public init(timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt,
                locale: Locale = Locale(identifier: "zh_CN")) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
        self.locale = locale
        self.excuseClassifier = nil
        self.messageReviewer = nil
        self.promisePolicy = .standard
        self.agingBuckets = .standard
        self.planner = CollectionPlanner()
        self.worklist = WorklistConfiguration()
        self.plugins = []
        self.currencies = .standard
        self.metricsPeriodDays = 90
        self.journalWindow = 10_000
        self.diagnostics = nil
        self.slowOperationThreshold = .seconds(2)
    }

    /// The concessions collectors may offer this tenant's customers; empty offers none.
    public var approvedConcessions: Set<Concession> {
        get { planner.approvedConcessions }
        set { planner.approvedConcessions = newValue }
    }

    /// Whether reports should be in Chinese.
    public var prefersChinese: Bool { locale.language.languageCode?.identifier == "zh" }

    /// Today's business day in this configuration's time zone.
    public func today(now: Date = Date()) -> CalendarDate { CalendarDate(now, in: calendar) }
}
