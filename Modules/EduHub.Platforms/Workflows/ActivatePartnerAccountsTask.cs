using Dapper;
using EduHub.Workflows.Abstractions;

namespace EduHub.Platforms.Workflows;

/// <summary>Enables the accounts of the instance's partner organisation (created inactive at sign-up). Outcome <c>Done</c>.</summary>
internal sealed class ActivatePartnerAccountsTask : WorkflowActivity
{
    public override string Name => nameof(ActivatePartnerAccountsTask);

    public override IReadOnlyList<string> Outcomes(ActivityProperties properties) => [ActivityResult.DoneOutcome];

    public override async Task<ActivityResult> ExecuteAsync(WorkflowExecutionContext context, ActivityProperties properties, CancellationToken cancellationToken)
    {
        var organization = context.Input[WorkflowInput.ContentItemId]?.GetValue<string>() ?? context.CorrelationId;
        if (organization is null)
        {
            return ActivityResult.Faulted("No partner organisation to activate.");
        }

        var activated = await context.Session.Connection.ExecuteAsync(new CommandDefinition(
            """UPDATE "AspNetUsers" SET "IsEnabled" = TRUE, "ConcurrencyStamp" = @stamp WHERE "OrganizationContentItemId" = @organization AND "IsEnabled" = FALSE""",
            new { organization, stamp = Guid.NewGuid().ToString() }, context.Session.Transaction, cancellationToken: cancellationToken));
        context.Properties["ActivatedAccounts"] = activated;
        return ActivityResult.Done();
    }
}
