using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using EduHub.Core.Contents;
using EduHub.Core.Security;
using EduHub.Workflows.Abstractions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EduHub.Platforms.Onboarding;

/// <summary>
/// A partner organisation applies: a PartnerOrganization draft owned by its first user, who is created inactive
/// with the Partner role; the organisation is then submitted for review (the approval workflow in the setup
/// recipe decides, publishes the organisation and activates the account). <c>Homepage</c> is a honeypot field
/// that people never see: when it is filled in, the answer looks the same and nothing is created.
/// Called by <c>POST /api/partners/signup</c> and the portal's apply page; a submission id (the page's form)
/// makes a repeated press of the same form answer like the first one instead of applying twice.
/// </summary>
public sealed class SignUpPartner(SignUpRateLimiter limiter, IServiceProvider services)
{
    public sealed record Request(OrganizationInput? Organization, UserInput? User, string? Homepage);

    public sealed record OrganizationInput(string? Name, string? Kind, string? Website, string? Email, string? Phone, string? Description, string? Culture);

    public sealed record UserInput(string? UserName, string? Email, string? Password);

    public sealed record Response(string Status, string Message);

    public enum Status
    {
        Accepted,
        RateLimited,
        Invalid,
    }

    /// <summary>What happened. <paramref name="Errors"/> by path (<c>organization.name</c>, <c>user.password</c>, ...) with their codes.</summary>
    public sealed record Outcome(Status Status, IReadOnlyList<SignUpError> Errors, string? Title = null)
    {
        public static readonly Outcome Accepted = new(Status.Accepted, []);
    }

    /// <summary>One problem: <paramref name="Code"/> is Identity's error code, a content error code or <c>required</c>.</summary>
    public sealed record SignUpError(string Path, string Code, string Message);

    private const string AcceptedMessage = "Thank you: your application will be reviewed by the Ministry; you will receive an e-mail when it is decided.";

    // Submissions being processed or done (per node, one hour): a second press waits for the first and gets its answer.
    private static readonly ConcurrentDictionary<string, (DateTimeOffset Started, Lazy<Task<Outcome>> Run)> Submissions = new(StringComparer.Ordinal);

    public static async Task<IResult> HandleAsync(Request? request, HttpContext http, SignUpPartner signUp, CancellationToken cancellationToken)
    {
        var outcome = await signUp.ApplyAsync(request, http.Connection.RemoteIpAddress?.ToString() ?? "unknown", submissionId: null, cancellationToken);
        return outcome.Status switch
        {
            Status.Accepted => TypedResults.Accepted((string?)null, new Response("received", AcceptedMessage)),
            Status.RateLimited => TypedResults.Problem("Too many applications from your address; try again later.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests"),
            _ => TypedResults.ValidationProblem(outcome.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), title: outcome.Title),
        };
    }

    public async Task<Outcome> ApplyAsync(Request? request, string client, string? submissionId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(submissionId) || submissionId.Length > 64)
        {
            return await ApplyOnceAsync(request, client, cancellationToken);
        }

        Trim();
        var entry = Submissions.GetOrAdd(submissionId, _ => (DateTimeOffset.UtcNow, new Lazy<Task<Outcome>>(() => ApplyOnceAsync(request, client, CancellationToken.None))));
        var outcome = await entry.Run.Value.WaitAsync(cancellationToken);
        if (outcome.Status != Status.Accepted)
        {
            // Corrected input is a new attempt with the same form.
            Submissions.TryRemove(new(submissionId, entry));
        }

        return outcome;
    }

    private static void Trim()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var stale in Submissions.Where(p => now - p.Value.Started > TimeSpan.FromHours(1)).Select(p => p.Key).ToList())
        {
            Submissions.TryRemove(stale, out _);
        }
    }

    private async Task<Outcome> ApplyOnceAsync(Request? request, string client, CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(client))
        {
            return new Outcome(Status.RateLimited, []);
        }

        if (!string.IsNullOrEmpty(request?.Homepage))
        {
            return Outcome.Accepted;
        }

        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return new Outcome(Status.Invalid, errors, "The application is not complete.");
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>();
        var user = new EduHubUser { UserName = request!.User!.UserName!.Trim(), Email = request.User.Email!.Trim(), IsEnabled = false };
        var created = await users.CreateAsync(user, request.User.Password!);
        if (!created.Succeeded)
        {
            // The REST answer keeps Identity's errors under "user"; the page puts each beside its field by code.
            return new Outcome(Status.Invalid, created.Errors.Select(e => new SignUpError("user", e.Code, e.Description)).ToList(), "The account cannot be created.");
        }

        scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var result = await content.CreateAsync(Organization(request.Organization!, user.UserName!), publish: false, cancellationToken);
        if (!result.Succeeded)
        {
            await users.DeleteAsync(user);
            return new Outcome(Status.Invalid, result.ErrorList.Select(e => new SignUpError("organization." + e.Path, e.Code, e.Message)).ToList(), "The organisation details are not valid.");
        }

        var organizationId = result.Item!.ContentItemId;
        user.OrganizationContentItemId = organizationId;
        await users.UpdateAsync(user);
        await users.AddToRoleAsync(user, "Partner");
        if (scope.ServiceProvider.GetService<IWorkflowTrigger>() is { } trigger)
        {
            await trigger.TriggerAsync("SubmittedForReviewEvent", new JsonObject
            {
                [WorkflowInput.ContentItemId] = organizationId,
                [WorkflowInput.ContentType] = "PartnerOrganization",
                [WorkflowInput.UserName] = user.UserName,
                [WorkflowInput.Organization] = organizationId,
            }, organizationId, cancellationToken);
        }

        return Outcome.Accepted;
    }

    private static List<SignUpError> Validate(Request? request)
    {
        var errors = new List<SignUpError>();
        void Require(string path, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors.Add(new SignUpError(path, ContentErrorCodes.Required, "Required."));
            }
        }

        Require("organization.name", request?.Organization?.Name);
        Require("organization.kind", request?.Organization?.Kind);
        Require("organization.website", request?.Organization?.Website);
        Require("user.userName", request?.User?.UserName);
        Require("user.email", request?.User?.Email);
        Require("user.password", request?.User?.Password);
        return errors;
    }

    private static ContentItem Organization(OrganizationInput input, string owner)
    {
        var part = new JsonObject
        {
            ["Kind"] = new JsonObject { ["Text"] = input.Kind },
            ["Website"] = new JsonObject { ["Url"] = input.Website, ["Text"] = input.Name },
        };
        if (!string.IsNullOrWhiteSpace(input.Email))
        {
            part["Email"] = new JsonObject { ["Text"] = input.Email };
        }

        if (!string.IsNullOrWhiteSpace(input.Phone))
        {
            part["Phone"] = new JsonObject { ["Text"] = input.Phone };
        }

        if (!string.IsNullOrWhiteSpace(input.Description))
        {
            part["Description"] = new JsonObject { ["Html"] = input.Description };
        }

        return new ContentItem
        {
            ContentType = "PartnerOrganization",
            Owner = owner,
            Author = owner,
            DisplayText = input.Name,
            Content = new JsonObject
            {
                ["TitlePart"] = new JsonObject { ["Title"] = input.Name },
                ["LocalizationPart"] = new JsonObject { ["Culture"] = string.IsNullOrWhiteSpace(input.Culture) ? "hy" : input.Culture },
                ["PartnerOrganization"] = part,
            },
        };
    }
}
