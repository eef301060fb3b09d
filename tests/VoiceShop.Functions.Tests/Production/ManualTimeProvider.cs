namespace VoiceShop.Functions.Tests.Production;

/// <summary>
/// The system clock, except that timers of one chosen period fire only when a test calls <see cref="Fire"/>:
/// a minute-long reminder is then checked without waiting a minute. Other timers run as on the system clock.
/// </summary>
public sealed class ManualTimeProvider(TimeSpan manualPeriod) : TimeProvider
{
    private readonly List<ManualTimer> _timers = [];

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (period != manualPeriod)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        var timer = new ManualTimer(callback, state, this);
        lock (_timers)
        {
            _timers.Add(timer);
        }

        return timer;
    }

    /// <summary>Fires every live timer of the manual period once, as if the period had passed.</summary>
    public void Fire()
    {
        List<ManualTimer> live;
        lock (_timers)
        {
            live = [.. _timers];
        }

        foreach (var timer in live)
        {
            timer.Fire();
        }
    }

    private void Remove(ManualTimer timer)
    {
        lock (_timers)
        {
            _timers.Remove(timer);
        }
    }

    private sealed class ManualTimer(TimerCallback callback, object? state, ManualTimeProvider owner) : ITimer
    {
        public void Fire() => callback(state);

        public bool Change(TimeSpan dueTime, TimeSpan period) => true;

        public void Dispose() => owner.Remove(this);

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
