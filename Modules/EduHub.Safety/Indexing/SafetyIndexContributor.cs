using EduHub.Core.Indexing;

namespace EduHub.Safety.Indexing;

/// <summary>"The guide for parents about cyberbullying": guides by audience and topics (their body comes from HtmlBodyPart); help lines by what they help with.</summary>
internal sealed class SafetyIndexContributor : IContentIndexContributor
{
    public Task ContributeAsync(ContentIndexContext context, CancellationToken cancellationToken)
    {
        switch (context.Item.ContentType)
        {
            case "SafetyGuide":
                context.AddTextField("SafetyGuide", "Audience");
                context.AddMultiTextField("SafetyGuide", "Topics");
                context.AddTextField("SafetyGuide", "LegalBasis");
                break;
            case "SupportContact":
                context.AddTextField("SupportContact", "Organization");
                context.AddHtmlField("SupportContact", "HelpsWith");
                context.AddTextField("SupportContact", "Hours");
                break;
        }

        return Task.CompletedTask;
    }
}
