var builder = WebApplication.CreateBuilder(args);
var app = builder.Build();
app.MapGet("/alive", () => "ok");
app.MapGet("/health", () => "ok");
app.Run();
