using Dapper;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Messaging;

namespace EduHub.Workflows.Activities;

/// <summary>An in-app notification (<c>GET /api/workflows/notifications</c>) for each user among <c>Recipients</c>.</summary>
internal sealed class NotifyTask(Recipients recipients) : WorkflowActivity
{
    public override string Name => nameof(NotifyTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => [ActivityResult.DoneOutcome];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        if (properties.List("Recipients").Count == 0)
        {
            errors.Add("Recipients: at least one recipient (role:Name, user:name or owner).");
        }

        Scripts.Template(properties, "Subject", expressions, errors, required: true);
        Scripts.Template(properties, "Message", expressions, errors);
    }

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var subject = (await context.RenderAsync(properties.Text("Subject"), cancellationToken)).Trim();
        var body = await context.RenderAsync(properties.Text("Message"), cancellationToken);
        var users = (await recipients.ResolveAsync(context, properties.List("Recipients"), cancellationToken)).Select(r => r.UserName).OfType<string>().Distinct();
        foreach (var user in users)
        {
            await context.Session.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO Notifications (UserName, Utc, Subject, Body, ContentItemId) VALUES (@user, @now, @subject, @body, @item)",
                new { user, now = context.UtcNow, subject, body, item = context.CorrelationId }, context.Session.Transaction, cancellationToken: cancellationToken));
        }

        return ActivityResult.Done();
    }
}
