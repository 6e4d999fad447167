namespace EduHub.Core.Contents;

/// <summary>Which version of an item a read returns (Orchard Core's version options).</summary>
public enum VersionOptions
{
    /// <summary>The published version, or nothing.</summary>
    Published,

    /// <summary>The latest version, published or draft.</summary>
    Latest,

    /// <summary>The latest version only if it is a draft.</summary>
    Draft,

    /// <summary>The latest draft, created from the published version when there is none.</summary>
    DraftRequired,
}
