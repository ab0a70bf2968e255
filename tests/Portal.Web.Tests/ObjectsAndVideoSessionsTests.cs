using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Playwright;
using Portal.Web.Tests.Infrastructure;

namespace Portal.Web.Tests;

[Collection(WebStackCollection.Name)]
public sealed class ObjectsAndVideoSessionsTests(WebStack stack)
{
    [Fact]
    public async Task ACustomerUserSeesTheirObjectsAndVideoSessionsAndSchedulesOne()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Objects {suffix}");
        var deviceName = $"Kessel {suffix}";
        var deviceId = await stack.Api.CreateDeviceAsync(admin, customerId, $"Werk Süd {suffix}", deviceName);
        var otherCustomerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Other {suffix}");
        await stack.Api.CreateDeviceAsync(admin, otherCustomerId, $"Fremdes Werk {suffix}", $"Fremder Kessel {suffix}");
        await ScheduleAsync(admin, deviceId, $"Wartung {suffix}", DateTimeOffset.UtcNow.AddDays(3));
        var email = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Olga", language: "en");

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(ACustomerUserSeesTheirObjectsAndVideoSessionsAndSchedulesOne), async () =>
        {
            await SignIn.AsAsync(page, email, PortalApi.UserPassword);

            await page.GetByRole(AriaRole.Link, new() { Name = "Objects" }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Objects", Level = 1 })).ToBeVisibleAsync();
            var objects = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Table);
            await Assertions.Expect(objects.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Werk Süd {suffix}" })).ToContainTextAsync("Hauptstraße 1, Berlin");
            // Another customer's object is not theirs to see.
            await Assertions.Expect(objects.GetByText($"Fremdes Werk {suffix}")).ToHaveCountAsync(0);
            await Screenshots.SaveAsync(page, "portal-objects");

            await page.GetByRole(AriaRole.Link, new() { Name = "Video sessions" }).First.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Video sessions", Level = 1 })).ToBeVisibleAsync();
            var sessions = page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Table);
            var planned = sessions.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Wartung {suffix}" });
            await Assertions.Expect(planned).ToContainTextAsync("Scheduled");
            await Assertions.Expect(planned.GetByRole(AriaRole.Link, new() { Name = deviceName })).ToBeVisibleAsync();

            // Scheduling without a time gets the reason beside the field; with one, the session joins the list.
            await page.GetByRole(AriaRole.Button, new() { Name = "Schedule video session" }).ClickAsync();
            var dialog = page.GetByRole(AriaRole.Dialog);
            await MudSelect.ChooseAsync(page, dialog.GetByLabel("Device"), deviceName);
            await dialog.GetByLabel("Title").FillAsync($"Einweisung {suffix}");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Schedule video session" }).ClickAsync();
            await Assertions.Expect(dialog.GetByText("Required: when the session starts")).ToBeVisibleAsync();

            await dialog.GetByLabel("Scheduled for (UTC)").FillAsync(DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd'T'10:30", System.Globalization.CultureInfo.InvariantCulture));
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Schedule video session" }).ClickAsync();
            await Assertions.Expect(dialog).ToHaveCountAsync(0);
            var scheduled = sessions.GetByRole(AriaRole.Row).Filter(new() { HasText = $"Einweisung {suffix}" });
            await Assertions.Expect(scheduled).ToContainTextAsync("10:30");
            await Assertions.Expect(scheduled.GetByRole(AriaRole.Link, new() { Name = deviceName })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "portal-video-sessions");
        });
    }

    private async Task ScheduleAsync(string token, Guid deviceId, string title, DateTimeOffset at)
    {
        using var gateway = new HttpClient { BaseAddress = new Uri(stack.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/assets/video-sessions") { Content = JsonContent.Create(new { deviceId, title, scheduledAt = at }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await gateway.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"Scheduling gave {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
