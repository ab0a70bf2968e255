using Assets.Api.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Assets.Api.Infrastructure.EntityConfigurations;

internal sealed class TemplateConfiguration : IEntityTypeConfiguration<Template>
{
    public void Configure(EntityTypeBuilder<Template> template)
    {
        template.ToTable("templates");
        template.Property(t => t.Id).ValueGeneratedNever();
        template.Property(t => t.Name).HasMaxLength(Template.NameMaxLength);
        template.Property(t => t.Kind).HasMaxLength(20);
        template.Property(t => t.Title).HasMaxLength(Ticket.TitleMaxLength);
        template.Property(t => t.Description).HasMaxLength(Template.TextMaxLength);
        template.Property(t => t.Priority).HasMaxLength(20);
        template.HasIndex(t => new { t.ProviderId, t.Name }).HasFilter("archived_at IS NULL");
    }
}
