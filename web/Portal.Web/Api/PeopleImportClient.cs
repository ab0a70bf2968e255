using Portal.Web.Authentication;

namespace Portal.Web.Api;

/// <summary>Identity's people import and export (docs/people-import.md): dry run, import job, its result file, the export.</summary>
public sealed class PeopleImportClient(HttpClient http, AccessTokenAccessor tokens) : ApiClient(http, tokens)
{
    /// <summary>The form field identity reads the file from.</summary>
    private const string FileField = "file";

    public Task<ApiResult<PeopleImportPlanDto>> DryRunAsync(Guid organizationId, UploadedFile file, CancellationToken cancellationToken = default) =>
        PostFileAsync<PeopleImportPlanDto>($"/api/identity/organizations/{organizationId}/people/dry-run", FileField, file, cancellationToken);

    /// <summary>Starts the import; identity plans the rows again at that moment and skips the refused ones.</summary>
    public Task<ApiResult<PeopleImportDto>> StartImportAsync(Guid organizationId, UploadedFile file, CancellationToken cancellationToken = default) =>
        PostFileAsync<PeopleImportDto>($"/api/identity/organizations/{organizationId}/people/imports", FileField, file, cancellationToken);

    public Task<ApiResult<PeopleImportDto>> GetImportAsync(Guid importId, CancellationToken cancellationToken = default) =>
        GetAsync<PeopleImportDto>($"/api/identity/people-imports/{importId}", cancellationToken);

    /// <summary>The organization's imports, newest first.</summary>
    public Task<ApiResult<PeopleImportDto[]>> ListImportsAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        GetAsync<PeopleImportDto[]>($"/api/identity/organizations/{organizationId}/people/imports", cancellationToken);

    /// <summary>Every row of the import's file with its result and reason, in the caller's language.</summary>
    public Task<ApiResult<DownloadedFile>> DownloadResultAsync(Guid importId, CancellationToken cancellationToken = default) =>
        GetFileAsync($"/api/identity/people-imports/{importId}/result", "people-import-result.csv", cancellationToken);

    /// <summary>The organization's people in the import's format, headers in the caller's language.</summary>
    public Task<ApiResult<DownloadedFile>> ExportAsync(Guid organizationId, CancellationToken cancellationToken = default) =>
        GetFileAsync($"/api/identity/organizations/{organizationId}/people/export", "people.csv", cancellationToken);
}
