namespace EduHub.Core.Metadata.Editing;

/// <summary>Why a definition change was refused; <see cref="Field"/> names the form field it is about.</summary>
public sealed record DefinitionProblem(string Field, string Message);
