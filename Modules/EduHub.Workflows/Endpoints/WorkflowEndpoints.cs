using System.Text.Json.Nodes;
using Dapper;
using EduHub.Core.Contents;
using EduHub.Core.Data;
using EduHub.Core.Metadata;
using EduHub.Core.Security;
using EduHub.Workflows.Abstractions;
using EduHub.Workflows.Data;
using EduHub.Workflows.Engine;
using EduHub.Workflows.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EduHub.Workflows.Endpoints;

/// <summary>Task inbox, submission for review, review history, notifications and the admin view of instances.</summary>
internal static class WorkflowEndpoints
{
    public static void MapWorkflowEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/workflows").WithTags("Workflows");

        group.MapGet("/tasks", async (ContentCallerAccessor callers, Database database, CancellationToken ct) =>
        {
            var caller = await callers.GetAsync(ct);
            if (!caller.IsAuthenticated)
            {
                return Problems.Unauthorized();
            }

            return TypedResults.Ok((await WorkflowTaskStore.OpenForAsync(database, caller, ct)).Select(TaskView.From));
        }).WithName("ListWorkflowTasks").WithSummary("The caller's open tasks (by role or assignment) with item, actions and due date.");

        group.MapPost("/tasks/{taskId}/complete", async (string taskId, CompleteTaskRequest? body, ContentCallerAccessor callers, WorkflowManager manager, Database database, CancellationToken ct) =>
        {
            var caller = await callers.GetAsync(ct);
            if (!caller.IsAuthenticated)
            {
                return Problems.Unauthorized();
            }

            if (string.IsNullOrWhiteSpace(body?.Action))
            {
                return Problems.BadRequest("Missing action", "Send {\"action\": \"...\", \"comment\": \"...\"}.");
            }

            var decision = await manager.CompleteTaskAsync(taskId, body.Action, body.Comment, caller, ct);
            return decision switch
            {
                TaskDecision.Completed => TypedResults.Ok(TaskView.From((await WorkflowTaskStore.GetAsync(database, taskId, ct))!)),
                _ => Problems.For(decision, body.Action),
            };
        }).WithName("CompleteWorkflowTask").WithSummary("Takes a decision on a task: 409 when already decided, 403 when not the caller's, 400 for an action the task does not offer.");

        group.MapPost("/content/{contentItemId}/submit", SubmitAsync)
            .WithName("SubmitForReview").WithSummary("Submits the latest draft of an item for review (starts the review workflow).");

        group.MapGet("/content/{contentItemId}/history", async (string contentItemId, ContentCallerAccessor callers, ContentManager content, ContentDefinitionManager definitions, Database database, CancellationToken ct) =>
        {
            if (!await ReviewAccess.MaySeeAsync(content, definitions, await callers.GetAsync(ct), contentItemId, ct))
            {
                return Problems.NotFound($"Content item '{contentItemId}' was not found.");
            }

            var steps = await ReviewHistoryStore.ListAsync(database, contentItemId, ct);
            return TypedResults.Ok(new ReviewHistoryView(contentItemId, steps.LastOrDefault()?.ToState ?? ReviewHistoryStore.InitialState, steps));
        }).WithName("GetReviewHistory").WithSummary("Every review step of an item (who, when, action, comment, from/to state), for those who may see its drafts.");

        group.MapGet("/notifications", async (ContentCallerAccessor callers, Database database, CancellationToken ct) =>
        {
            var caller = await callers.GetAsync(ct);
            if (!caller.IsAuthenticated)
            {
                return Problems.Unauthorized();
            }

            await using var connection = await database.OpenAsync(ct);
            var rows = await connection.QueryAsync<(long Id, object Utc, string Subject, string Body, string? ContentItemId)>(new CommandDefinition(
                "SELECT Id, Utc, Subject, Body, ContentItemId FROM Notifications WHERE UserName = @user ORDER BY Id DESC LIMIT 100", new { user = caller.UserName }, cancellationToken: ct));
            return TypedResults.Ok(rows.Select(r => new NotificationView(r.Id, Columns.Utc(r.Utc), r.Subject, r.Body, r.ContentItemId)));
        }).WithName("ListNotifications").WithSummary("The caller's in-app notifications, newest first.");

