import PlanModel

/// The order exported sheets list things in.
enum ExportOrder {
    /// The activities sorted by focus area; within an area in the plan's order.
    static func activities(of plan: Plan) -> [Activity] {
        plan.activities.enumerated()
            .sorted { ($0.element.focusArea, $0.offset) < ($1.element.focusArea, $1.offset) }
            .map(\.element)
    }

    /// Every focus-area number the plan has: its focus areas and any area an activity
    /// names that is not among them, in increasing order, each once.
    static func areaNumbers(of plan: Plan) -> [Int] {
        Set(plan.focusAreas.map(\.number) + plan.activities.map(\.focusArea)).sorted()
    }
}
