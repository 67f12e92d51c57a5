using Gateway.Storage.Relational;

namespace Gateway.Storage.Tests.Relational;

public sealed class StatementCountTests
{
    [Theory]
    [InlineData("SELECT 1", 1)]
    [InlineData("SAVEPOINT a;\n INSERT INTO t VALUES (1);\n", 2)]
    [InlineData(" ; ;", 0)]
    public void StatementsIn_NonEmptyPiecesBetweenSemicolons(string sql, int statements) =>
        Assert.Equal(statements, StatementCount.StatementsIn(sql));

    [Fact]
    public void TablesReadBy_EveryNameAfterFromOrJoin() =>
        Assert.Equal(["ledger_prestatie", "ledger_declaratie"], StatementCount.TablesReadBy("SELECT p.id FROM ledger_prestatie p JOIN ledger_declaratie d ON d.id = p.declaratie_id"));
}
