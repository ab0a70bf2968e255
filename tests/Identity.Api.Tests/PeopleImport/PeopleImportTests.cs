using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Identity.Api.Tests.Infrastructure;
using MassTransit;
using Portal.Contracts.Assets;

namespace Identity.Api.Tests.PeopleImport;

[Collection(IdentityCollection.Name)]
public sealed class PeopleImportTests(IdentityFixture fixture)
{
    [Fact]
    public async Task TheDryRunReportsEachProblemOnItsRowAndFieldAndChangesNothing()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var otherCustomer = await fixture.CreateCustomerAsync();
        var elsewhere = await fixture.CustomerUserAsync(otherCustomer, "member");
        var token = await fixture.AdministratorTokenAsync();
        var good = Actors.UniqueEmail("good");
        var file = PeopleFiles.Utf8(
            PeopleFiles.EnglishHeader,
            $"Ms,Mara,Schulz,{good},,de,moderator,tickets|dashboard,all,tickets,invite",
            "Mr,Bad,Address,not-an-address,,en,member,,,,invite",
            $"Ms,Twice,Again,{good.ToUpperInvariant()},,en,member,,,,invite",
            $",Nobody,Knows,{Actors.UniqueEmail()},,fr,chief,wishes,Atlantis,news,maybe",
            $",Taken,Address,{elsewhere.Email},,en,member,,,,invite",
            $",Too,Many,{Actors.UniqueEmail()},,en,member,,,,invite,surplus",
            $",,NoFirstName,{Actors.UniqueEmail()},,en,member,,,,invite");

        var plan = await fixture.DryRunAsync(token, customerId, file);
        var users = await fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM users WHERE organization_id = $1", customerId);

