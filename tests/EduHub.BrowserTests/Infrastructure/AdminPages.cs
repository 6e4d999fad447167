using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace EduHub.BrowserTests.Infrastructure;

/// <summary>What a user does on the admin's sign-in page (fields by their names: the labels are localized).</summary>
public static class AdminPages
{
    public const string SignIn = "/admin/account/signin";

    public static async Task FillSignInAsync(IPage page, string userName, string password)
    {
        await page.Locator("input[name=UserName]").FillAsync(userName);
        await page.Locator("input[name=Password]").FillAsync(password);
        await page.Locator("main form button[type=submit]").ClickAsync();
    }

    /// <summary>Signs in from the sign-in page and waits for the dashboard.</summary>
    public static async Task SignInAsync(IPage page, string userName, string password)
    {
        await page.GotoAsync(SignIn);
        await FillSignInAsync(page, userName, password);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/admin/?$"));
    }
}
