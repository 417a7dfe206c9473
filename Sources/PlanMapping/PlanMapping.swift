import PlanModel
import Spreadsheet

/// Mapping between partners' spreadsheet layouts and the plan model.
public enum PlanMappingInfo {}
