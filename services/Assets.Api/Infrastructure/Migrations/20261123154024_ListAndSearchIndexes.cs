using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Assets.Api.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ListAndSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_created_at_live",
                table: "tickets",
                column: "created_at",
                filter: "archived_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tickets_text_trgm",
                table: "tickets",
                columns: new[] { "title", "description" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops", "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_devices_text_trgm",
                table: "devices",
                columns: new[] { "name", "serial_number", "model" })
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops", "gin_trgm_ops", "gin_trgm_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tickets_created_at_live",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_tickets_text_trgm",
                table: "tickets");

            migrationBuilder.DropIndex(
                name: "ix_devices_text_trgm",
                table: "devices");

            migrationBuilder.AlterDatabase()
                .OldAnnotation("Npgsql:PostgresExtension:pg_trgm", ",,");
        }
    }
}
