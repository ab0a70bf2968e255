using Microsoft.Playwright;

namespace Portal.Web.Tests.Infrastructure;

/// <summary>Keeps what the browser showed when a test failed (screenshot and HTML) next to the test output.</summary>
public static class FailureArtifacts
{
    public static async Task KeepOnFailureAsync(IPage page, string testName, Func<Task> test)
    {
        try
        {
            await test();
        }
        catch
        {
            var folder = Path.Combine(AppContext.BaseDirectory, "failures");
            Directory.CreateDirectory(folder);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, testName + ".png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(folder, testName + ".html"), await page.ContentAsync());
            throw;
        }
    }
}
