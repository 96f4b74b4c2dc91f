namespace SmartCityNodes.Sensors.Tests
{
    internal static class Hex
    {
        public static byte[] Parse(string text) =>
            text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(b => Convert.ToByte(b, 16)).ToArray();

        public static string Format(byte[] bytes) => string.Join(" ", bytes.Select(b => b.ToString("X2")));
    }
}
