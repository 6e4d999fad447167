using EduHub.Workflows.Abstractions;

namespace EduHub.Workflows.Activities;

/// <summary>Import checks shared by activities.</summary>
internal static class Scripts
{
    public static void Require(ActivityProperties properties, string name, IWorkflowExpressions expressions, ICollection<string> errors)
    {
        if (string.IsNullOrWhiteSpace(properties.Text(name)))
        {
            errors.Add($"{name}: a JavaScript expression is required.");
        }
        else if (expressions.CheckScript(properties.Text(name)!) is { } error)
        {
            errors.Add($"{name}: {error}");
        }
    }

    public static void Template(ActivityProperties properties, string name, IWorkflowExpressions expressions, ICollection<string> errors, bool required = false)
    {
        var text = properties.Text(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add($"{name}: a Liquid template is required.");
            }
        }
        else if (expressions.CheckTemplate(text) is { } error)
        {
            errors.Add($"{name}: {error}");
        }
    }

    public static void Duration(ActivityProperties properties, string name, ICollection<string> errors, bool required = false)
    {
        var text = properties.Text(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            if (required)
            {
                errors.Add($"{name}: a duration is required (e.g. \"3.00:00:00\" or \"P3D\").");
            }
        }
        else if (ActivityProperties.ParseDuration(text) is not { } span || span <= TimeSpan.Zero)
        {
            errors.Add($"{name}: '{text}' is not a positive duration (e.g. \"3.00:00:00\" or \"P3D\").");
        }
    }
}
