using EduHub.Core.Messaging;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Messaging;

namespace EduHub.Workflows.Activities;

/// <summary>
/// Sends <c>Subject</c> and <c>Body</c> (Liquid) to <c>Recipients</c> (see <see cref="Recipients"/>): one message per
/// address, written to the outbox in the run's transaction and sent after the commit (MailKit, or the pickup folder).
/// </summary>
internal sealed class EmailTask(Recipients recipients, EmailOutbox outbox) : WorkflowActivity
{
    public override string Name => nameof(EmailTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => [ActivityResult.DoneOutcome];

    public override void Validate(ActivityProperties properties, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        if (properties.List("Recipients").Count == 0)
        {
            errors.Add("Recipients: at least one recipient (role:Name, user:name, owner or an address).");
        }

        Scripts.Template(properties, "Subject", expressions, errors, required: true);
        Scripts.Template(properties, "Body", expressions, errors, required: true);
    }

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var subject = (await context.RenderAsync(properties.Text("Subject"), cancellationToken)).Trim();
        var body = await context.RenderAsync(properties.Text("Body"), cancellationToken);
        var addresses = (await recipients.ResolveAsync(context, properties.List("Recipients"), cancellationToken))
            .Select(r => r.Email).OfType<string>().Where(e => e.Contains('@', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var address in addresses)
        {
            var id = await EmailOutbox.EnqueueAsync(context.Session, new EmailMessage([address], subject, body), context.UtcNow, cancellationToken);
            context.AfterCommit.Add(() => outbox.DeliverAsync(id, CancellationToken.None));
        }

        return ActivityResult.Done();
    }
}
