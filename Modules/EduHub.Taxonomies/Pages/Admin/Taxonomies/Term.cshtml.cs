using System.Text.Json.Nodes;
using EduHub.Admin;
using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.Taxonomies.Admin;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace EduHub.Taxonomies.Pages.Admin.Taxonomies;

/// <summary>
/// Adds a term (<c>terms/new</c>) or renames one: its Armenian name (the title) and the term type's text fields (the
/// English and Russian names, codes). The taxonomy is saved as a new version; the engine checks the term's fields.
/// </summary>
[Authorize(Policy = AdminPolicies.Prefix + CorePermissions.EditContent)]
internal sealed class TermModel(
    ContentManager content, ContentDefinitionManager definitions, ContentCallerAccessor callers, IStringLocalizer<TaxonomiesText> t,
    IContentErrorLocalizer errors, TimeProvider clock)
    : TaxonomyPageModel(content, definitions, callers, t)
{
    public const string NewTerm = "new";

    public const string TitleInput = "Title";

    public bool IsNew { get; private set; }

    public string? TermTitle { get; private set; }

    public string? BaseVersionId { get; private set; }

    /// <summary>The form's values by input name (<see cref="TitleInput"/> and "Part.Field").</summary>
    public Dictionary<string, string?> Values { get; } = new(StringComparer.Ordinal);

    /// <summary>Messages by input name; those of no field (conflict) under "".</summary>
    public Dictionary<string, List<string>> Errors { get; } = new(StringComparer.Ordinal);

    public List<(string Message, string? InputId)> Problems { get; } = [];

    public async Task<IActionResult> OnGetAsync(string id, string termId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (FindTerm(termId) is not (var term, _))
        {
            return NotFound();
        }

        BaseVersionId = Taxonomy.ContentItemVersionId;
        if (term is not null)
        {
            Values[TitleInput] = TaxonomyTerms.Title(term);
            foreach (var field in Fields)
            {
                Values[InputName(field)] = TaxonomyTerms.Text(term, field);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, string termId, CancellationToken cancellationToken)
    {
        if (await LoadAsync(id, cancellationToken) is { } refused)
        {
            return refused;
        }

        if (FindTerm(termId) is not (var existing, var index))
        {
            return NotFound();
        }

        BaseVersionId = PostedVersion();
        Values[TitleInput] = Request.Form[TitleInput].FirstOrDefault()?.Trim();
        foreach (var field in Fields)
        {
            Values[InputName(field)] = Request.Form[InputName(field)].FirstOrDefault()?.Trim();
        }

        // The engine checks a term's fields but not its title: the name in Armenian is checked here.
        var title = Values[TitleInput];
        if (string.IsNullOrEmpty(title))
        {
            AddError(TitleInput, T["The Armenian name is required."]);
        }
        else if (title.Length > TitleMaxLength)
        {
            AddError(TitleInput, T["The Armenian name must be at most {0} characters (it has {1}).", TitleMaxLength.ToString("N0"), title.Length.ToString("N0")]);
        }

        if (Errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return Page();
        }

        var changed = Taxonomy.Clone();
        var terms = TaxonomyTerms.Of(changed);
        var term = existing is null ? NewTermJson() : terms[index]!.AsObject();
        Fill(term, title!);
        if (existing is null)
        {
            terms.Add(term);
            index = terms.Count - 1;
        }

        var result = await SaveAsync(changed, BaseVersionId, cancellationToken);
        if (result.Succeeded)
        {
            return BackToTerms(existing is null ? T["Added «{0}».", title!] : T["Saved «{0}».", title!]);
        }

        if (result.Status == ContentResultStatus.Forbidden)
        {
            return Forbid(Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme);
        }

        ShowFailure(result, index);
        Response.StatusCode = result.Status == ContentResultStatus.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    public IReadOnlyList<string> ErrorsOf(string input) => Errors.GetValueOrDefault(input) ?? [];

    /// <returns>(null, -1) for a new term, the term and its index, or null when the id names no top-level term.</returns>
    private (JsonObject? Term, int Index)? FindTerm(string termId)
    {
        IsNew = termId == NewTerm;
        if (IsNew)
        {
            return (null, -1);
        }

        var index = TaxonomyTerms.IndexOf(Terms, termId);
        if (index < 0)
        {
            return null;
        }

        var term = Terms[index]!.AsObject();
        TermTitle = TaxonomyTerms.Title(term);
        return (term, index);
    }

    private JsonObject NewTermJson()
    {
        var now = ContentItemJson.FormatDate(clock.GetUtcNow().UtcDateTime);
        var owner = User.Identity?.Name;
        return new JsonObject
        {
            ["ContentItemId"] = IdGenerator.NewId(),
            ["ContentItemVersionId"] = IdGenerator.NewId(),
            ["ContentType"] = TermType.Name,
            ["CreatedUtc"] = now,
            ["Owner"] = owner,
            ["Author"] = owner,
        };
    }

    private void Fill(JsonObject term, string title)
    {
        term["ModifiedUtc"] = ContentItemJson.FormatDate(clock.GetUtcNow().UtcDateTime);
        term["DisplayText"] = title;
        if (term["TitlePart"] is not JsonObject titlePart)
        {
            titlePart = [];
            term["TitlePart"] = titlePart;
        }

        titlePart["Title"] = title;
        foreach (var field in Fields)
        {
            if (term[field.PartName] is not JsonObject part)
            {
                part = [];
                term[field.PartName] = part;
            }

            if (part[field.FieldName] is not JsonObject value)
            {
                value = [];
                part[field.FieldName] = value;
            }

            value["Text"] = Values[InputName(field)] is { Length: > 0 } text ? text : null;
        }
    }

    /// <summary>The engine's errors on this term ("TaxonomyPart.Terms[i].Part.Field") next to their fields, in the request culture.</summary>
    private void ShowFailure(EduHub.Core.Contents.ContentResult result, int index)
    {
        if (result.Status != ContentResultStatus.Invalid)
        {
            Problems.Add((FailureMessage(result), null));
            return;
        }

        var prefix = $"{TaxonomyTerms.PartName}.Terms[{index}].";
        foreach (var error in result.ErrorList)
        {
            var field = error.Path.StartsWith(prefix, StringComparison.Ordinal)
                ? Fields.FirstOrDefault(f => error.Path[prefix.Length..] == InputName(f))
                : null;
            if (field is null)
            {
                Problems.Add((errors.Localize(error), null));
                continue;
            }

            AddError(InputName(field), errors.Localize(error, Label(field)));
        }
    }

    private void AddError(string input, string message)
    {
        if (!Errors.TryGetValue(input, out var list))
        {
            list = [];
            Errors[input] = list;
        }

        list.Add(message);
        Problems.Add((message, input == TitleInput ? "t-Title" : Fields.Where(f => InputName(f) == input).Select(InputId).FirstOrDefault()));
    }
}
