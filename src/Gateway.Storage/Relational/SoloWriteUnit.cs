using System.Data.Common;

namespace Gateway.Storage.Relational;

/// <summary>A unit of work in a database transaction of its own: its commit is one real commit (and one fsync).</summary>
internal sealed class SoloWriteUnit : WriteUnit
{
    private readonly RelationalMessageStore _store;
    private readonly DbConnection _connection;
    private readonly DbTransaction _transaction;
    private readonly IDisposable _writerGate;
    private bool _finished;
    private bool _ended;

    private SoloWriteUnit(RelationalMessageStore store, DbConnection connection, DbTransaction transaction, IDisposable writerGate)
    {
        _store = store;
        _connection = connection;
        _transaction = transaction;
        _writerGate = writerGate;
    }

    public override DbConnection Connection => _connection;

    public override DbTransaction Transaction => _transaction;

    /// <summary>Takes the store's writer gate (if it has one), opens a connection and begins a write transaction.</summary>
    public static async Task<WriteUnit> BeginAsync(RelationalMessageStore store, Func<CancellationToken, Task<IDisposable>> enterWriter, CancellationToken cancellationToken)
    {
        var gate = await enterWriter(cancellationToken);
        DbConnection? connection = null;
        try
        {
            connection = await store.OpenWriterAsync(cancellationToken);
            var transaction = await store.BeginWriteAsync(connection, cancellationToken);
            return new SoloWriteUnit(store, connection, transaction, gate);
        }
        catch
        {
            if (connection is not null)
            {
                await store.ReleaseWriterAsync(connection, reusable: false);
            }

            gate.Dispose();
            throw;
        }
    }

    public override async Task CommitAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_finished, this);
        StatementCount.Sent(_connection, statements: 1, commands: 1);
        await _transaction.CommitAsync(cancellationToken);
        _finished = true;
        _ended = true;
        _store.SyncCommitted();
        _store.CountCommit();
        _store.CountCommittedEvents(_transaction);
    }

    public override async ValueTask DisposeAsync()
    {
        try
        {
            if (!_finished)
            {
                _finished = true;
                StatementCount.Sent(_connection, statements: 1, commands: 1);
                await _transaction.RollbackAsync();
                _ended = true;
            }
        }
        finally
        {
            await _transaction.DisposeAsync();
            await _store.ReleaseWriterAsync(_connection, reusable: _ended);
            _writerGate.Dispose();
        }
    }
}
