namespace EduHub.Core;

/// <summary>Configuration section <c>EduHub:Setup</c>: what the first start does.</summary>
public sealed class SetupOptions
{
    public string Recipe { get; set; } = "recipes/eduhub.setup.recipe.json";

    /// <summary>Load the demo content on first start.</summary>
    public bool Demo { get; set; } = true;

    public string DemoRecipe { get; set; } = "recipes/eduhub.demo.recipe.json";

    public string AdminUserName { get; set; } = "admin";

    public string AdminEmail { get; set; } = "admin@eduhub.local";

    /// <summary>When empty, a password is generated and printed once to the console.</summary>
    public string? AdminPassword { get; set; }
}
