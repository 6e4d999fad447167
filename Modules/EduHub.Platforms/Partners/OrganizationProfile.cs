using System.Text.Json.Nodes;
using EduHub.Core.Contents;

namespace EduHub.Platforms.Partners;

/// <summary>The fields of a PartnerOrganization version the partner area shows and edits.</summary>
public sealed record OrganizationProfile(string Name, string Kind, string Website, string Email, string Phone, string Description)
{
    public const string ContentType = "PartnerOrganization";

    public static OrganizationProfile Of(ContentItem item) => new(
        item.Part("TitlePart")?["Title"]?.GetValue<string>() ?? item.DisplayText ?? "",
        Text(item, "Kind", "Text"),
        Text(item, "Website", "Url"),
        Text(item, "Email", "Text"),
        Text(item, "Phone", "Text"),
        Text(item, "Description", "Html"));

    /// <summary>A copy of <paramref name="item"/> with these values (other parts and fields kept).</summary>
    public ContentItem ApplyTo(ContentItem item)
    {
        var copy = item.Clone();
        copy.DisplayText = Name;
        copy.GetOrCreatePart("TitlePart")["Title"] = Name;
        var part = copy.GetOrCreatePart(ContentType);
        part[nameof(Kind)] = new JsonObject { ["Text"] = Kind };
        part[nameof(Website)] = new JsonObject { ["Url"] = Website, ["Text"] = Name };
        part[nameof(Email)] = new JsonObject { ["Text"] = Blank(Email) };
        part[nameof(Phone)] = new JsonObject { ["Text"] = Blank(Phone) };
        part[nameof(Description)] = new JsonObject { ["Html"] = Blank(Description) };
        return copy;
    }

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Text(ContentItem item, string field, string property) =>
        item.Field(ContentType, field)?[property] is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
