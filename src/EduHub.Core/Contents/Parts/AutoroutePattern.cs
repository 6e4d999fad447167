using System.Collections.Concurrent;
using EduHub.Core.Contents.Text;
using Fluid;
using Fluid.Values;

namespace EduHub.Core.Contents.Parts;

/// <summary>Renders Orchard Core's Liquid route patterns, e.g. <c>platforms/{{ ContentItem.DisplayText | slugify }}</c>.</summary>
internal static class AutoroutePattern
{
    public const string Default = "{{ ContentItem.DisplayText | slugify }}";

    private static readonly FluidParser Parser = new();
    private static readonly TemplateOptions Options = CreateOptions();
    private static readonly ConcurrentDictionary<string, IFluidTemplate?> Templates = new(StringComparer.Ordinal);

    public static bool TryRender(string pattern, ContentItem item, out string path)
    {
        path = "";
        var template = Templates.GetOrAdd(pattern, p => Parser.TryParse(p, out var t, out _) ? t : null);
        if (template is null)
        {
            return false;
        }

        var context = new TemplateContext(Options);
        context.SetValue("ContentItem", item);
        path = Slug.NormalizePath(template.Render(context));
        return true;
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions();
        options.MemberAccessStrategy.Register<ContentItem>();
        options.Filters.AddFilter("slugify", (input, _, _) => new StringValue(Slug.Generate(input.ToStringValue())));
        return options;
    }
}
