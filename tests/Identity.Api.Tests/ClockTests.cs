using Identity.Api.Tests.Infrastructure;

namespace Identity.Api.Tests;

/// <summary>The adjustable clock that expiry tests rely on really moves identity's time.</summary>
[Collection(IdentityCollection.Name)]
public sealed class ClockTests(IdentityFixture fixture)
{
    [Fact]
    public async Task AFrozenClockStaysPutAndAdvancesOnlyWhenTold()
    {
        var at = new DateTimeOffset(2031, 5, 1, 8, 0, 0, TimeSpan.Zero);
        try
        {
            Assert.Equal(at, await fixture.Clock.FreezeAsync(at));
            Assert.Equal(at, await fixture.Clock.NowAsync());
            Assert.Equal(at.AddMinutes(30).AddSeconds(-1), await fixture.Clock.AdvanceAsync(TimeSpan.FromMinutes(30) - TimeSpan.FromSeconds(1)));
        }
        finally
        {
            await fixture.Clock.ResetAsync();
        }

        Assert.InRange(await fixture.Clock.NowAsync(), DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddMinutes(1));
    }
}
