using System.Text.Json.Nodes;
using EduHub.Core.Metadata;
using EduHub.Core.Security;

namespace EduHub.UnitTests.Core.Security;

public sealed class ContentCallerTests
{
    private static readonly ContentTypeDefinition Platform = Type("Platform", securable: true);
    private static readonly ContentTypeDefinition Article = Type("Article", securable: false);

    [Theory]
    [InlineData(ContentVerb.Edit)]
    [InlineData(ContentVerb.Preview)]
    [InlineData(ContentVerb.View)]
    public void May_PublishContent_ImpliesWeakerVerbs(ContentVerb verb) =>
        Assert.True(Alice(CorePermissions.PublishContent).May(verb, Article, "bob"));

    [Theory]
    [InlineData(ContentVerb.Preview)]
    [InlineData(ContentVerb.View)]
    public void May_EditContent_ImpliesPreviewAndView(ContentVerb verb) =>
        Assert.True(Alice(CorePermissions.EditContent).May(verb, Article, "bob"));

    [Fact]
    public void May_PreviewContent_ImpliesView() =>
        Assert.True(Alice(CorePermissions.PreviewContent).May(ContentVerb.View, Article, "bob"));

    [Fact]
    public void May_EditContent_DoesNotGrantPublish() =>
        Assert.False(Alice(CorePermissions.EditContent).May(ContentVerb.Publish, Article, "bob"));

    [Fact]
    public void May_PreviewContent_DoesNotGrantEdit() =>
        Assert.False(Alice(CorePermissions.PreviewContent).May(ContentVerb.Edit, Article, "bob"));

    [Fact]
    public void May_ViewContent_DoesNotGrantPreview() =>
        Assert.False(Alice(CorePermissions.ViewContent).May(ContentVerb.Preview, Article, "bob"));

    [Fact]
    public void May_PublishContent_DoesNotGrantDelete() =>
        Assert.False(Alice(CorePermissions.PublishContent).May(ContentVerb.Delete, Article, "bob"));

    [Fact]
    public void May_DeleteContent_GrantsDelete() =>
        Assert.True(Alice(CorePermissions.DeleteContent).May(ContentVerb.Delete, Article, "bob"));

    [Fact]
    public void May_AnyPermission_CoversOwnItems() =>
        Assert.True(Alice(CorePermissions.EditContent).May(ContentVerb.Edit, Article, "alice"));

    [Fact]
    public void May_OwnPermission_CoversOwnItem() =>
        Assert.True(Alice(CorePermissions.EditOwnContent).May(ContentVerb.Edit, Article, "alice"));

    [Fact]
    public void May_OwnPermission_DoesNotCoverSomeoneElsesItem() =>
        Assert.False(Alice(CorePermissions.EditOwnContent).May(ContentVerb.Edit, Article, "bob"));

    [Fact]
    public void May_OwnPermission_DoesNotCoverAnItemWithoutOwner() =>
        Assert.False(Alice(CorePermissions.EditOwnContent).May(ContentVerb.Edit, Article, null));

    [Fact]
    public void May_OwnerComparison_IsExact() =>
        Assert.False(Alice(CorePermissions.EditOwnContent).May(ContentVerb.Edit, Article, "Alice"));

    [Fact]
    public void May_PublishOwnContent_ImpliesViewOwn() =>
        Assert.True(Alice(CorePermissions.PublishOwnContent).May(ContentVerb.View, Article, "alice"));

    [Fact]
    public void MayAny_OwnPermissionOnly_IsFalse() =>
        Assert.False(Alice(CorePermissions.EditOwnContent).MayAny(ContentVerb.Edit, Article));

    [Fact]
    public void MayAny_AnyPermission_IsTrue() =>
        Assert.True(Alice(CorePermissions.ViewContent).MayAny(ContentVerb.View, Article));

    [Fact]
    public void May_AnonymousCaller_IsNeverOwnerOfAnItemWithoutOwner() =>
        Assert.False(ContentCaller.Anonymous(Set(CorePermissions.ViewOwnContent)).May(ContentVerb.View, Article, null));

    [Fact]
    public void May_PerTypePermissionOnSecurableType_IsGranted() =>
        Assert.True(Alice("Edit_Platform").May(ContentVerb.Edit, Platform, "bob"));

