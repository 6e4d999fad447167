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
/// </summary>
internal static class SignUpPartner
{
    public sealed record Request(OrganizationInput? Organization, UserInput? User, string? Homepage);

    public sealed record OrganizationInput(string? Name, string? Kind, string? Website, string? Email, string? Phone, string? Description, string? Culture);

    public sealed record UserInput(string? UserName, string? Email, string? Password);

    public sealed record Response(string Status, string Message);

    private const string Accepted = "Thank you: your application will be reviewed by the Ministry; you will receive an e-mail when it is decided.";

    public static async Task<IResult> HandleAsync(Request? request, HttpContext http, SignUpRateLimiter limiter, IServiceProvider services, CancellationToken cancellationToken)
    {
        if (!limiter.TryAcquire(http.Connection.RemoteIpAddress?.ToString() ?? "unknown"))
        {
            return TypedResults.Problem("Too many applications from your address; try again later.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests");
        }

        if (!string.IsNullOrEmpty(request?.Homepage))
        {
            return TypedResults.Accepted((string?)null, new Response("received", Accepted));
        }

        var errors = Validate(request);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The application is not complete.");
        }

        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<EduHubUser>>();
        var user = new EduHubUser { UserName = request!.User!.UserName, Email = request.User.Email, IsEnabled = false };
        var created = await users.CreateAsync(user, request.User.Password!);
        if (!created.Succeeded)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["user"] = created.Errors.Select(e => e.Description).ToArray() }, title: "The account cannot be created.");
        }

        scope.ServiceProvider.GetRequiredService<ContentCallerAccessor>().Set(ContentCaller.System);
        var content = scope.ServiceProvider.GetRequiredService<ContentManager>();
        var result = await content.CreateAsync(Organization(request.Organization!, user.UserName!), publish: false, cancellationToken);
        if (!result.Succeeded)
        {
            await users.DeleteAsync(user);
            return TypedResults.ValidationProblem(
                result.ErrorList.GroupBy(e => "organization." + e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()),
                title: "The organisation details are not valid.");
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

        return TypedResults.Accepted((string?)null, new Response("received", Accepted));
    }

    private static Dictionary<string, string[]> Validate(Request? request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Require(string path, string? value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                errors[path] = ["Required."];
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
