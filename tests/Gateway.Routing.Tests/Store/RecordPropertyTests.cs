using Gateway.Routing.Store;

namespace Gateway.Routing.Tests.Store;

public sealed class RecordPropertyTests
{
    [Fact]
    public void Value_PropertyOfTheRecordsType_ItsValue()
    {
        Assert.Equal("999999990", RecordProperty.Value(new WithBsn("999999990", 7), "Bsn"));
        Assert.Equal(7L, RecordProperty.Value(new WithBsn("999999990", 7), "ToewijzingNummer"));
    }

    [Fact]
    public void Value_AskedAgainForAnotherRecordOfTheSameType_ThatRecordsValue()
    {
        Assert.Equal("111222333", RecordProperty.Value(new WithBsn("111222333", 1), "Bsn"));
        Assert.Equal("444555666", RecordProperty.Value(new WithBsn("444555666", 2), "Bsn"));
    }

    [Fact]
    public void Value_SameNameOnAnotherType_ReadFromThatType()
    {
        Assert.Equal("999999990", RecordProperty.Value(new WithBsn("999999990", 7), "Bsn"));
        Assert.Equal("123456782", RecordProperty.Value(new OtherWithBsn("123456782"), "Bsn"));
    }

    [Fact]
    public void Value_TypeWithoutTheProperty_Null() => Assert.Null(RecordProperty.Value(new OtherWithBsn("123456782"), "ToewijzingNummer"));

    private sealed record WithBsn(string Bsn, long ToewijzingNummer);

    private sealed record OtherWithBsn(string Bsn);
}
