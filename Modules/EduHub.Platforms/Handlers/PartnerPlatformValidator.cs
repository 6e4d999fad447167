using EduHub.Core.Contents.Handlers;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.Platforms.Handlers;

/// <summary>A partner lists platforms of its own organisation only: the provider is fixed to the caller's organisation.</summary>
internal sealed class PartnerPlatformValidator : IContentValidator
{
    public Task ValidateAsync(ValidateContentContext context, CancellationToken cancellationToken)
    {
        if (context.Item.ContentType == "Platform" && context.Caller.OrganizationContentItemId is { } organization
            && context.Definitions.GetType("Platform") is { } type && !context.Caller.MayAny(ContentVerb.Edit, type))
        {
            var providers = context.Item.Field("Platform", "Provider")?.GetStrings("ContentItemIds") ?? [];
            if (providers.Count != 1 || providers[0] != organization)
            {
                context.AddError("Platform.Provider", "You can list platforms of your own organisation only: the provider must be your organisation.", "provider");
            }
        }

        return Task.CompletedTask;
    }
}
