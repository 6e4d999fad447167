namespace EduHub.Core.Contents.Handlers;

/// <summary>Type-specific rules of a module, run on every save after the field settings passed.</summary>
public interface IContentValidator
{
    Task ValidateAsync(ValidateContentContext context, CancellationToken cancellationToken);
}
