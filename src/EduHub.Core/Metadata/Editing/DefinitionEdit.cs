namespace EduHub.Core.Metadata.Editing;

/// <summary>One change to the content definitions, applied to a copy of the current document.</summary>
public abstract record DefinitionEdit(string TypeName)
{
    public abstract DefinitionImpact Impact { get; }

    /// <summary>Changes <paramref name="document"/>; returns why not when the change is invalid (the document is then discarded).</summary>
    public abstract DefinitionProblem? Apply(ContentDefinitionDocument document);

    protected ContentTypeDefinition? FindType(ContentDefinitionDocument document) =>
        document.ContentTypes.FirstOrDefault(t => t.Name == TypeName);

    /// <summary>The type's own part (named like the type): where fields added in the admin go.</summary>
    protected static ContentPartDefinition OwnPart(ContentDefinitionDocument document, ContentTypeDefinition type)
    {
        var part = document.ContentParts.FirstOrDefault(p => p.Name == type.Name);
        if (part is null)
        {
            part = new ContentPartDefinition { Name = type.Name };
            document.ContentParts.Add(part);
        }

        if (!type.ContentTypePartDefinitionRecords.Any(p => p.PartName == type.Name))
        {
            type.ContentTypePartDefinitionRecords.Add(new ContentTypePartDefinition { PartName = type.Name, Name = type.Name });
        }

        return part;
    }

    protected static DefinitionProblem UnknownType(string name) => new("TypeName", $"There is no content type '{name}'.");

    /// <summary>Keeps the stored <c>Position</c> settings in step with the list order (Orchard Core reads them).</summary>
    protected static void Renumber(ContentTypeDefinition type)
    {
        for (var i = 0; i < type.ContentTypePartDefinitionRecords.Count; i++)
        {
            var record = type.ContentTypePartDefinitionRecords[i];
            record.Settings = (System.Text.Json.Nodes.JsonObject)record.Settings.DeepClone();
            Section(record.Settings, "ContentTypePartSettings")["Position"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    protected static void Renumber(ContentPartDefinition part)
    {
        for (var i = 0; i < part.ContentPartFieldDefinitionRecords.Count; i++)
        {
            var field = part.ContentPartFieldDefinitionRecords[i];
            field.Settings = (System.Text.Json.Nodes.JsonObject)field.Settings.DeepClone();
            Section(field.Settings, "ContentPartFieldSettings")["Position"] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    protected static System.Text.Json.Nodes.JsonObject Section(System.Text.Json.Nodes.JsonObject settings, string name)
    {
        if (settings[name] is not System.Text.Json.Nodes.JsonObject section)
        {
            section = [];
            settings[name] = section;
        }

        return section;
    }
}
