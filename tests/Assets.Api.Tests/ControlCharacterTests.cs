using System.Net;
using Assets.Api.Tests.Infrastructure;

namespace Assets.Api.Tests;

/// <summary>The text boundary: a control character in a body or a query is a 400 naming the field, line breaks are text.</summary>
[Collection(AssetsCollection.Name)]
public sealed class ControlCharacterTests(AssetsApp app)
{
    [Fact]
    public async Task ANulInATitleIsRefusedNamingTheFieldAndNothingIsStored()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());
        var marker = Guid.NewGuid().ToString("N")[..10];

        var errors = await app.ValidationErrorsAsync(world.Administrator(), HttpMethod.Post, "/api/assets/tickets",
            new { objectId = seeded.ObjectId, title = $"Pump {marker}\u0000 broken", priority = "low" });
        var listed = await app.GetAsync(world.Administrator(), $"/api/assets/tickets?text={marker}");

        Assert.Equal(["The text holds a control character, which is not allowed."], errors["title"]);
        Assert.Equal(0, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task ANulInTheSearchIsRefusedNamingTheParameter()
    {
        var world = await World.CreateAsync(app);

        var errors = await app.ValidationErrorsAsync(world.Administrator(), HttpMethod.Get, "/api/assets/tickets?text=pump%00");

        Assert.Equal(["The text holds a control character, which is not allowed."], errors["text"]);
    }

    [Fact]
    public async Task ACommentKeepsItsLineBreaks()
    {
        var world = await World.CreateAsync(app);
        var seeded = await world.SeedAsync(await world.CustomerAsync());

        var comment = await app.CreateAsync(world.Administrator(), $"/api/assets/tickets/{seeded.TicketId}/comments", new { text = "First line\r\nSecond line\n\tindented" });

        Assert.Equal("First line\r\nSecond line\n\tindented", comment.Text("text"));
    }
}
