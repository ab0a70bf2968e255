namespace Portal.Web.Contract.Tests;

/// <summary>The contract check is only worth something if it fails: each drift of <see cref="DriftedClient"/> is reported, and nothing else.</summary>
public sealed class ContractCheckerCanFailTests
{
    [Fact]
    public async Task EachDriftFromTheDocumentsIsReportedByNameAndNothingElse()
    {
        var calls = await ClientMethodInvoker.CallAllAsync([typeof(DriftedClient)]);

        var report = new ContractChecker(OpenApiDocuments.LoadCommitted()).Check(calls);

        string[] expected =
        [
            "DriftedClient.CreateTicketWithSeverityAsync: POST /api/assets/tickets -> body property severity is not in the documented request body (CreateTicketRequest)",
            "DriftedClient.DeleteDeviceAsync: DELETE /api/assets/devices/{guid} is documented only for GET, PATCH",
            "DriftedClient.GetDashboardWithTextCountsAsync: GET /api/assets/dashboard -> TextCountsDashboardDto.openTickets is read as string (String), but the document says integer (DashboardResponse.openTickets)",
            "DriftedClient.GetDeviceAnonymouslyAsync: GET /api/assets/devices/{id} -> is sent without an access token, but the document requires one",
            "DriftedClient.GetRenamedDeviceAsync: GET /api/assets/devices/{id} -> RenamedDeviceDto.archived is read as integer (Int32), but the document says boolean (DeviceResponse.archived)",
            "DriftedClient.GetRenamedDeviceAsync: GET /api/assets/devices/{id} -> RenamedDeviceDto.installedOn cannot be null in C# (DateOnly), but the document allows null (DeviceResponse.installedOn)",
            "DriftedClient.GetRenamedDeviceAsync: GET /api/assets/devices/{id} -> RenamedDeviceDto.serialNo is not in the documented response (DeviceResponse)",
            "DriftedClient.ListDevicesByColourAsync: GET /api/assets/devices -> query parameter colour is not documented (documented: page, pageSize, sort, text, status, objectId, customerId, archived)",
            "DriftedClient.ListGadgetsAsync: GET /api/assets/gadgets/{guid} is not in the documents",
        ];
        Assert.Equal(7, report.Methods);
        Assert.Equal(expected, report.Mismatches.Order(StringComparer.Ordinal));
    }
}
