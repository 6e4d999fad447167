using EduHub.Core.Contents.Handlers;
using EduHub.Core.Metadata;

namespace EduHub.Safety.Handlers;

/// <summary>A guide's age range must be a range: the youngest age cannot exceed the oldest.</summary>
internal sealed class SafetyGuideValidator : IContentValidator
{
    public Task ValidateAsync(ValidateContentContext context, CancellationToken cancellationToken)
    {
        if (context.Item.ContentType == "SafetyGuide"
            && context.Item.Field("SafetyGuide", "AgeMin")?.GetDecimal("Value") is { } min
            && context.Item.Field("SafetyGuide", "AgeMax")?.GetDecimal("Value") is { } max
            && min > max)
        {
            context.AddError("SafetyGuide.AgeMin", $"The youngest age ({min}) is above the oldest age ({max}).", "out_of_range");
        }

        return Task.CompletedTask;
    }
}
