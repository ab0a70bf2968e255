using Assets.Api.Apis.Common;
using Assets.Api.Infrastructure;
using Assets.Api.Scoping;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using QRCoder;

namespace Assets.Api.Apis.Devices;

/// <summary>
/// The QR code printed on a device. It carries the portal's public address of the code
/// (<c>{Portal:PublicUrl}/codes/{code}</c>), so a phone's camera opens the device in the portal.
/// </summary>
public static class DeviceCodeImage
{
    public static async Task<Results<ContentHttpResult, ProblemHttpResult>> Render(
        Guid id, CallerScope scope, AssetsDbContext db, IConfiguration configuration, CancellationToken cancellationToken)
    {
        var code = await db.Devices.AsNoTracking().VisibleTo(scope)
            .Where(d => d.Id == id && d.ArchivedAt == null)
            .Select(d => d.Code)
            .FirstOrDefaultAsync(cancellationToken);
        if (code is null)
        {
            return Problems.NotFound(NotFoundProblems.Device);
        }

        var publicUrl = (configuration["Portal:PublicUrl"] ?? "http://localhost:5000").TrimEnd('/');
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode($"{publicUrl}/codes/{code}", QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(8);
        return TypedResults.Content(svg, "image/svg+xml");
    }
}
