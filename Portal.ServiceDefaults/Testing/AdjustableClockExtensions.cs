using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Portal.ServiceDefaults.Testing;

/// <summary>
/// Lets functional tests move a running service's clock: <c>PUT /testing/clock {frozenAt}</c> freezes it
/// (null: runs again), <c>POST /testing/clock/advance {seconds}</c> moves it, <c>DELETE /testing/clock</c>
/// resets it. Only when configuration sets <c>Testing:AdjustableClock=true</c> and the environment is
/// Development or Testing; otherwise the service keeps <see cref="TimeProvider.System"/> and the
/// endpoints do not exist.
/// </summary>
public static class AdjustableClockExtensions
{
    public const string SettingName = "Testing:AdjustableClock";
    public const string Route = "/testing/clock";

    public static bool IsAdjustableClockEnabled(this IHostApplicationBuilder builder) =>
        builder.Configuration.GetValue<bool>(SettingName)
        && (builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"));

    public static void AddAdjustableClock(this IHostApplicationBuilder builder)
    {
        if (builder.IsAdjustableClockEnabled())
        {
            builder.Services.AddSingleton<AdjustableClock>();
            builder.Services.Replace(ServiceDescriptor.Singleton<TimeProvider>(services => services.GetRequiredService<AdjustableClock>()));
        }
        else
        {
            builder.Services.TryAddSingleton(TimeProvider.System);
        }
    }

    public static IEndpointRouteBuilder MapAdjustableClock(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<AdjustableClock>() is null)
        {
            return app;
        }

        var group = app.MapGroup(Route).ExcludeFromDescription().AllowAnonymous();
        group.MapPut("/", (FreezeRequest request, AdjustableClock clock) =>
        {
            clock.Freeze(request.FrozenAt);
            return TypedResults.Ok(new ClockResponse(clock.GetUtcNow()));
        });
        group.MapPost("/advance", (AdvanceRequest request, AdjustableClock clock) =>
            TypedResults.Ok(new ClockResponse(clock.Advance(TimeSpan.FromSeconds(request.Seconds)))));
        group.MapDelete("/", (AdjustableClock clock) =>
        {
            clock.Reset();
            return TypedResults.Ok(new ClockResponse(clock.GetUtcNow()));
        });
        group.MapGet("/", (AdjustableClock clock) => TypedResults.Ok(new ClockResponse(clock.GetUtcNow())));
        return app;
    }

    public sealed record FreezeRequest(DateTimeOffset? FrozenAt);

    public sealed record AdvanceRequest(double Seconds);

    public sealed record ClockResponse(DateTimeOffset Now);
}
