using EduHub.ContentEditing.Editors;
using EduHub.Core.Data.Queries;
using EduHub.Core.Metadata;
using Microsoft.AspNetCore.Http;

namespace EduHub.AdminTheme.Pages.Admin.Content;

/// <summary>The list's filters as they come from the query string, and their translation into a content query.</summary>
public sealed class ContentListFilters
{
    public const int PageSize = 20;

    public static readonly string[] Statuses = ["all", "published", "draft", "unpublished"];

    public static readonly string[] Sorts = ["modified-desc", "modified-asc", "title-asc", "title-desc", "created-desc", "created-asc"];

    public string Status { get; private init; } = "all";

    public string? Culture { get; private init; }

    public string? Text { get; private init; }

    public string? Owner { get; private init; }

    public string Sort { get; private init; } = Sorts[0];

    public int Page { get; private init; } = 1;

    /// <summary>Field filters: the field's editor (its options) and the chosen value, keyed by "Part.Field".</summary>
    public IReadOnlyList<(EditorField Field, string? Value)> Fields { get; private init; } = [];

    public static ContentListFilters From(IQueryCollection query, IReadOnlyList<EditorField> filterable)
    {
        static string? Read(IQueryCollection q, string name) => q[name].FirstOrDefault() is { Length: > 0 } v ? v.Trim() : null;
        return new ContentListFilters
        {
            Status = Statuses.Contains(Read(query, "status")) ? Read(query, "status")! : "all",
            Culture = Read(query, "culture"),
            Text = Read(query, "q"),
            Owner = Read(query, "owner"),
            Sort = Sorts.Contains(Read(query, "sort")) ? Read(query, "sort")! : Sorts[0],
            Page = int.TryParse(Read(query, "page"), out var page) && page > 0 ? page : 1,
            Fields = filterable.Select(f => (f, Read(query, "f." + f.Key))).ToList(),
        };
    }

    public ContentQuery ToQuery(string contentType)
    {
        var where = new List<ContentFilter>();
        if (Text is not null)
        {
            where.Add(new MetadataFilter(MetadataField.DisplayText, FilterOperator.Contains, Text));
        }

        if (Owner is not null)
        {
            where.Add(new MetadataFilter(MetadataField.Owner, FilterOperator.Equals, Owner));
        }

        foreach (var (field, value) in Fields.Where(f => f.Value is not null))
        {
            object? typed = field.FieldKind == FieldKind.BooleanField ? value == "true" : value;
            where.Add(new FieldFilter(field.PartName, field.FieldName!, FilterOperator.Equals, typed));
        }

        var (by, descending) = Sort.Split('-') switch
        {
            ["title", var d] => (MetadataField.DisplayText, d == "desc"),
            ["created", var d] => (MetadataField.CreatedUtc, d == "desc"),
            [_, var d] => (MetadataField.ModifiedUtc, d == "desc"),
            _ => (MetadataField.ModifiedUtc, true),
        };
        return new ContentQuery
        {
            ContentTypes = [contentType],
            Status = Status switch
            {
                "published" => ContentStatus.Published,
                "draft" => ContentStatus.Draft,
                "unpublished" => ContentStatus.Unpublished,
                _ => ContentStatus.Latest,
            },
            Culture = Culture,
            Where = where.Count == 0 ? null : ContentFilter.And([.. where]),
            OrderBy = [ContentSort.By(by, descending), ContentSort.By(MetadataField.ContentItemId)],
            Skip = (Page - 1) * PageSize,
            Take = PageSize,
            IncludeTotal = true,
        };
    }

    /// <summary>The list's URL with these filters and one value changed (null removes it).</summary>
    public string Url(string contentType, string? name = null, string? value = null)
    {
        var values = new List<KeyValuePair<string, string?>>
        {
            new("status", Status == "all" ? null : Status), new("culture", Culture), new("q", Text), new("owner", Owner),
            new("sort", Sort == Sorts[0] ? null : Sort), new("page", Page == 1 ? null : Page.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        values.AddRange(Fields.Select(f => new KeyValuePair<string, string?>("f." + f.Field.Key, f.Value)));
        if (name is not null)
        {
            values.RemoveAll(v => v.Key == name);
            values.Add(new(name, value));
        }

        var query = string.Join("&", values.Where(v => !string.IsNullOrEmpty(v.Value)).Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value!)}"));
        return $"/admin/content/{contentType}" + (query.Length > 0 ? "?" + query : "");
    }
}