        group.MapMethods("/signal/{token}", ["GET", "POST"], async (string token, SignalTokens tokens, WorkflowManager manager, CancellationToken ct) =>
        {
            var (instanceId, signal, error) = await tokens.ReadAsync(token, ct);
            if (error is not null)
            {
                return error == "expired"
                    ? TypedResults.Problem("This link has expired.", statusCode: StatusCodes.Status410Gone, title: "Expired")
                    : Problems.BadRequest("Invalid link", "This link is not valid.");
            }

            return await manager.SignalAsync(instanceId!, signal!, ct)
                ? TypedResults.Ok(new { status = "received", signal })
                : Problems.Conflict("This link was already used or is no longer expected.");
        }).AllowAnonymous().WithName("SendWorkflowSignal").WithSummary("Sends the signal of a signed, expiring link (from an e-mail) to the instance waiting for it.");

        MapAdmin(group);
    }

    private static void MapAdmin(RouteGroupBuilder group)
    {
        group.MapGet("/types", async (ContentCallerAccessor callers, WorkflowTypeStore types, CancellationToken ct) =>
            !(await callers.GetAsync(ct)).Has(Permissions.ManageWorkflows) ? Problems.Denied(await callers.GetAsync(ct))
                : TypedResults.Text(new JsonArray((await types.ListAsync(ct)).Select(t => (JsonNode)t).ToArray()).ToJsonString(), "application/json"))
            .WithName("ListWorkflowTypes").WithSummary("The stored workflow definitions (Orchard Core's JSON).");

        group.MapGet("/instances", async (string? status, string? correlationId, ContentCallerAccessor callers, Database database, CancellationToken ct) =>
        {
            var caller = await callers.GetAsync(ct);
            if (!caller.Has(Permissions.ManageWorkflows))
            {
                return Problems.Denied(caller);
            }

            if (status is not null && !Enum.TryParse<WorkflowStatus>(status, ignoreCase: true, out _))
            {
                return Problems.BadRequest("Unknown status", $"status must be one of {string.Join(", ", Enum.GetNames<WorkflowStatus>())}.");
            }

            var normalized = status is null ? null : Enum.Parse<WorkflowStatus>(status, ignoreCase: true).ToString();
            return TypedResults.Ok(await WorkflowInstanceStore.ListAsync(database, normalized, correlationId, 200, ct));
        }).WithName("ListWorkflowInstances").WithSummary("Instances, newest first; ?status=Faulted shows those with an error.");

        group.MapGet("/instances/{instanceId}", async (string instanceId, ContentCallerAccessor callers, Database database, CancellationToken ct) =>
        {
            var caller = await callers.GetAsync(ct);
            if (!caller.Has(Permissions.ManageWorkflows))
            {
                return Problems.Denied(caller);
            }

            return await WorkflowInstanceStore.GetAsync(database, instanceId, ct) is { } instance
                ? TypedResults.Ok(InstanceView.From(instance))
                : Problems.NotFound($"Workflow instance '{instanceId}' was not found.");
        }).WithName("GetWorkflowInstance").WithSummary("One instance with its state: what it waits on, its properties, input, output, executed activities and error.");

        group.MapPost("/instances/{instanceId}/retry", async (string instanceId, ContentCallerAccessor callers, WorkflowManager manager, Database database, CancellationToken ct) =>
        {
            var caller = await callers.GetAsync(ct);
            if (!caller.Has(Permissions.ManageWorkflows))
            {
                return Problems.Denied(caller);
            }

            if (await WorkflowInstanceStore.GetAsync(database, instanceId, ct) is null)
            {
                return Problems.NotFound($"Workflow instance '{instanceId}' was not found.");
            }

            if (!await manager.RetryAsync(instanceId, ct))
            {
                return Problems.Conflict("Only a faulted instance can be retried.");
            }

            return TypedResults.Ok(InstanceView.From((await WorkflowInstanceStore.GetAsync(database, instanceId, ct))!));
        }).WithName("RetryWorkflowInstance").WithSummary("Runs the faulted activity of an instance again.");
    }

    private static async Task<IResult> SubmitAsync(string contentItemId, ContentCallerAccessor callers, ContentManager content, ContentDefinitionManager definitions,
        IWorkflowTrigger trigger, Database database, CancellationToken ct)
    {
        var caller = await callers.GetAsync(ct);
        if (!caller.IsAuthenticated)
        {
            return Problems.Unauthorized();
        }

        if (await content.GetAsync(contentItemId, VersionOptions.Latest, ct) is not { } item)
        {
            return Problems.NotFound($"Content item '{contentItemId}' was not found.");
        }

        if ((await definitions.GetAsync(ct)).GetType(item.ContentType) is not { } type || !caller.May(ContentVerb.Edit, type, item.Owner))
        {
            return Problems.Denied(caller, "You may not submit this item.");
        }

        if (item.Published)
        {
            return Problems.BadRequest("Nothing to submit", "The latest version is already published: save a draft with your changes, then submit it.");
        }

        var history = await ReviewHistoryStore.ListAsync(database, contentItemId, ct);
        if (history.LastOrDefault()?.ToState == "archived")
        {
            return Problems.Conflict("This item was rejected and archived; it cannot be submitted again.");
        }

        var result = await trigger.TriggerAsync("SubmittedForReviewEvent", new JsonObject
        {
            [WorkflowInput.ContentItemId] = item.ContentItemId,
            [WorkflowInput.ContentType] = item.ContentType,
            [WorkflowInput.UserName] = caller.UserName,
            [WorkflowInput.Organization] = caller.OrganizationContentItemId,
        }, item.ContentItemId, ct);
        if (!result.Handled)
        {
            return Problems.Conflict(result.Skipped > 0 ? "This item is already under review." : $"No workflow reviews {item.ContentType} items.");
        }

        var steps = await ReviewHistoryStore.ListAsync(database, contentItemId, ct);
        return TypedResults.Accepted($"/api/workflows/content/{contentItemId}/history",
            new ReviewHistoryView(contentItemId, steps.LastOrDefault()?.ToState ?? ReviewHistoryStore.InitialState, steps));
    }
}

