namespace EduHub.Admin;

/// <summary>One link in the admin's navigation.</summary>
/// <param name="Section">The heading the link is listed under (already localized), e.g. "Content".</param>
/// <param name="Text">The link text, already localized for the current request culture.</param>
/// <param name="Url">An app-relative URL starting with <c>/admin</c>.</param>
/// <param name="Order">Position within the section; lower first.</param>
public sealed record AdminMenuItem(string Section, string Text, string Url, int Order = 0);
