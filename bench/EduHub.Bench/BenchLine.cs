namespace EduHub.Bench;

/// <summary>One line of the final table: a measurement through the engine next to its raw-SQL baseline.</summary>
internal sealed record BenchLine(string Database, string Measure, string Engine, string Raw, string Ratio);
