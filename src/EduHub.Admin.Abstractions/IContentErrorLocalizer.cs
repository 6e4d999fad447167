using EduHub.Core.Contents;

namespace EduHub.Admin;

/// <summary>
/// Words the engine's validation errors in the request culture, from <see cref="ContentError.Code"/> and
/// <see cref="ContentError.Arguments"/>; a message without arguments (a module's own rule, a definition's pattern
/// message) is returned as written. Implemented by the admin theme; module pages use it so the engine stays English.
/// </summary>
public interface IContentErrorLocalizer
{
    /// <param name="label">The field's label as the form shows it (already localized); null uses the definition's.</param>
    string Localize(ContentError error, string? label = null);
}
