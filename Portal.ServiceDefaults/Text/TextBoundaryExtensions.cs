using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Portal.ServiceDefaults.Text;

public static class TextBoundaryExtensions
{
    /// <summary>
    /// One boundary for text in every service: JSON bodies (<see cref="PlainTextJsonConverter"/>), query
    /// strings and paths (<see cref="QueryTextMiddleware"/>) refuse control characters with a 400 naming the field.
    /// </summary>
    /// <param name="ownFormatPaths">Paths whose endpoints refuse such text in their own protocol's format.</param>
    public static TBuilder AddTextBoundary<TBuilder>(this TBuilder builder, params string[] ownFormatPaths) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Converters.Add(new PlainTextJsonConverter()));
        var options = new TextBoundaryOptions();
        options.OwnFormatPaths.AddRange(ownFormatPaths.Select(path => new Microsoft.AspNetCore.Http.PathString(path)));
        builder.Services.AddSingleton(options);
        return builder;
    }

    public static WebApplication UseTextBoundary(this WebApplication app)
    {
        app.UseMiddleware<QueryTextMiddleware>();
        return app;
    }
}