internal sealed record InstanceView(string Id, string WorkflowTypeId, string? CorrelationId, string Status, IReadOnlyList<BlockingActivity> Blocking,
    JsonObject Input, JsonObject Properties, JsonObject Output, IReadOnlyList<ExecutedActivity> Executed, string? Error, string? FaultedActivityId, DateTime CreatedUtc, DateTime UpdatedUtc)
{
    public static InstanceView From(WorkflowInstance i) =>
        new(i.Id, i.WorkflowTypeId, i.CorrelationId, i.Status.ToString(), i.Blocking, i.Input, i.Properties, i.Output, i.Executed, i.Error, i.FaultedActivityId, i.CreatedUtc, i.UpdatedUtc);
}

internal sealed record CompleteTaskRequest(string? Action, string? Comment);

internal sealed record ReviewHistoryView(string ContentItemId, string State, IReadOnlyList<ReviewStep> Steps);

internal sealed record NotificationView(long Id, DateTime Utc, string Subject, string Body, string? ContentItemId);

internal sealed record TaskView(string Id, string Title, string? ContentItemId, string? ContentType, IReadOnlyList<string> Actions, IReadOnlyList<string> Roles,
    string? AssignedUser, DateTime? DueUtc, DateTime CreatedUtc, string Status, string? CompletedBy, string? CompletedAction, string? Comment, DateTime? CompletedUtc)
{
    public static TaskView From(WorkflowTask t) =>
        new(t.Id, t.Title, t.ContentItemId, t.ContentType, t.Actions, t.Roles, t.AssignedUser, t.DueUtc, t.CreatedUtc, t.Status, t.CompletedBy, t.CompletedAction, t.Comment, t.CompletedUtc);
}
