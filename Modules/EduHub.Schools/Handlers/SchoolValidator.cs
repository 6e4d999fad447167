using EduHub.Core.Contents;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Metadata;

namespace EduHub.Schools.Handlers;

/// <summary>
/// An EMIS code identifies one school: two schools with the same code are a duplicate registration.
/// Translations of the same school (one localization set) share their code.
/// </summary>
internal sealed class SchoolValidator(ContentLookup lookup) : IContentValidator
{
    public async Task ValidateAsync(ValidateContentContext context, CancellationToken cancellationToken)
    {
        if (context.Item.ContentType != "School" || context.Item.Field("School", "EmisCode")?.GetString("Text") is not { Length: > 0 } code)
        {
            return;
        }

        var set = context.Item.Part("LocalizationPart")?.GetString("LocalizationSet");
        var others = await lookup.FindByTextAsync(context.Session, "School", "School", "EmisCode", code, cancellationToken);
        var duplicate = others.FirstOrDefault(o => o.ContentItemId != context.Item.ContentItemId && (set is null || o.LocalizationSet != set));
        if (duplicate.ContentItemId is not null)
        {
            context.AddError("School.EmisCode", $"Another school already has EMIS code '{code}' ({duplicate.ContentItemId}).", ContentErrorCodes.Duplicate);
        }
    }
}
