using System.Text;
using Microsoft.Playwright;
using Portal.AppHost;
using Portal.Web.Tests.Infrastructure;
using Portal.Web.Tests.Languages;
using static Microsoft.Playwright.Assertions;

namespace Portal.Web.Tests;

/// <summary>
/// Onboarding a whole customer at once (docs/people-import.md): a file, its dry run that changes nothing, the
/// import as a job with progress and a result file, the people it made with their scope, and the same file
/// again changing nothing. Provider staff in English; a customer administrator in German with a German file.
/// </summary>
[Collection(WebStackCollection.Name)]
public sealed class PeopleImportTests(WebStack stack)
{
    /// <summary>Generous: the job runs in identity's background worker, and a busy test machine is slow.</summary>
    private static readonly LocatorAssertionsToHaveTextOptions JobTime = new() { Timeout = 60_000 };

    [Fact]
    public async Task ProviderStaffImportAPeopleFileForACustomerAfterADryRunAndTheSameFileAgainChangesNothing()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Lindenhof {suffix} GmbH");
        var departmentId = await stack.Api.CreateDepartmentAsync(admin, $"D-{suffix}");
        var objectName = $"Haus {suffix}";
        await stack.Api.CreateObjectAsync(admin, customerId, departmentId, objectName);
        await stack.Api.CreateObjectAsync(admin, customerId, departmentId, $"Nebenhaus {suffix}");
        // A person who is there already: the file changes their role.
        var existing = PortalApi.UniqueEmail("ina");
        await stack.Api.InviteAsync(admin, customerId, existing, "en");

        var newcomer = $"mara.{suffix}@lindenhof.example";
        var file = Encoding.UTF8.GetBytes(string.Join("\r\n",
            "First name,Last name,E-mail,Role,Portal areas,Objects,E-mail categories,Access",
            $"Mara,Schulz,{newcomer},moderator,Dashboard|Tickets,{objectName},Tickets,invite",
            "Eva,Roth,not-an-address,member,,,,",
            $"Mara,Doppelt,{newcomer},member,,,,",
            $"Ina,Vited,{existing},moderator,,,,") + "\r\n");

