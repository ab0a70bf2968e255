using System.Globalization;
using Portal.Web.Api;

namespace Portal.Web.Contract.Tests;

/// <summary>
/// Issue "German throughout": every call asks the service to answer in the page's language, and a problem's
/// stable codes reach the page along with its words.
/// </summary>
public sealed class ApiLanguageTests
{
    [Theory]
    [InlineData("de")]
    [InlineData("en")]
    public async Task EveryClientMethodAsksForThePagesLanguage(string language)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        try
        {
            var calls = await ClientMethodInvoker.CallAllAsync(ClientMethodInvoker.ClientTypes(typeof(ApiClient).Assembly));

            var requests = calls.SelectMany(call => call.Requests.Select(request => (call.Method, request.AcceptLanguage))).ToList();
            Assert.NotEmpty(requests);
            Assert.All(requests, request => Assert.Equal(language, request.AcceptLanguage));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void AProblemKeepsItsCodeAndTheCodesOfItsFields()
    {
        const string body = """
            {
              "type": "https://tools.ietf.org/html/rfc9110#section-15.5.1",
              "title": "Einige Felder sind nicht gültig.",
              "status": 400,
              "code": "validation_failed",
              "errors": { "title": ["Geben Sie einen Betreff an."], "priority": ["Wählen Sie eine Priorität."] },
              "errorCodes": { "title": ["required"], "priority": ["not_allowed"] },
              "suggestedSlug": "heizwerk-2"
            }
            """;

        var problem = ApiProblem.Parse(400, "Bad Request", body);

        Assert.Equal("validation_failed", problem.Code);
        Assert.Equal("Einige Felder sind nicht gültig.", problem.Message);
        Assert.Equal("Geben Sie einen Betreff an.", problem.For("Title"));
        Assert.Equal(["required"], problem.CodesFor("title"));
        Assert.Equal(["not_allowed"], problem.CodesFor("priority"));
        Assert.Empty(problem.CodesFor("description"));
        Assert.Equal("heizwerk-2", problem.Extensions["suggestedSlug"]);
        Assert.False(problem.Extensions.ContainsKey("code"));
    }

    [Fact]
    public void AnAnswerWithoutCodesStillReads()
    {
        var problem = ApiProblem.Parse(404, "Not Found", """{ "title": "Not found." }""");

        Assert.Null(problem.Code);
        Assert.Empty(problem.ErrorCodes);
        Assert.Equal("Not found.", problem.Message);
    }
}
