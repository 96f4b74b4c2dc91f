// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System;

namespace SmartCityNodes.Hal.Power
{
    /// <summary>
    /// Host implementation of <see cref="ISleepController"/> and <see cref="IClock"/> for tests and the simulator:
    /// one virtual time line (the RTC) that advances only when code waits or sleeps. Deep sleep returns here (the
    /// caller then plays the next boot, <see cref="BootCount"/> counts them); pin events are scheduled in advance and
    /// wake the node from either sleep if that pin is armed. Allocation-free after construction.
    /// </summary>
    public sealed class SimulatedSleepController : ISleepController, IClock
    {
        private readonly long[] _eventTimesMicroseconds;
        private readonly int[] _eventPins;
        private int _eventCount;
        private long _rtcMicroseconds;
        private long _bootAtMicroseconds;
        private WakeCause _wakeCause = WakeCause.PowerOn;
        private int _wakePin = SleepLimits.NoPin;

        /// <summary>Creates a controller at RTC time 0 with room for <paramref name="eventCapacity"/> pending pin events.</summary>
        /// <param name="eventCapacity">Pin events that can be pending at once (1 or more).</param>
        public SimulatedSleepController(int eventCapacity)
        {
            if (eventCapacity < 1)
            {
                throw new ArgumentOutOfRangeException();
            }

            _eventTimesMicroseconds = new long[eventCapacity];
            _eventPins = new int[eventCapacity];
        }

        /// <inheritdoc />
        public WakeCause WakeCause
        {
            get { return _wakeCause; }
        }

        /// <inheritdoc />
        public int WakePin
        {
            get { return _wakePin; }
        }

        /// <inheritdoc />
        public long RtcMilliseconds
        {
            get { return _rtcMicroseconds / 1000; }
        }

        /// <summary>RTC time in µs (the simulator's single time line).</summary>
        public long RtcMicroseconds
        {
            get { return _rtcMicroseconds; }
        }

        /// <inheritdoc />
        public long UptimeMilliseconds
        {
            get { return (_rtcMicroseconds - _bootAtMicroseconds) / 1000; }
        }

        /// <inheritdoc />
        public long UptimeMicroseconds
        {
            get { return _rtcMicroseconds - _bootAtMicroseconds; }
        }

        /// <summary>Boots since construction (each deep-sleep wake, watchdog or power cycle is one).</summary>
        public int BootCount { get; private set; }

        /// <summary>Light sleeps entered.</summary>
        public int LightSleepCount { get; private set; }

        /// <summary>Total µs spent in deep sleep.</summary>
        public long DeepSleepMicroseconds { get; private set; }

        /// <summary>Total µs spent in light sleep.</summary>
        public long LightSleepMicroseconds { get; private set; }

        /// <summary>Duration of the last sleep actually slept, in µs.</summary>
        public long LastSleepMicroseconds { get; private set; }

        /// <summary>Pin events not yet delivered.</summary>
        public int PendingEventCount
        {
            get { return _eventCount; }
        }

        /// <summary>Queues a pin event at RTC time <paramref name="atMicroseconds"/>; false when the queue is full.</summary>
        /// <param name="atMicroseconds">When the pin changes.</param>
        /// <param name="pin">Which GPIO.</param>
        public bool SchedulePinEvent(long atMicroseconds, int pin)
        {
            if (_eventCount == _eventPins.Length)
            {
                return false;
            }

            int index = _eventCount;
            while (index > 0 && _eventTimesMicroseconds[index - 1] > atMicroseconds)
            {
                _eventTimesMicroseconds[index] = _eventTimesMicroseconds[index - 1];
                _eventPins[index] = _eventPins[index - 1];
                index--;
            }

            _eventTimesMicroseconds[index] = atMicroseconds;
            _eventPins[index] = pin;
            _eventCount++;
            return true;
        }

