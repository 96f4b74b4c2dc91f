// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using SmartCityNodes.Hal.Power;

namespace SmartCityNodes.Runtime.Tests.Node;

/// <summary>Records every sleep call and answers each with a scripted status (Ok when the script is exhausted).</summary>
internal sealed class RecordingSleepController : ISleepController
{
    private readonly SleepStatus[] _answers;

    public RecordingSleepController(params SleepStatus[] answers)
    {
        _answers = answers;
    }

    /// <summary>One line per call: "Deep 900000000 -1 False".</summary>
    public List<string> Calls { get; } = new List<string>();

    /// <summary>The cause of this boot (Timer unless a test plays a reset).</summary>
    public WakeCause WakeCause { get; set; } = WakeCause.Timer;

    public int WakePin => SleepLimits.NoPin;

    public long RtcMilliseconds => 0;

    public SleepStatus DeepSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh) =>
        Record("Deep", durationMicroseconds, wakePin, wakeLevelHigh);

    public SleepStatus LightSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh) =>
        Record("Light", durationMicroseconds, wakePin, wakeLevelHigh);

    private SleepStatus Record(string kind, long durationMicroseconds, int wakePin, bool wakeLevelHigh)
    {
        Calls.Add($"{kind} {durationMicroseconds} {wakePin} {wakeLevelHigh}");
        int index = Calls.Count - 1;
        return index < _answers.Length ? _answers[index] : SleepStatus.Ok;
    }
}
