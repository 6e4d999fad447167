namespace EduHub.Core.Security;

/// <summary>A named right, granted to roles (Orchard Core style).</summary>
public sealed record Permission(string Name, string Description, string Category = "Content");
