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

    /// <summary>
    /// Ticks options of a multi-select and closes its list. Escape goes to the select itself: its list
    /// stays open after a click, and a key pressed while the focus sits elsewhere would not close it.
    /// </summary>
    public static async Task ChooseManyAsync(IPage page, ILocator select, params string[] options)
    {
        await select.ClickAsync();
        ILocator? choice = null;
        foreach (var option in options)
        {
            choice = page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true });
            await choice.ClickAsync();
        }

        await select.PressAsync("Escape");
        if (choice is not null)
        {
            await Assertions.Expect(choice).ToBeHiddenAsync();
        }
    }
}
