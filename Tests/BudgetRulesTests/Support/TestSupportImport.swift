/// Every file of this target sees the shared test support (running programs, CI, the
/// shared folder, temporary folders, seeded generators).
@_exported import PlanSheetsTestSupport