        var page = await stack.NewPageAsync();
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(ProviderStaffImportAPeopleFileForACustomerAfterADryRunAndTheSameFileAgainChangesNothing), async () =>
        {
            await SignIn.AsAsync(page, DevelopmentAccounts.AdminEmail, DevelopmentAccounts.AdminPassword);
            await page.GotoAsync($"/backoffice/customers/{customerId}");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Users" }).ClickAsync();

            // The export before the import: the format's header line, in the person's language.
            var before = await DownloadAsync(page, page.GetByRole(AriaRole.Link, new() { Name = "Export people" }));
            Assert.EndsWith(".csv", before.Name, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("First name", before.Text, StringComparison.Ordinal);
            Assert.Contains(existing, before.Text, StringComparison.OrdinalIgnoreCase);

            await page.GetByRole(AriaRole.Link, new() { Name = "Import people" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import people", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("people-file-help")).ToContainTextAsync("E-mail categories");

            // The dry run: every row with what would happen, refused rows with the reason at their field.
            await ChooseFileAsync(page, "lindenhof.csv", file);
            var dryRun = page.GetByTestId("dry-run");
            await Expect(dryRun.GetByRole(AriaRole.Heading, new() { Name = "Dry run of lindenhof.csv" })).ToBeVisibleAsync();
            await Expect(dryRun).ToContainTextAsync("nothing has been changed yet");
            await ExpectCountsAsync(dryRun, "Create: 1", "Update: 1", "Unchanged: 0", "Refused: 2");

            var created = RowOf(dryRun, "Schulz");
            await Expect(created.Locator("[data-action]")).ToHaveTextAsync("Create");
            await Expect(created).ToContainTextAsync("New person; gets an invitation");
            var updated = RowOf(dryRun, existing);
            await Expect(updated.Locator("[data-action]")).ToHaveTextAsync("Update");
            await Expect(updated).ToContainTextAsync("Role");
            var badAddress = RowOf(dryRun, "not-an-address");
            await Expect(badAddress.Locator("[data-action]")).ToHaveTextAsync("Refused");
            await Expect(badAddress.Locator("[data-field=email]")).ToHaveTextAsync("E-mail: Give a valid e-mail address.");
            var duplicate = RowOf(dryRun, "Doppelt");
            await Expect(duplicate.Locator("[data-action]")).ToHaveTextAsync("Refused");
            await Expect(duplicate.Locator("[data-field=email]")).ToHaveTextAsync("E-mail: This address is in row 2 already.");

            await page.GetByLabel("Refused rows only").CheckAsync();
            await Expect(dryRun.Locator("tbody tr")).ToHaveCountAsync(2);
            await Expect(RowOf(dryRun, existing)).ToHaveCountAsync(0);
            await page.GetByLabel("Refused rows only").UncheckAsync();
            await Expect(dryRun.Locator("tbody tr")).ToHaveCountAsync(4);
            await dryRun.ScrollIntoViewIfNeededAsync();
            await Screenshots.SaveAsync(page, "people-import-dry-run");

            // Nothing was changed by the dry run.
            await Expect(page.GetByTestId("people-import")).ToBeVisibleAsync();
            Assert.DoesNotContain(await UserEmailsAsync(admin, customerId), e => string.Equals(e, newcomer, StringComparison.OrdinalIgnoreCase));

            // The import: a job whose progress the page follows to the end, then its result file.
            await dryRun.GetByRole(AriaRole.Button, new() { Name = "Import 2 rows" }).ClickAsync();
            var progress = page.GetByTestId("import-progress");
            await Expect(progress.GetByTestId("import-status")).ToHaveTextAsync("Completed", JobTime);
            await Expect(progress.GetByTestId("import-processed")).ToHaveTextAsync("4 of 4 rows processed");
            await ExpectCountsAsync(progress, "Created: 1", "Updated: 1", "Unchanged: 0", "Refused: 2");
            await Expect(progress.GetByTestId("import-completed")).ToBeVisibleAsync();
            var result = await DownloadAsync(page, progress.GetByRole(AriaRole.Link, new() { Name = "Download the result file" }));
            Assert.EndsWith(".csv", result.Name, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("not-an-address", result.Text, StringComparison.Ordinal);
            Assert.Contains(newcomer, result.Text, StringComparison.OrdinalIgnoreCase);
            await Expect(RowOf(page.GetByTestId("earlier-imports"), "lindenhof.csv")).ToContainTextAsync("Completed");

            // The people it made: the newcomer invited with their whole scope, the existing person a moderator now.
            await page.GotoAsync($"/backoffice/customers/{customerId}");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Users" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = newcomer })).ToContainTextAsync("Moderator");
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = existing })).ToContainTextAsync("Moderator");
            await page.GetByRole(AriaRole.Tab, new() { Name = "Invitations" }).ClickAsync();
            var invitation = page.GetByRole(AriaRole.Row).Filter(new() { HasText = newcomer });
            await Expect(invitation).ToContainTextAsync("Pending");
            var scope = invitation.GetByTestId("person-scope");
            await Expect(scope).ToContainTextAsync("Areas: Dashboard, Tickets");
            await Expect(scope).ToContainTextAsync("Objects: 1 chosen");
            await Expect(scope).ToContainTextAsync("E-mails: Tickets");

            // The same file again: nothing to do, and nothing is offered to import.
            await page.GotoAsync($"/backoffice/customers/{customerId}/people/import");
            await ChooseFileAsync(page, "lindenhof.csv", file);
            await ExpectCountsAsync(dryRun, "Create: 0", "Update: 0", "Unchanged: 2", "Refused: 2");
            await Expect(RowOf(dryRun, "Schulz").Locator("[data-action]")).ToHaveTextAsync("Unchanged");
            await Expect(RowOf(dryRun, existing).Locator("[data-action]")).ToHaveTextAsync("Unchanged");
            await Expect(dryRun.GetByRole(AriaRole.Button, new() { Name = "Import 0 rows" })).ToBeDisabledAsync();
            await Expect(dryRun).ToContainTextAsync("Nothing would change");

            // The export, edited or not, is a file to import: every person in it is unchanged.
            var export = await DownloadAsync(page, page.GetByTestId("people-import").GetByRole(AriaRole.Link, new() { Name = "Export people" }));
            Assert.Contains(newcomer, export.Text, StringComparison.OrdinalIgnoreCase);
            await page.GetByRole(AriaRole.Button, new() { Name = "Choose another file" }).ClickAsync();
            await ChooseFileAsync(page, export.Name, export.Bytes);
            await ExpectCountsAsync(dryRun, "Create: 0", "Update: 0", "Unchanged: 2", "Refused: 0");

            // One invitation, however often the file came.
            var mails = await stack.Inbox.ToAsync(newcomer);
            Assert.Single(mails, mail => mail.LinkTo("account/accept-invitation") is not null);
        });
    }

    [Fact]
    public async Task AGermanCustomerAdministratorImportsAGermanFileOnTheTeamPageAndReadsGermanThroughout()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var admin = await stack.Api.AdministratorTokenAsync();
        var customerId = await stack.Api.CreateCorporateCustomerAsync(admin, $"Mühlbach {suffix} GmbH");
        var administrator = await stack.Api.AddActiveUserAsync(admin, customerId, stack.Inbox, "Greta", language: "de");
        var employee = $"lena.{suffix}@muehlbach.example";

        // What Excel on a German Windows writes as "CSV UTF-8": German headers, semicolons, a byte order mark.
        var text = string.Join("\r\n",
            "Anrede;Vorname;Nachname;E-Mail;Sprache;Rolle;E-Mail-Kategorien;Zugang",
            $"Frau;Lena;Groß;{employee};Deutsch;Mitglied;Servicefälle;ohne",
            "Herr;Uwe;Fehler;keine-adresse;Deutsch;Mitglied;;ohne") + "\r\n";
        var file = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        var page = await stack.NewPageAsync("de-DE");
        await FailureArtifacts.KeepOnFailureAsync(page, nameof(AGermanCustomerAdministratorImportsAGermanFileOnTheTeamPageAndReadsGermanThroughout), async () =>
        {
            await SignIn.FromAsync(page, "/", administrator, PortalApi.UserPassword, "Anmelden");
            await page.GotoAsync("/team");
            await page.GetByRole(AriaRole.Link, new() { Name = "Personen importieren" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Personen importieren", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByTestId("people-file-help")).ToContainTextAsync("E-Mail-Kategorien");
            await NoEnglishAsync(page, "the import page");

            await ChooseFileAsync(page, "mitarbeiter.csv", file, "CSV-Datei wählen");
            var dryRun = page.GetByTestId("dry-run");
            await Expect(dryRun.GetByRole(AriaRole.Heading, new() { Name = "Probelauf für mitarbeiter.csv" })).ToBeVisibleAsync();
            await ExpectCountsAsync(dryRun, "Neu anlegen: 1", "Ändern: 0", "Unverändert: 0", "Abgelehnt: 1");
            // The umlaut came through: the file was read as UTF-8, its byte order mark not taken for a letter.
            var lena = RowOf(dryRun, employee);
            await Expect(lena).ToContainTextAsync("Lena Groß");
            await Expect(lena).ToContainTextAsync("Neue Person ohne Zugang (nur E-Mails)");
            var refused = RowOf(dryRun, "keine-adresse");
            await Expect(refused.Locator("[data-action]")).ToHaveTextAsync("Abgelehnt");
            // Identity's words, in the person's language.
            await Expect(refused.Locator("[data-field=email]")).ToHaveTextAsync("E-Mail: Geben Sie eine gültige E-Mail-Adresse an.");
            await page.GetByLabel("Nur abgelehnte Zeilen").CheckAsync();
            await Expect(dryRun.Locator("tbody tr")).ToHaveCountAsync(1);
            await page.GetByLabel("Nur abgelehnte Zeilen").UncheckAsync();
            await NoEnglishAsync(page, "the dry run");
            await dryRun.ScrollIntoViewIfNeededAsync();
            await Screenshots.SaveAsync(page, "people-import-dry-run-de");

            await dryRun.GetByRole(AriaRole.Button, new() { Name = "1 Zeile importieren" }).ClickAsync();
            var progress = page.GetByTestId("import-progress");
            await Expect(progress.GetByTestId("import-status")).ToHaveTextAsync("Abgeschlossen", JobTime);
            await Expect(progress.GetByTestId("import-processed")).ToHaveTextAsync("2 von 2 Zeilen verarbeitet");
            await ExpectCountsAsync(progress, "Angelegt: 1", "Geändert: 0", "Unverändert: 0", "Abgelehnt: 1");
            await NoEnglishAsync(page, "the finished import");
            var result = await DownloadAsync(page, progress.GetByRole(AriaRole.Link, new() { Name = "Ergebnisdatei herunterladen" }));
            Assert.Contains("keine-adresse", result.Text, StringComparison.Ordinal);

            await page.GetByRole(AriaRole.Link, new() { Name = "Teamverwaltung" }).First.ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Teamverwaltung", Level = 1 })).ToBeVisibleAsync();
            await Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = employee })).ToContainTextAsync("Ohne Zugriff");
        });
    }

    /// <summary>
    /// Chooses a file once the page is interactive: drawn by its circuit (the heading) and done loading (its list of
    /// earlier imports), so the file input's script is ready for the change; a file set earlier would go unheard.
    /// </summary>
    private static async Task ChooseFileAsync(IPage page, string name, byte[] content, string label = "Choose a CSV file")
    {
        await PageWords.SettledAsync(page, "");
        await page.GetByLabel(label).SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = content });
    }

    /// <summary>The table row that shows <paramref name="text"/>.</summary>
    private static ILocator RowOf(ILocator within, string text) =>
        within.Locator("tbody tr").Filter(new() { HasText = text });

    private static async Task ExpectCountsAsync(ILocator within, string create, string update, string unchanged, string refused)
    {
        var counts = within.GetByTestId("import-counts");
        await Expect(counts.Locator("[data-count=create]")).ToHaveTextAsync(create);
        await Expect(counts.Locator("[data-count=update]")).ToHaveTextAsync(update);
        await Expect(counts.Locator("[data-count=unchanged]")).ToHaveTextAsync(unchanged);
        await Expect(counts.Locator("[data-count=refused]")).ToHaveTextAsync(refused);
    }

    /// <summary>Follows a download link as the browser does, and reads the file it saved.</summary>
    private static async Task<(string Name, byte[] Bytes, string Text)> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.Null(await download.FailureAsync());
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        return (download.SuggestedFilename, bytes, Encoding.UTF8.GetString(bytes));
    }

    private async Task<IReadOnlyList<string>> UserEmailsAsync(string token, Guid customerId) =>
        [.. (await stack.Api.GetAsync(token, $"/api/identity/organizations/{customerId}/users")).EnumerateArray().Select(u => u.GetProperty("email").GetString()!)];

    private static async Task NoEnglishAsync(IPage page, string where)
    {
        var words = await PageWords.OfAsync(page, withRows: true);
        var english = ResourceTexts.FoundIn(words, ResourceTexts.OfThePortal.English);
        Assert.True(english.Count == 0, $"English on {where}: {string.Join(" | ", english.Select(e => $"\"{e}\""))}");
    }
}