        /// <summary>Drops pin events due at or before now on <paramref name="pin"/> (the node polled the pin while awake).</summary>
        /// <param name="pin">Which GPIO.</param>
        /// <returns>How many were dropped.</returns>
        public int ConsumeEventsUpToNow(int pin)
        {
            int dropped = 0;
            int write = 0;
            for (int read = 0; read < _eventCount; read++)
            {
                if (_eventPins[read] == pin && _eventTimesMicroseconds[read] <= _rtcMicroseconds)
                {
                    dropped++;
                    continue;
                }

                _eventTimesMicroseconds[write] = _eventTimesMicroseconds[read];
                _eventPins[write] = _eventPins[read];
                write++;
            }

            _eventCount = write;
            return dropped;
        }

        /// <summary>Simulates a reset that is not a sleep wake (watchdog, brown-out, software): new boot, RTC keeps running.</summary>
        /// <param name="cause">What the next boot reports.</param>
        public void Reset(WakeCause cause)
        {
            Boot(cause, SleepLimits.NoPin);
        }

        /// <summary>Simulates power loss and return: the RTC restarts from 0 and the boot reports <see cref="WakeCause.PowerOn"/>.</summary>
        public void PowerCycle()
        {
            _rtcMicroseconds = 0;
            _eventCount = 0;
            Boot(WakeCause.PowerOn, SleepLimits.NoPin);
        }

        /// <inheritdoc />
        public void DelayMilliseconds(int milliseconds)
        {
            if (milliseconds > 0)
            {
                _rtcMicroseconds += milliseconds * 1000L;
            }
        }

        /// <inheritdoc />
        public void DelayMicroseconds(int microseconds)
        {
            if (microseconds > 0)
            {
                _rtcMicroseconds += microseconds;
            }
        }

        /// <summary>Advances time while awake (work that takes time without waiting through the clock).</summary>
        /// <param name="microseconds">Time spent.</param>
        public void AdvanceAwake(long microseconds)
        {
            if (microseconds > 0)
            {
                _rtcMicroseconds += microseconds;
            }
        }

        /// <inheritdoc />
        public SleepStatus DeepSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            SleepStatus status = Sleep(durationMicroseconds, wakePin);
            if (status == SleepStatus.Ok)
            {
                DeepSleepMicroseconds += LastSleepMicroseconds;
                Boot(_wakeCause, _wakePin);
            }

            return status;
        }

        /// <inheritdoc />
        public SleepStatus LightSleep(long durationMicroseconds, int wakePin, bool wakeLevelHigh)
        {
            SleepStatus status = Sleep(durationMicroseconds, wakePin);
            if (status == SleepStatus.Ok)
            {
                LightSleepMicroseconds += LastSleepMicroseconds;
                LightSleepCount++;
            }

            return status;
        }

        private SleepStatus Sleep(long durationMicroseconds, int wakePin)
        {
            if (durationMicroseconds < SleepLimits.MinimumSleepMicroseconds)
            {
                return SleepStatus.InvalidDuration;
            }

            if (wakePin != SleepLimits.NoPin && (wakePin < 0 || wakePin > SleepLimits.HighestPin))
            {
                return SleepStatus.PinNotWakeCapable;
            }

            long start = _rtcMicroseconds;
            long wakeAt = start + durationMicroseconds;
            _wakeCause = WakeCause.Timer;
            _wakePin = SleepLimits.NoPin;

            // Events on pins that are not armed pass unseen while asleep; the first armed one after "start" wakes the node.
            int write = 0;
            bool woken = false;
            for (int read = 0; read < _eventCount; read++)
            {
                long at = _eventTimesMicroseconds[read];
                int pin = _eventPins[read];
                if (!woken && pin == wakePin && at < wakeAt)
                {
                    woken = true;
                    wakeAt = at < start ? start : at;
                    _wakeCause = WakeCause.Pin;
                    _wakePin = pin;
                    continue;
                }

                if (!woken && at < wakeAt)
                {
                    continue; // unarmed pin: nobody saw it
                }

                _eventTimesMicroseconds[write] = at;
                _eventPins[write] = pin;
                write++;
            }

            _eventCount = write;
            _rtcMicroseconds = wakeAt;
            LastSleepMicroseconds = wakeAt - start;
            return SleepStatus.Ok;
        }

        private void Boot(WakeCause cause, int pin)
        {
            _wakeCause = cause;
            _wakePin = pin;
            _bootAtMicroseconds = _rtcMicroseconds;
            BootCount++;
        }
    }
}
