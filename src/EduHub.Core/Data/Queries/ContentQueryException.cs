namespace EduHub.Core.Data.Queries;

/// <summary>A query that cannot run (unknown field, operator not valid for the field, bad cursor). Callers turn it into a 400.</summary>
public sealed class ContentQueryException(string message) : Exception(message);
