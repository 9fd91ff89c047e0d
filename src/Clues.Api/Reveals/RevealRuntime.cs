using Clues.Api.Hosting;
using Microsoft.Extensions.Options;

namespace Clues.Api.Reveals;

/// <summary>Opens <see cref="RevealStore"/> in the data directory on first use.</summary>
internal sealed class RevealRuntime(IOptions<CluesOptions> options)
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private RevealStore? _store;

    public async Task<RevealStore> StoreAsync(CancellationToken cancellationToken)
    {
        if (_store is { } ready)
        {
            return ready;
        }

        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return _store ??= await RevealStore.OpenAsync(options.Value.DataDirectory, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _opening.Release();
        }
    }
}
