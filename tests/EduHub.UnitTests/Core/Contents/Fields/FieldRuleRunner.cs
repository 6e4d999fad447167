using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Fields;
using EduHub.Core.Contents.Handlers;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.UnitTests.Core.Contents.Fields;

/// <summary>
/// Runs one field rule on a "School.Contact" field, the way content validation does, against an empty
/// in-memory SQLite session (the rules under test never query it).
/// </summary>
internal static class FieldRuleRunner
{
    public const string Path = "School.Contact";

    /// <param name="value">The field's JSON object, or null when the item does not carry the field.</param>
    /// <param name="settings">The <c>{FieldType}Settings</c> object.</param>
    /// <param name="extraSettings">Other settings of the field definition (e.g. editor settings).</param>
    public static async Task<FieldOutcome> RunAsync(IFieldRule rule, JsonObject? value, JsonObject? settings = null, JsonObject? extraSettings = null)
    {
        var fieldType = rule.Kind.ToString();
        var definitionSettings = extraSettings ?? [];
        definitionSettings[fieldType + "Settings"] = settings ?? [];
        definitionSettings["ContentPartFieldSettings"] = new JsonObject { ["DisplayName"] = "Contact" };
        var definition = new ContentPartFieldDefinition { FieldName = fieldType, Name = "Contact", Settings = definitionSettings };

        var item = new ContentItem { ContentItemId = IdGenerator.NewId(), ContentType = "School" };
        if (value is not null)
        {
            item.GetOrCreatePart("School")["Contact"] = value;
        }

        await using var database = new Database(DatabaseProvider.Sqlite, "Data Source=:memory:");
        await using var session = await DbSession.BeginAsync(database, CancellationToken.None);
        var validation = new ValidateContentContext(item, null, ContentCaller.System, ContentDefinitionSnapshot.Empty, session);
        var context = new FieldContext(item, new TypeField("School", "School", definition), validation, new ContentLookup(new ContentStore()));
        await rule.ApplyAsync(context, CancellationToken.None);
        return new FieldOutcome(validation.Errors, item.Field("School", "Contact"));
    }
}

internal sealed record FieldOutcome(IReadOnlyList<ContentError> Errors, JsonObject? Stored)
{
    public ContentError SingleError => Assert.Single(Errors);

    public string? StoredString(string property) => Stored?[property]?.GetValue<string>();
}
