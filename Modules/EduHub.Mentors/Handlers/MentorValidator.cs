using EduHub.Core.Contents.Handlers;
using EduHub.Core.Metadata;

namespace EduHub.Mentors.Handlers;

/// <summary>A mentor exists to be contacted by the schools they support: at least an e-mail or a phone.</summary>
internal sealed class MentorValidator : IContentValidator
{
    public Task ValidateAsync(ValidateContentContext context, CancellationToken cancellationToken)
    {
        if (context.Item.ContentType == "Mentor"
            && string.IsNullOrEmpty(context.Item.Field("Mentor", "Email")?.GetString("Text"))
            && string.IsNullOrEmpty(context.Item.Field("Mentor", "Phone")?.GetString("Text")))
        {
            context.AddError("Mentor.Email", "A mentor-teacher needs an e-mail address or a phone number so schools can reach them.", "required");
        }

        return Task.CompletedTask;
    }
}