    [Fact]
    public void May_PerTypePublish_ImpliesPerTypeView() =>
        Assert.True(Alice("Publish_Platform").May(ContentVerb.View, Platform, "bob"));

    [Fact]
    public void May_PerTypeOwnPermissionOnSecurableType_CoversOwnItem() =>
        Assert.True(Alice("EditOwn_Platform").May(ContentVerb.Edit, Platform, "alice"));

    [Fact]
    public void May_PerTypeOwnPermissionOnSecurableType_DoesNotCoverOthers() =>
        Assert.False(Alice("EditOwn_Platform").May(ContentVerb.Edit, Platform, "bob"));

    [Fact]
    public void May_PerTypePermissionOnNonSecurableType_IsIgnored() =>
        Assert.False(Alice("Edit_Article").May(ContentVerb.Edit, Article, "bob"));

    [Fact]
    public void May_PerTypePermissionOfAnotherType_IsNotGranted() =>
        Assert.False(Alice("Edit_School").May(ContentVerb.Edit, Platform, "bob"));

    [Fact]
    public void May_GlobalPermission_AlsoCoversSecurableTypes() =>
        Assert.True(Alice(CorePermissions.EditContent).May(ContentVerb.Edit, Platform, "bob"));

    [Theory]
    [InlineData(ContentVerb.Delete)]
    [InlineData(ContentVerb.Publish)]
    public void May_SiteOwner_MayDoEverything(ContentVerb verb) =>
        Assert.True(Alice(CorePermissions.SiteOwner).May(verb, Platform, "bob"));

    [Fact]
    public void Has_SiteOwner_ImpliesAnyPermission() =>
        Assert.True(Alice(CorePermissions.SiteOwner).Has(CorePermissions.ManageRoles));

    [Fact]
    public void Has_PermissionNotGranted_IsFalse() =>
        Assert.False(Alice(CorePermissions.ManageUsers).Has(CorePermissions.ManageRoles));

    [Fact]
    public void System_MayDoEverythingWithoutAnyPermission() =>
        Assert.True(ContentCaller.System.May(ContentVerb.Delete, Platform, "bob"));

    [Fact]
    public void System_HasEveryPermission() =>
        Assert.True(ContentCaller.System.Has(CorePermissions.ViewPrivateContactData));

    [Fact]
    public void CallerWithoutPermissions_MayNotView() =>
        Assert.False(Alice().May(ContentVerb.View, Article, "alice"));

    [Fact]
    public void Anonymous_IsNotAuthenticated() =>
        Assert.False(ContentCaller.Anonymous(Set(CorePermissions.ViewContent)).IsAuthenticated);

    [Fact]
    public void Answers_remembered_per_caller_still_depend_on_owner_verb_and_type_definition()
    {
        var alice = Alice(CorePermissions.EditOwnContent, ContentTypePermissions.ForType(ContentVerb.View, own: false, "Platform"));
        var platformNoLongerSecurable = Type("Platform", securable: false);

        // Asked in an order that would reuse a wrong answer if the memo ignored any part of the question.
        Assert.True(alice.May(ContentVerb.Edit, Article, "alice"));
        Assert.False(alice.May(ContentVerb.Edit, Article, "bob"));
        Assert.True(alice.May(ContentVerb.Edit, Article, "alice"));
        Assert.True(alice.May(ContentVerb.View, Platform, "bob"));
        Assert.False(alice.May(ContentVerb.View, platformNoLongerSecurable, "bob"));
        Assert.False(alice.May(ContentVerb.Edit, Platform, "bob"));
        Assert.True(ContentCaller.System.May(ContentVerb.Delete, Platform, null));
    }

    private static ContentCaller Alice(params string[] permissions) => new("alice", ["Editor"], Set(permissions));

    private static HashSet<string> Set(params string[] permissions) => new(permissions, StringComparer.Ordinal);

    private static ContentTypeDefinition Type(string name, bool securable) => new()
    {
        Name = name,
        Settings = new JsonObject { ["ContentTypeSettings"] = new JsonObject { ["Securable"] = securable } },
    };
}
