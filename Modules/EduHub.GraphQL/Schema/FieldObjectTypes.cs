using EduHub.Core.Contents;
using EduHub.Core.Metadata;
using EduHub.GraphQL.Execution;
using GraphQL.Types;

namespace EduHub.GraphQL.Schema;

/// <summary>The object types of fields that are more than a scalar (Orchard Core's shapes).</summary>
internal static class FieldObjectTypes
{
    public static IGraphType For(FieldKind kind, ContentGraphTypes types) => kind switch
    {
        FieldKind.LinkField => types.GetOrAdd("LinkField", () => Object("LinkField", ("url", "Url"), ("text", "Text"), ("target", "Target"))),
        FieldKind.HtmlField => types.GetOrAdd("HtmlField", () => Object("HtmlField", ("html", "Html"))),
        FieldKind.MarkdownField => types.GetOrAdd("MarkdownField", () => Object("MarkdownField", ("markdown", "Markdown"))),
        FieldKind.MediaField => types.GetOrAdd("MediaField", () => Media()),
        FieldKind.ContentPickerField => types.GetOrAdd("ContentPickerField", () => Picker(types)),
        _ => types.GetOrAdd("TaxonomyField", () => Taxonomy(types)),
    };

    private static ObjectGraphType Object(string name, params (string Field, string Property)[] strings)
    {
        var type = new ObjectGraphType { Name = name };
        foreach (var (field, property) in strings)
        {
            type.AddField(new FieldType
            {
                Name = field,
                Type = typeof(StringGraphType),
                Resolver = new DirectFieldResolver((source, _, _) => ((FieldSource)source!).Value.GetString(property)),
            });
        }

        return type;
    }

    private static ObjectGraphType Media()
    {
        var type = new ObjectGraphType { Name = "MediaField" };
        type.AddField(Strings("paths", s => s.Value.GetStrings("Paths")));
        type.AddField(Strings("mediaTexts", s => s.Value.GetStrings("MediaTexts")));
        return type;
    }

    private static ObjectGraphType Picker(ContentGraphTypes types)
    {
        var type = new ObjectGraphType { Name = "ContentPickerField" };
        type.AddField(Strings("contentItemIds", s => s.Value.GetStrings("ContentItemIds")));
        type.AddField(new FieldType
        {
            Name = "contentItems",
            Description = "The picked items that are published and visible to you, in picker order.",
            ResolvedType = new ListGraphType(new NonNullGraphType(types.ContentItem)),
            Resolver = new DirectFieldResolver((parent, user, selection) =>
            {
                var source = (FieldSource)parent!;
                var allowed = source.Field.Definition.DisplayedContentTypes;
                if (allowed.Count == 0)
                {
                    user!.Cacheable = false;
                }

                user!.Read(allowed);
                return user.Loader.LoadMany(source.Value.GetStrings("ContentItemIds"), rowsOnly: CommonFields.SelectsOnlyIndexRow(selection));
            }),
        });
        return type;
    }

    private static ObjectGraphType Taxonomy(ContentGraphTypes types)
    {
        var type = new ObjectGraphType { Name = "TaxonomyField" };
        type.AddField(new FieldType
        {
            Name = "taxonomyContentItemId",
            Type = typeof(StringGraphType),
            Resolver = new DirectFieldResolver((source, _, _) => ((FieldSource)source!).Value.GetString("TaxonomyContentItemId")),
        });
        type.AddField(Strings("termContentItemIds", s => s.Value.GetStrings("TermContentItemIds")));
        type.AddField(new FieldType
        {
            Name = "termContentItems",
            Description = "The selected terms, in the taxonomy's order of selection.",
            ResolvedType = new ListGraphType(new NonNullGraphType(types.ContentItem)),
            Resolver = new DirectFieldResolver((source, user, _) => Terms((FieldSource)source!, user!)),
        });
        return type;
    }

    private static object? Terms(FieldSource source, GraphQLUserContext user)
    {
        var taxonomyId = source.Value.GetString("TaxonomyContentItemId");
        var termIds = source.Value.GetStrings("TermContentItemIds");
        if (taxonomyId is null)
        {
            return Array.Empty<ContentItem>();
        }

        var taxonomy = user.Loader.Load(taxonomyId);
        return new Loading.BatchResult<IReadOnlyList<ContentItem>>(async ct =>
        {
            if (await taxonomy.GetResultAsync(ct) is not { } item)
            {
                user.Cacheable = false;
                return [];
            }

            user.Read(item.ContentType);
            return TaxonomyTerms.Find(user.TermsOf(item), termIds);
        });
    }

    private static FieldType Strings(string name, Func<FieldSource, IReadOnlyList<string>> read) => new()
    {
        Name = name,
        Type = typeof(ListGraphType<NonNullGraphType<StringGraphType>>),
        Resolver = new DirectFieldResolver((source, _, _) => read((FieldSource)source!)),
    };
}
