// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Globalization;
using System.Security;
using QRCoder;

namespace SmartCityNodes.Cli.Export;

/// <summary>
/// Draws TR005 QR labels with QRCoder: a PNG of the code alone (for label printers and documents), an SVG label
/// with the DevEUI printed under the code, and one printable SVG sheet with every label on an A4 grid.
/// Error-correction level M (15 % of the code may be damaged) and the 4-module quiet zone of ISO/IEC 18004.
/// </summary>
public static class LabelWriter
{
    /// <summary>Pixels per QR module in the PNG (a 33-module code with quiet zone is 328 px wide).</summary>
    public const int PngPixelsPerModule = 8;

    private const int SvgModuleSize = 4;
    private const int LabelTextHeight = 28;
    private const int SheetColumns = 4;
    private const int SheetCellWidth = 190;
    private const int SheetCellHeight = 230;

    /// <summary>PNG bytes of the QR code for <paramref name="payload"/>.</summary>
    public static byte[] Png(string payload)
    {
        using var data = Encode(payload);
        return new PngByteQRCode(data).GetGraphic(PngPixelsPerModule);
    }

    /// <summary>A stand-alone SVG label: the code with <paramref name="caption"/> (the DevEUI) under it.</summary>
    public static string SvgLabel(string payload, string caption)
    {
        var (inner, size) = CodeSvg(payload);
        var height = size + LabelTextHeight;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{size}\" height=\"{height}\" viewBox=\"0 0 {size} {height}\">\n"
            + $"<rect width=\"{size}\" height=\"{height}\" fill=\"#ffffff\"/>\n"
            + inner + "\n"
            + Caption(size / 2, size + 18, caption)
            + "</svg>\n";
    }

    /// <summary>A printable A4-proportioned SVG sheet with one labelled code per (caption, payload) pair.</summary>
    public static string Sheet(IReadOnlyList<(string Caption, string Payload)> labels)
    {
        var rows = (labels.Count + SheetColumns - 1) / SheetColumns;
        var width = SheetColumns * SheetCellWidth;
        var height = Math.Max(1, rows) * SheetCellHeight;
        var text = new System.Text.StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        text.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\">\n");
        text.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        for (var i = 0; i < labels.Count; i++)
        {
            var (inner, size) = CodeSvg(labels[i].Payload);
            var x = (i % SheetColumns) * SheetCellWidth;
            var y = (i / SheetColumns) * SheetCellHeight;
            var scale = Math.Min(1.0, (SheetCellWidth - 10) / (double)size);
            var left = x + ((SheetCellWidth - (size * scale)) / 2);
            text.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate({left:0.###},{y + 5}) scale({scale:0.###})\">\n{inner}\n</g>\n");
            text.Append(Caption(x + (SheetCellWidth / 2), y + 5 + (int)(size * scale) + 18, labels[i].Caption));
            text.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y}\" width=\"{SheetCellWidth}\" height=\"{SheetCellHeight}\" fill=\"none\" stroke=\"#cccccc\" stroke-dasharray=\"4 4\"/>\n");
        }

        text.Append("</svg>\n");
        return text.ToString();
    }

    /// <summary>The QR module matrix QRCoder builds for <paramref name="payload"/>, quiet zone included (true = dark).</summary>
    public static bool[,] Modules(string payload)
    {
        using var data = Encode(payload);
        var size = data.ModuleMatrix.Count;
        var modules = new bool[size, size];
        for (var row = 0; row < size; row++)
        {
            for (var column = 0; column < size; column++)
            {
                modules[row, column] = data.ModuleMatrix[row][column];
            }
        }

        return modules;
    }

    private static QRCodeData Encode(string payload)
    {
        using var generator = new QRCodeGenerator();
        return generator.CreateQrCode(payload, QRCodeGenerator.ECCLevel.M);
    }

    private static (string Svg, int Size) CodeSvg(string payload)
    {
        using var data = Encode(payload);
        var svg = new SvgQRCode(data).GetGraphic(SvgModuleSize);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return (svg[start..].Trim(), data.ModuleMatrix.Count * SvgModuleSize);
    }

    private static string Caption(int centreX, int baselineY, string caption)
        => $"<text x=\"{centreX}\" y=\"{baselineY}\" font-family=\"DejaVu Sans Mono, Consolas, monospace\" font-size=\"14\" text-anchor=\"middle\" fill=\"#000000\">{SecurityElement.Escape(caption)}</text>\n";
}
