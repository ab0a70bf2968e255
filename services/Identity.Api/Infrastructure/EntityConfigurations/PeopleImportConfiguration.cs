using Identity.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Identity.Api.Infrastructure.EntityConfigurations;

internal sealed class PeopleImportConfiguration : IEntityTypeConfiguration<PeopleImport>
{
    public const string Table = "people_imports";

    public void Configure(EntityTypeBuilder<PeopleImport> import)
    {
        import.ToTable(Table);
        import.Property(i => i.FileName).HasMaxLength(PeopleImport.FileNameMaxLength);
        import.Property(i => i.Language).HasMaxLength(5);
        import.Property(i => i.Status).HasMaxLength(20);
        import.HasIndex(i => new { i.OrganizationId, i.CreatedAt });
        // The worker looks for running jobs only.
        import.HasIndex(i => i.Status).HasFilter("status = 'running'");
    }
}

internal sealed class PeopleImportRowConfiguration : IEntityTypeConfiguration<PeopleImportRow>
{
    public void Configure(EntityTypeBuilder<PeopleImportRow> row)
    {
        row.ToTable("people_import_rows");
        row.HasKey(r => new { r.ImportId, r.Row });
        row.Property(r => r.Cells).HasColumnType("jsonb");
        row.Property(r => r.Problems).HasColumnType("jsonb");
        row.Property(r => r.Outcome).HasMaxLength(20);
        row.HasOne<PeopleImport>().WithMany().HasForeignKey(r => r.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}
