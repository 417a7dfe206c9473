/// The canonical model of a safety plan (Tryghedsplan): focus areas, activities
/// funded per year in whole kroner, crime targets. Pure Swift, no I/O.
public enum PlanModelInfo {}