        Assert.Equal(7, plan.GetProperty("totalRows").GetInt32());
        Assert.Equal("create", plan.Row(2).Action());
        Assert.True(plan.Row(2).GetProperty("invite").GetBoolean());
        Assert.Equal(["email:invalid_email"], plan.Row(3).Problems());
        Assert.Equal(["email:duplicate_in_file"], plan.Row(4).Problems());
        Assert.Equal(
            ["language:unknown_language", "role:unknown_role", "portalAreas:unknown_portal_areas", "objects:unknown_objects", "emailCategories:unknown_email_categories", "access:unknown_access"],
            plan.Row(5).Problems());
        Assert.Equal(["email:email_in_use"], plan.Row(6).Problems());
        Assert.Equal(["row:too_many_fields"], plan.Row(7).Problems());
        Assert.Equal(["firstName:name_length"], plan.Row(8).Problems());
        Assert.All(plan.Rows().Where(r => r.GetProperty("row").GetInt32() > 2), r => Assert.Equal("refused", r.Action()));
        Assert.Equal(1, plan.GetProperty("summary").Count("create"));
        Assert.Equal(6, plan.GetProperty("summary").Count("refused"));
        Assert.Contains("Atlantis", plan.Row(5).GetProperty("problems").EnumerateArray().Single(p => p.GetProperty("field").GetString() == "objects").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, users);
    }

    [Fact]
    public async Task AnImportOf200RowsCreatesExactlyTheAcceptedOnesWithTheirScopeAndASecondRunChangesNothing()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var objectId = await CreateNamedObjectAsync(customerId, "Halle Nord, Tor 2");
        var token = await fixture.AdministratorTokenAsync();
        var tag = Guid.NewGuid().ToString("N")[..10];
        var lines = new List<string> { PeopleFiles.EnglishHeader };
        lines.AddRange(PeopleFiles.People(tag, 190, ",,de,moderator,tickets|dashboard,\"Halle Nord, Tor 2\",tickets|codes,invite"));
        lines.AddRange(Enumerable.Range(1, 10).Select(i => $",Broken{i},{tag},broken-{i}-{tag}"));
        var file = PeopleFiles.Utf8([.. lines]);

        var first = await fixture.ImportAsync(token, customerId, file);
        var outboxAfterFirst = await OutboxCountAsync(customerId);
        var second = await fixture.ImportAsync(token, customerId, file);
        using var listed = await fixture.SendAsync(token, HttpMethod.Get, $"/api/identity/organizations/{customerId}/users");
        var users = (await listed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
        var person = users.Single(u => u.GetProperty("email").GetString() == PeopleFiles.Email(tag, 7));
        using var invitations = await fixture.SendAsync(token, HttpMethod.Get, $"/api/identity/customers/{customerId}/invitations");
        var invitation = (await invitations.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(i => i.GetProperty("email").GetString() == PeopleFiles.Email(tag, 7));
        using var result = await fixture.SendAsync(token, HttpMethod.Get, $"/api/identity/people-imports/{second.GetProperty("id").GetGuid()}/result");
        var resultLines = (await result.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal((200, 200, 190, 0, 0, 10), Counts(first));
        Assert.Equal((200, 200, 0, 0, 190, 10), Counts(second));
        Assert.Equal(outboxAfterFirst, await OutboxCountAsync(customerId));
        Assert.Equal(190, users.Count);
        Assert.Equal(190, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM invitations WHERE organization_id = $1 AND purpose = 'Invitation'", customerId));
        Assert.Equal("invited", person.GetProperty("state").GetString());
        Assert.Equal(["dashboard", "tickets"], Strings(person.GetProperty("portalAreas")));
        Assert.Equal([objectId.ToString()], Strings(person.GetProperty("objectIds")));
        Assert.Equal(["tickets", "codes"], Strings(person.GetProperty("emailCategories")));
        Assert.Equal(["dashboard", "tickets"], Strings(invitation.GetProperty("portalAreas")));
        Assert.Equal(["tickets", "codes"], Strings(invitation.GetProperty("emailCategories")));
        Assert.Equal(190, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Portal.Contracts.Identity.EmailCategoriesChosen' AND body->>'userId' IN (SELECT id::text FROM users WHERE organization_id = $1)", customerId));
        Assert.Equal(190, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE organization_id = $1 AND action = 'user.imported'", customerId));
        Assert.Equal(201, resultLines.Length);
        Assert.Equal("text/csv", result.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"broken-1-{tag},Broken1,{tag},refused,,E-mail: ", resultLines.Single(l => l.Contains($"broken-1-{tag}", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains(",unchanged,", resultLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExcelFileInGermanWithSemicolonsAndMixedEncodingsIsReadAsWritten()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var token = await fixture.AdministratorTokenAsync();
        var (utf8Email, ansiEmail) = (Actors.UniqueEmail("jürgen"), Actors.UniqueEmail("jörg"));
        // Excel's "CSV UTF-8" line, then a line another program added in Windows-1252.
        var header = "Anrede;Vorname;Nachname;E-Mail;Sprache;Rolle;Portalbereiche;E-Mail-Kategorien;Zugang";
        byte[] file =
        [
            .. PeopleFiles.Utf8WithBom(header, $"Herr;Jürgen;Müller;{utf8Email};Deutsch;Administrator;Übersicht, Servicefälle, Teamverwaltung;keine;ohne Zugang"),
            .. Encoding.Latin1.GetBytes($"Frau;Jörg;Weiß;{ansiEmail};Englisch;Mitglied;Geräte;Geräte;einladen\r\n"),
        ];

        var plan = await fixture.DryRunAsync(token, customerId, file, language: "de");
        await fixture.ImportAsync(token, customerId, file);
        using var listed = await fixture.SendAsync(token, HttpMethod.Get, $"/api/identity/organizations/{customerId}/users");
        var users = (await listed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToDictionary(u => u.GetProperty("email").GetString()!);

        Assert.Equal(["create", "create"], plan.Rows().Select(r => r.Action()));
        Assert.Equal(["Müller", "Weiß"], plan.Rows().Select(r => r.GetProperty("lastName").GetString()));
        Assert.Equal("Jürgen", users[utf8Email].GetProperty("firstName").GetString());
        Assert.Equal("de", users[utf8Email].GetProperty("language").GetString());
        Assert.Equal("administrator", users[utf8Email].GetProperty("role").GetString());
        Assert.Equal(["dashboard", "tickets", "team"], Strings(users[utf8Email].GetProperty("portalAreas")));
        Assert.Empty(Strings(users[utf8Email].GetProperty("emailCategories")));
        Assert.Equal("no-access", users[utf8Email].GetProperty("state").GetString());
        Assert.Equal("Jörg", users[ansiEmail].GetProperty("firstName").GetString());
        Assert.Equal("en", users[ansiEmail].GetProperty("language").GetString());
        Assert.Equal("invited", users[ansiEmail].GetProperty("state").GetString());
        Assert.Equal(["devices"], Strings(users[ansiEmail].GetProperty("emailCategories")));
    }

    [Fact]
    public async Task AFileThatIsNotAPeopleFileIsRefusedAsAWholeInTheCallersLanguage()
    {
        var customerId = await fixture.CreateCustomerAsync();
        // The account's language (German here) is the caller's language.
        var token = (await fixture.CustomerUserAsync(customerId, "administrator")).AccessToken;

        using var missing = await fixture.UploadAsync(token, $"/api/identity/organizations/{customerId}/people/dry-run",
            PeopleFiles.Utf8("Vorname;Name;Telefon", "Eva;Roth;123"));
        using var notAForm = await fixture.SendAsync(token, HttpMethod.Post, $"/api/identity/organizations/{customerId}/people/dry-run", new { file = "x" });
        using var empty = await fixture.UploadAsync(token, $"/api/identity/organizations/{customerId}/people/imports", PeopleFiles.Utf8(PeopleFiles.EnglishHeader));
        var problem = await missing.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(["unknown_columns", "missing_columns"], Strings(problem.GetProperty("errorCodes").GetProperty("file")));
        Assert.Equal("Unbekannte Spalten: Name, Telefon. Bekannt sind: Anrede, Vorname, Nachname, E-Mail, Kontoname, Sprache, Rolle, Portalbereiche, Objekte, E-Mail-Kategorien, Zugang.",
            problem.GetProperty("errors").GetProperty("file")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, notAForm.StatusCode);
        Assert.Equal("file_required", (await notAForm.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorCodes").GetProperty("file")[0].GetString());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(0, await fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM people_imports WHERE organization_id = $1", customerId));
    }

    [Fact]
    public async Task AnExportEditedAndImportedAgainChangesOnlyWhatWasEdited()
    {
        var customerId = await fixture.CreateCustomerAsync();
        await CreateNamedObjectAsync(customerId, "Lager Süd");
        var token = await fixture.AdministratorTokenAsync();
        // Each reads the export in their account's language: staff in English, the customer's administrator in German.
        var germanAdmin = await fixture.CustomerUserAsync(customerId, "administrator");
        var tag = Guid.NewGuid().ToString("N")[..10];
        await fixture.ImportAsync(token, customerId, PeopleFiles.Utf8([PeopleFiles.EnglishHeader,
            .. PeopleFiles.People(tag, 3, ",,de,member,devices,Lager Süd,devices,invite"),
            .. PeopleFiles.People(tag + "x", 2, ",,en,moderator,,,none,none")]));

        foreach (var (language, reader) in new[] { ("en", token), ("de", germanAdmin.AccessToken) })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/identity/organizations/{customerId}/people/export").WithBearer(reader);
            using var export = await fixture.Identity.SendAsync(request);
            var bytes = await export.Content.ReadAsByteArrayAsync();
            var text = Encoding.UTF8.GetString(bytes.AsSpan(3));
            // English: the second person becomes a moderator (and is imported); German: the third.
            var person = language == "en" ? 2 : 3;
            var edited = language == "en"
                ? text.Replace($"{PeopleFiles.Email(tag, person)},,de,Member,", $"{PeopleFiles.Email(tag, person)},,de,Moderator,", StringComparison.Ordinal)
                : text.Replace($"{PeopleFiles.Email(tag, person)};;de;Mitglied;", $"{PeopleFiles.Email(tag, person)};;de;Moderator;", StringComparison.Ordinal);

            var unchanged = await fixture.DryRunAsync(reader, customerId, bytes);
            var plan = await fixture.DryRunAsync(reader, customerId, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(edited)]);

            Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
            Assert.StartsWith(language == "en" ? "Salutation,First name" : "Anrede;Vorname", text, StringComparison.Ordinal);
            Assert.All(unchanged.Rows(), r => Assert.Equal("unchanged", r.Action()));
            Assert.Equal(6, unchanged.Rows().Count());
            var update = Assert.Single(plan.Rows(), r => r.Action() != "unchanged");
            Assert.Equal(PeopleFiles.Email(tag, person), update.GetProperty("email").GetString());
            Assert.Equal(["role"], Strings(update.GetProperty("changes")));
            if (language == "en")
            {
                await fixture.ImportAsync(token, customerId, Encoding.UTF8.GetBytes(edited));
            }
        }
    }

    [Fact]
    public async Task AnotherOrganizationsPeopleAndImportsAreNotThereForACustomerAdministrator()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var otherId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var otherAdmin = await fixture.CustomerUserAsync(otherId, "administrator");
        var file = PeopleFiles.Utf8(PeopleFiles.EnglishHeader, $",Own,Person,{Actors.UniqueEmail()},,en,member,,,,none");
        var job = await fixture.ImportAsync(admin.AccessToken, customerId, file);
        var id = job.GetProperty("id").GetGuid();

        var answers = new Dictionary<string, HttpStatusCode>
        {
            ["foreign dry run"] = (await fixture.UploadAsync(otherAdmin.AccessToken, $"/api/identity/organizations/{customerId}/people/dry-run", file)).StatusCode,
            ["foreign import"] = (await fixture.UploadAsync(otherAdmin.AccessToken, $"/api/identity/organizations/{customerId}/people/imports", file)).StatusCode,
            ["foreign list"] = (await fixture.SendAsync(otherAdmin.AccessToken, HttpMethod.Get, $"/api/identity/organizations/{customerId}/people/imports")).StatusCode,
            ["foreign job"] = (await fixture.SendAsync(otherAdmin.AccessToken, HttpMethod.Get, $"/api/identity/people-imports/{id}")).StatusCode,
            ["foreign result"] = (await fixture.SendAsync(otherAdmin.AccessToken, HttpMethod.Get, $"/api/identity/people-imports/{id}/result")).StatusCode,
            ["foreign export"] = (await fixture.SendAsync(otherAdmin.AccessToken, HttpMethod.Get, $"/api/identity/organizations/{customerId}/people/export")).StatusCode,
            ["member dry run"] = (await fixture.UploadAsync(member.AccessToken, $"/api/identity/organizations/{customerId}/people/dry-run", file)).StatusCode,
            ["member job"] = (await fixture.SendAsync(member.AccessToken, HttpMethod.Get, $"/api/identity/people-imports/{id}")).StatusCode,
            ["provider staff's own organization"] = (await fixture.UploadAsync(await fixture.AdministratorTokenAsync(), $"/api/identity/organizations/{IdentityFixture.ProviderId}/people/dry-run", file)).StatusCode,
        };

        Assert.Equal((1, 1), (job.Count("created"), job.Count("totalRows")));
        Assert.Equal(new Dictionary<string, HttpStatusCode>
        {
            ["foreign dry run"] = HttpStatusCode.NotFound,
            ["foreign import"] = HttpStatusCode.NotFound,
            ["foreign list"] = HttpStatusCode.NotFound,
            ["foreign job"] = HttpStatusCode.NotFound,
            ["foreign result"] = HttpStatusCode.NotFound,
            ["foreign export"] = HttpStatusCode.NotFound,
            ["member dry run"] = HttpStatusCode.Forbidden,
            ["member job"] = HttpStatusCode.Forbidden,
            ["provider staff's own organization"] = HttpStatusCode.Conflict,
        }, answers);
        Assert.Equal(3, await fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM users WHERE organization_id = $1", customerId));
    }

    [Fact]
    public async Task ACustomerAdministratorImportsOnlyWithinTheirOwnScope()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var admin = await fixture.CustomerUserAsync(customerId, "administrator");
        var plant = await CreateNamedObjectAsync(customerId, "Werk A");
        await CreateNamedObjectAsync(customerId, "Werk B");
        using var limited = await fixture.SendAsync(await fixture.AdministratorTokenAsync(), HttpMethod.Patch, $"/api/identity/users/{admin.UserId}",
            new { portalAreas = new[] { "dashboard", "tickets", "team" }, objectIds = new[] { plant } });
        limited.EnsureSuccessStatusCode();

        var plan = await fixture.DryRunAsync(admin.AccessToken, customerId, PeopleFiles.Utf8(
            PeopleFiles.EnglishHeader,
            $",Within,Scope,{Actors.UniqueEmail()},,en,member,tickets,Werk A,,none",
            $",Other,Plant,{Actors.UniqueEmail()},,en,member,tickets,Werk B,,none",
            $",More,Areas,{Actors.UniqueEmail()},,en,member,devices,Werk A,,none",
            $",Self,Change,{admin.Email},,en,member,,,,none"));

        Assert.Equal("create", plan.Row(2).Action());
        Assert.Equal(["objects:grant_exceeds_own_objects"], plan.Row(3).Problems());
        Assert.Equal(["portalAreas:grant_exceeds_own_portal_areas"], plan.Row(4).Problems());
        Assert.Equal(["role:own_role_or_scope"], plan.Row(5).Problems());
    }

    [Fact]
    public async Task AnInterruptedImportOf5000RowsResumesWithoutDuplicates()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var token = await fixture.AdministratorTokenAsync();
        var tag = Guid.NewGuid().ToString("N")[..10];
        var file = PeopleFiles.Utf8([PeopleFiles.EnglishHeader, .. PeopleFiles.People(tag, 5000)]);

        var plan = await fixture.DryRunAsync(token, customerId, file);
        var job = await fixture.StartImportAsync(token, customerId, file);
        var id = job.GetProperty("id").GetGuid();
        var halfway = await Eventually.ReturnsAsync(() => fixture.ImportStateAsync(token, id), j => j.Count("processedRows") >= 1000,
            TimeSpan.FromMinutes(3), because: "the import to get going");
        await fixture.App.RestartResourceAsync(Portal.Contracts.ResourceNames.Identity);
        var done = await fixture.WaitForImportAsync(token, id);

        Assert.Equal(5000, plan.GetProperty("summary").Count("create"));
        Assert.Equal("running", halfway.GetProperty("status").GetString());
        Assert.InRange(halfway.Count("processedRows"), 1000, 4999);
        Assert.Equal((5000, 5000, 5000, 0, 0, 0), Counts(done));
        Assert.Equal(5000, await fixture.IdentityDb.ScalarAsync<long>("SELECT count(*) FROM users WHERE organization_id = $1", customerId));
        Assert.Equal(5000, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM audit_entries WHERE organization_id = $1 AND action = 'user.imported'", customerId));
        Assert.Equal(5000, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(DISTINCT id) FROM outbox_messages WHERE message_type = 'Portal.Contracts.Identity.UserAccessChanged' AND body->>'organizationId' = $1", customerId.ToString()));
        Assert.Equal(5000, await fixture.IdentityDb.ScalarAsync<long>(
            "SELECT count(*) FROM outbox_messages WHERE message_type = 'Portal.Contracts.Identity.UserAccessChanged' AND body->>'organizationId' = $1", customerId.ToString()));
    }

    [Fact]
    public async Task AnInvitationCarriesPortalAreasObjectsAndEmailCategories()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var objectId = await fixture.CreateObjectAsync(customerId);
        var token = await fixture.AdministratorTokenAsync();

        using var invited = await fixture.SendAsync(token, HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations", new
        {
            firstName = "Mara", lastName = "Schulz", email = Actors.UniqueEmail(), language = "de", role = "moderator",
            portalAreas = new[] { "tickets", "dashboard" }, objectIds = new[] { objectId }, emailCategories = new[] { "tickets" },
        });
        var invitation = await invited.Content.ReadFromJsonAsync<JsonElement>();
        using var refused = await fixture.SendAsync(token, HttpMethod.Post, $"/api/identity/customers/{customerId}/invitations", new
        {
            firstName = "Eva", lastName = "Roth", email = Actors.UniqueEmail(), language = "de", role = "member", emailCategories = new[] { "gossip" },
        });
        using var listed = await fixture.SendAsync(token, HttpMethod.Get, $"/api/identity/customers/{customerId}/invitations");
        var pending = (await listed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single();
        var chosen = await fixture.IdentityDb.ScalarAsync<string>(
            "SELECT body->>'categories' FROM outbox_messages WHERE message_type = 'Portal.Contracts.Identity.EmailCategoriesChosen' AND body->>'userId' = $1",
            invitation.GetProperty("userId").GetGuid().ToString());

        Assert.Equal(HttpStatusCode.Created, invited.StatusCode);
        Assert.Equal(["tickets", "dashboard"], Strings(pending.GetProperty("portalAreas")));
        Assert.Equal([objectId.ToString()], Strings(pending.GetProperty("objectIds")));
        Assert.Equal(["tickets"], Strings(pending.GetProperty("emailCategories")));
        Assert.Equal("[\"tickets\"]", chosen);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("unknown_email_categories",
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errorCodes").GetProperty("emailCategories")[0].GetString());
    }

    [Fact]
    public async Task IdentitysCopyOfEmailCategoriesFollowsTheNotificationsServiceAndIgnoresOlderNews()
    {
        var customerId = await fixture.CreateCustomerAsync();
        var member = await fixture.CustomerUserAsync(customerId, "member");
        var token = await fixture.AdministratorTokenAsync();
        var now = DateTimeOffset.UtcNow;

        await fixture.Bus.Publish(new Portal.Contracts.Notifications.EmailCategoriesChanged(member.UserId, ["videoSessions", "devices"], now));
        var copied = await Eventually.ReturnsAsync(() => CategoriesAsync(token, customerId, member.UserId), c => c.Count == 2, because: "identity to keep the change");
        await fixture.Bus.Publish(new Portal.Contracts.Notifications.EmailCategoriesChanged(member.UserId, ["codes"], now.AddMinutes(1)));
        await Eventually.ReturnsAsync(() => CategoriesAsync(token, customerId, member.UserId), c => c.Contains("codes"), because: "identity to keep the newest change");
        // An older change arriving late (a redelivery) is handled and changes nothing.
        var late = Guid.NewGuid();
        await fixture.Bus.Publish(new Portal.Contracts.Notifications.EmailCategoriesChanged(member.UserId, [], now.AddMinutes(-1)), context => context.MessageId = late);
        await fixture.WaitForRowAsync("SELECT count(*) FROM processed_messages WHERE message_id = $1", late);
        var latest = await CategoriesAsync(token, customerId, member.UserId);

        Assert.Equal(["devices", "videoSessions"], copied);
        Assert.Equal(["codes"], latest);
    }

    private async Task<List<string>> CategoriesAsync(string token, Guid customerId, Guid userId)
    {
        using var listed = await fixture.SendAsync(token, HttpMethod.Get, $"/api/identity/organizations/{customerId}/users");
        var user = (await listed.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().Single(u => u.GetProperty("id").GetGuid() == userId);
        return Strings(user.GetProperty("emailCategories"));
    }

    private async Task<Guid> CreateNamedObjectAsync(Guid customerId, string name)
    {
        var id = Guid.NewGuid();
        await fixture.Bus.Publish(new ObjectCreated(id, customerId, IdentityFixture.ProviderId, null, name, null));
        await fixture.WaitForRowAsync("SELECT count(*) FROM customer_objects WHERE id = $1 AND name IS NOT NULL", id);
        return id;
    }

    /// <summary>The events about the organization's people: a run that changes nothing adds none.</summary>
    private async Task<long> OutboxCountAsync(Guid organizationId) => await fixture.IdentityDb.ScalarAsync<long>(
        "SELECT count(*) FROM outbox_messages WHERE body->>'userId' IN (SELECT id::text FROM users WHERE organization_id = $1)", organizationId);

    private static (int Total, int Processed, int Created, int Updated, int Unchanged, int Refused) Counts(JsonElement job) =>
        (job.Count("totalRows"), job.Count("processedRows"), job.Count("created"), job.Count("updated"), job.Count("unchanged"), job.Count("refused"));

    private static List<string> Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.ToString())];
}
