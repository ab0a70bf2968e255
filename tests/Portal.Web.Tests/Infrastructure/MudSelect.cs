using Microsoft.Playwright;

namespace Portal.Web.Tests.Infrastructure;

public static class MudSelect
{
    /// <summary>Opens a MudBlazor select and picks the option with the given text.</summary>
    public static async Task ChooseAsync(IPage page, ILocator select, string option)
    {
        await select.ClickAsync();
        var choice = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
        await choice.ClickAsync();
        await Assertions.Expect(choice).ToBeHiddenAsync();
        await Assertions.Expect(select).ToContainTextAsync(option);
    }
}
