using System.Text.Json.Nodes;
using Dapper;
using EduHub.Core.Contents;
using EduHub.Core.Contents.Text;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Workflows.Abstractions;

namespace EduHub.Platforms.Workflows;

/// <summary>
/// The automated checks of a submitted Platform listing, before any editor spends time on it: required fields,
/// an https website, a description that is already sanitized, no other listing with the same website, and a
/// provider that is the submitter's own organisation. Outcome <c>Passed</c> or <c>Failed</c>; the problems are
/// in the <c>Problems</c> property (a list of sentences).
/// </summary>
internal sealed class CheckPlatformListingTask(ContentStore store) : WorkflowActivity
{
    public override string Name => nameof(CheckPlatformListingTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => ["Passed", "Failed"];

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var id = context.Input[WorkflowInput.ContentItemId]?.GetValue<string>() ?? context.CorrelationId;
        var rows = IdGenerator.IsValid(id) ? await store.GetRowsAsync(context.Session, id!, cancellationToken) : [];
        if (rows.FirstOrDefault(r => r.Latest) is not { } latest || await store.LoadAsync(context.Session, latest.Id, cancellationToken) is not { } item || item.ContentType != "Platform")
        {
            return ActivityResult.Faulted($"'{id}' is not a Platform listing.");
        }

        var problems = new List<string>();
        Require(problems, item.DisplayText, "a title");
        Require(problems, item.Field("Platform", "Summary")?.GetString("Text"), "a summary");
        Require(problems, item.Field("Platform", "Cost")?.GetString("Text"), "the cost (free, freemium or paid)");
        var website = item.Field("Platform", "Website")?.GetString("Url");
        if (string.IsNullOrWhiteSpace(website))
        {
            problems.Add("The listing needs a website.");
        }
        else if (!WebAddress.IsValid(website, httpsOnly: true))
        {
            problems.Add($"The website must be an https:// address ({website}).");
        }
        else if (await IsDuplicateAsync(context.Session, item.ContentItemId, website, cancellationToken))
        {
            problems.Add($"Another listing already uses the website {website}.");
        }

        var description = item.Field("Platform", "Description")?.GetString("Html");
        if (!string.IsNullOrEmpty(description) && HtmlSanitizing.Sanitize(description) != description)
        {
            problems.Add("The description contains HTML that is not allowed (scripts, event handlers or javascript: links).");
        }

        var providers = item.Field("Platform", "Provider")?.GetStrings("ContentItemIds") ?? [];
        var organization = context.Properties["SubmitterOrganization"]?.GetValue<string>();
        if (providers.Count != 1)
        {
            problems.Add("The listing needs exactly one provider organisation.");
        }
        else if (organization is not null && providers[0] != organization)
        {
            problems.Add("The provider must be your own organisation.");
        }

        context.Properties["Problems"] = new JsonArray(problems.Select(p => (JsonNode)p).ToArray());
        return ActivityResult.Outcome(problems.Count == 0 ? "Passed" : "Failed");
    }

    private static void Require(List<string> problems, string? value, string what)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"The listing needs {what}.");
        }
    }

    private static async Task<bool> IsDuplicateAsync(DbSession session, string contentItemId, string website, CancellationToken cancellationToken)
    {
        var trimmed = website.TrimEnd('/');
        var variants = new[] { TextFolding.Fold(trimmed), TextFolding.Fold(trimmed + "/") }.OfType<string>().ToArray();
        var count = await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            $"""
            SELECT COUNT(*) FROM TextFieldIndex t JOIN ContentItemIndex c ON c.Id = t.DocumentId
            WHERE t.ContentType = 'Platform' AND t.ContentPart = 'Platform' AND t.ContentField = 'Website' AND {session.Dialect.In("t.NormalizedText", "@variants")}
              AND c.ContentItemId <> @contentItemId AND c.Deleted = FALSE AND (c.Latest = TRUE OR c.Published = TRUE)
            """,
            new { variants, contentItemId }, session.Transaction, cancellationToken: cancellationToken));
        return count > 0;
    }
}
