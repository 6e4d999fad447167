using Dapper;
using EduHub.Core.Metadata;

namespace EduHub.Core.Contents.Parts;

/// <summary>Culture defaults to the site's default; one item per culture in a localization set.</summary>
internal sealed class LocalizationPartProcessor(CultureSettings cultures) : IPartProcessor
{
    public string PartName => "LocalizationPart";

    public int Order => 0;

    public async Task ProcessAsync(PartContext context, CancellationToken cancellationToken)
    {
        var (defaultCulture, supported) = await cultures.GetAsync(cancellationToken);
        var culture = context.Part.GetString("Culture") is { Length: > 0 } c ? c.Trim() : defaultCulture;
        if (!supported.Contains(culture, StringComparer.Ordinal))
        {
            context.Error("Culture", $"Culture '{culture}' is not supported (use one of {string.Join(", ", supported)}).", ContentErrorCodes.NotAllowed);
        }

        var set = context.Part.GetString("LocalizationSet") is { Length: > 0 } s ? s : IdGenerator.NewId();
        if (!IdGenerator.IsValid(set))
        {
            context.Error("LocalizationSet", "LocalizationSet must be a 26-character id.");
        }

        context.Part["Culture"] = culture;
        context.Part["LocalizationSet"] = set;

        var session = context.Validation.Session;
        var taken = await session.Connection.ExecuteScalarAsync<string?>(new CommandDefinition(
            "SELECT ContentItemId FROM ContentItemIndex WHERE LocalizationSet = @set AND Culture = @culture AND Latest = TRUE AND ContentItemId <> @id",
            new { set, culture, id = context.Item.ContentItemId }, session.Transaction, cancellationToken: cancellationToken));
        if (taken is not null)
        {
            context.Error("Culture", $"The '{culture}' translation of this item already exists ({taken}).", ContentErrorCodes.Duplicate);
        }
    }
}
