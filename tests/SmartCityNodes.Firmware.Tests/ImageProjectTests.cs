// Copyright (c) SmartCityNodes contributors. Licensed under the MIT licence.

using System.Reflection.Metadata;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SmartCityNodes.Firmware.Tests;

/// <summary>
/// The device build's projects against the CI build: every facade carries the assembly version of the package the
/// images (and the device test projects) pin — nanoCLR binds an assembly reference on major.minor, so an adapter compiled
/// against a 0.0.0.0 facade would reference an assembly no device has — and every .nfproj links only sources that exist.
/// Reads the .nfproj/.config files as XML and the built facades with System.Reflection.Metadata.
/// </summary>
[TestClass]
public sealed class ImageProjectTests
{
    private static readonly string[] Images = { "BinNode", "AirNode", "ParkingNode" };

    private static readonly Regex PackageHintPath = new(@"^packages\\(?<id>.+?)\.(?<version>\d+(\.\d+){2,3})\\lib\\(?<assembly>[^\\]+)\.(dll|exe)$", RegexOptions.CultureInvariant);

    public static IEnumerable<object[]> DeviceProjects()
    {
        foreach (var image in Images)
        {
            yield return new object[] { Path.Combine("Images", image, image + ".nfproj") };
        }

        foreach (var project in Directory.GetFiles(BuiltAssemblies.DeviceTestsDirectory, "*.nfproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return new object[] { Path.Combine("Device", Path.GetRelativePath(BuiltAssemblies.DeviceTestsDirectory, project)) };
        }
    }

    public static IEnumerable<object[]> DeviceTestProjects() => DeviceProjects().Where(p => ((string)p[0]).StartsWith("Device", StringComparison.Ordinal));

    [TestMethod]
    public void Every_facade_carries_a_real_package_version_and_says_which_package()
    {
        foreach (var facade in Facades())
        {
            Assert.AreNotEqual(new Version(0, 0, 0, 0), facade.BuiltVersion, $"{facade.Assembly}: built as 0.0.0.0");
            Assert.AreEqual(facade.DeclaredVersion, facade.BuiltVersion, $"{facade.Assembly}: AssemblyVersion in the project vs the built assembly");
            Assert.IsFalse(string.IsNullOrEmpty(facade.PackageId), $"{facade.Assembly}: NanoPackageId missing");
            Assert.IsTrue(Version.TryParse(facade.PackageVersion, out _), $"{facade.Assembly}: NanoPackageVersion '{facade.PackageVersion}' is not an exact version");
        }
    }

    [TestMethod]
    public void The_adapter_assembly_references_each_device_assembly_at_the_facades_real_version()
    {
        var facades = Facades().ToDictionary(f => f.Assembly);
        using var pe = BuiltAssemblies.Open(BuiltAssemblies.AdapterAssemblyPath);
        var reader = pe.GetMetadataReader();
        foreach (var reference in BuiltAssemblies.References(reader))
        {
            var name = reader.GetString(reference.Name);
            if (BuiltAssemblies.DevicePackageAssemblies.Contains(name))
            {
                Assert.AreEqual(facades[name].DeclaredVersion, reference.Version, name);
            }
        }
    }

    [TestMethod]
    [DynamicData(nameof(DeviceProjects))]
    public void Device_project_references_match_its_packages_config_and_the_facades(string project)
    {
        var path = Path.Combine(FirmwareOrTestsRoot(project), project);
        var packages = PackagesConfig(Path.Combine(Path.GetDirectoryName(path)!, "packages.config"));
        var facades = Facades().ToDictionary(f => f.Assembly);
        var references = References(XDocument.Load(path)).ToList();
        Assert.IsNotEmpty(references, project);

        var referencedPackages = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (assembly, version, hintPath) in references)
        {
            var match = PackageHintPath.Match(hintPath);
            Assert.IsTrue(match.Success, $"{project}: {assembly} HintPath '{hintPath}' is not packages\\<id>.<version>\\lib\\<assembly>.dll or .exe");
            var id = match.Groups["id"].Value;
            var packageVersion = match.Groups["version"].Value;
            Assert.AreEqual(assembly, match.Groups["assembly"].Value, $"{project}: HintPath names another assembly");
            Assert.IsTrue(packages.TryGetValue(id, out var pinned), $"{project}: {id} is referenced but not in packages.config");
            Assert.AreEqual(pinned, packageVersion, $"{project}: {id} HintPath version vs packages.config");
            referencedPackages.Add(id);

            if (facades.TryGetValue(assembly, out var facade))
            {
                Assert.AreEqual(facade.BuiltVersion, version, $"{project}: {assembly} reference version vs the facade CI compiles against");
                Assert.AreEqual(facade.PackageId, id, $"{project}: {assembly} package");
                Assert.AreEqual(facade.PackageVersion, packageVersion, $"{project}: {assembly} package version vs the facade's");
            }
        }

        CollectionAssert.AreEquivalent(packages.Keys.ToList(), referencedPackages.ToList(), $"{project}: every pinned package is referenced and vice versa");
    }

    [TestMethod]
    [DynamicData(nameof(DeviceProjects))]
    public void Device_project_references_the_real_CoreLibrary_1_17_11_mscorlib(string project)
    {
        using var mscorlibPe = BuiltAssemblies.Open(BuiltAssemblies.MscorlibPath);
        var mscorlib = mscorlibPe.GetMetadataReader().GetAssemblyDefinition();

        var path = Path.Combine(FirmwareOrTestsRoot(project), project);
        var reference = References(XDocument.Load(path)).Single(r => r.Assembly == "mscorlib");
        Assert.AreEqual(mscorlib.Version, reference.Version, project);
        Assert.AreEqual(@"packages\nanoFramework.CoreLibrary.1.17.11\lib\mscorlib.dll", reference.HintPath, project);
    }

    [TestMethod]
    [DynamicData(nameof(DeviceProjects))]
    public void Device_project_links_only_sources_that_exist(string project)
    {
        var path = Path.Combine(FirmwareOrTestsRoot(project), project);
        var checkedItems = 0;
        foreach (var (file, item) in CompileItems(path))
        {
            var (folder, pattern) = SplitWildcard(item);
            if (pattern is null)
            {
                Assert.IsTrue(File.Exists(item), $"{Path.GetFileName(file)}: {item} does not exist");
            }
            else
            {
                Assert.IsTrue(Directory.Exists(folder), $"{Path.GetFileName(file)}: folder {folder} of {item} does not exist");
                if (!pattern.Contains("**", StringComparison.Ordinal))
                {
                    Assert.IsNotEmpty(Directory.GetFiles(folder, pattern), $"{Path.GetFileName(file)}: {item} matches no file");
                }
            }

            checkedItems++;
        }

        Assert.IsGreaterThan(0, checkedItems, project);
    }

    /// <summary>
    /// A device test .nfproj compiles the code under test from source, so it must link the folder of every project its
    /// CI twin (the sibling .csproj) reaches through ProjectReference, transitively (facades aside: the .nfproj references
    /// the real packages). A folder left out builds in CI and fails only in the nanoFramework toolchain.
    /// </summary>
    [TestMethod]
    [DynamicData(nameof(DeviceTestProjects))]
    public void Device_test_project_links_every_project_its_csproj_compiles_against(string project)
    {
        var path = Path.Combine(FirmwareOrTestsRoot(project), project);
        var csprojs = Directory.GetFiles(Path.GetDirectoryName(path)!, "*.csproj");
        Assert.HasCount(1, csprojs, $"{project}: one CI twin .csproj beside it");
        var linkedFolders = CompileItems(path).Select(i => SplitWildcard(i.Item)).Where(w => w.Pattern is not null && w.Pattern.StartsWith("**", StringComparison.Ordinal)).Select(w => w.Folder).ToList();

        var pending = new Stack<string>(new[] { csprojs[0] });
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            foreach (var reference in XDocument.Load(current).Descendants("ProjectReference"))
            {
                var referenced = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(current)!, ((string)reference.Attribute("Include")!).Replace('\\', Path.DirectorySeparatorChar)));
                if (referenced.Contains("DeviceFacades", StringComparison.Ordinal) || !seen.Add(referenced))
                {
                    continue;
                }

                var folder = Path.GetDirectoryName(referenced)!;
                Assert.IsTrue(linkedFolders.Any(l => folder == l || folder.StartsWith(l + Path.DirectorySeparatorChar, StringComparison.Ordinal)), $"{project} does not link {folder} (referenced by {Path.GetFileName(current)})");
                pending.Push(referenced);
            }
        }

        Assert.IsNotEmpty(seen, project);
    }

    [TestMethod]
    public void Images_link_every_portable_and_device_project_folder_exactly_once()
    {
        var root = Path.GetFullPath(BuiltAssemblies.RepositoryRoot);
        var props = Path.Combine(BuiltAssemblies.ImagesDirectory, "SmartCityNodes.Image.props");
        var linkedFolders = CompileItems(props)
            .Select(i => SplitWildcard(i.Item))
            .Where(w => w.Pattern is not null && w.Pattern.StartsWith("**", StringComparison.Ordinal))
            .Select(w => Path.GetRelativePath(root, w.Folder).Replace('\\', '/'))
            .ToList();
        CollectionAssert.AllItemsAreUnique(linkedFolders);

        // Every library project that builds for the device (netnano1.0) must be linked, so no device code is left out.
        var deviceProjects = new[] { "lorawan", "drivers", "firmware" }
            .SelectMany(top => Directory.GetFiles(Path.Combine(root, top), "*.csproj", SearchOption.AllDirectories))
            .Where(p => !p.Contains("DeviceFacades", StringComparison.Ordinal) && !p.Contains($"firmware{Path.DirectorySeparatorChar}Images", StringComparison.Ordinal))
            .Where(p => File.ReadAllText(p) is var text && (text.Contains("$(PortableTargetFrameworks)", StringComparison.Ordinal) || text.Contains("<TargetFrameworks>netnano1.0</TargetFrameworks>", StringComparison.Ordinal)))
            .Select(p => Path.GetRelativePath(root, Path.GetDirectoryName(p)!).Replace('\\', '/'))
            .ToList();
        Assert.IsGreaterThanOrEqualTo(7, deviceProjects.Count);
        foreach (var folder in deviceProjects)
        {
            Assert.IsTrue(linkedFolders.Any(l => folder == l || folder.StartsWith(l + "/", StringComparison.Ordinal)), $"{folder} is built for netnano1.0 but no image links it; linked: {string.Join(", ", linkedFolders)}");
        }
    }

    [TestMethod]
    public void Programs_are_real_entry_points_and_each_image_check_compiles_its_own()
    {
        foreach (var image in Images)
        {
            var program = Path.Combine(BuiltAssemblies.ImagesDirectory, image, "Program.cs");
            var text = File.ReadAllText(program);
            StringAssert.DoesNotMatch(text, new Regex("PLACEHOLDER", RegexOptions.IgnoreCase), program);
            // Every path ends in sleep: Main hands the node to the portable loop, which sleeps in a finally.
            StringAssert.Contains(text, "NodeProgramLoop.Run(", program);
            StringAssert.Contains(text, "public static void Main()", program);
        }

        // No CI project outside an image's folder reaches into it (only its own ImageCheck compiles its Program).
        var root = Path.GetFullPath(BuiltAssemblies.RepositoryRoot);
        var csprojs = Directory.GetFiles(root, "*.csproj", SearchOption.AllDirectories)
            .Where(p => !p.Contains($"{Path.DirectorySeparatorChar}node_modules{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        foreach (var csproj in csprojs)
        {
            StringAssert.DoesNotMatch(File.ReadAllText(csproj), new Regex(@"Images[/\\](BinNode|AirNode|ParkingNode)"), csproj);
        }

        // The CI compile of each image's source set includes the image's Program.cs, explicitly (no default globbing).
        foreach (var image in Images)
        {
            var check = Path.Combine(BuiltAssemblies.ImagesDirectory, image, image + ".ImageCheck.csproj");
            var text = File.ReadAllText(check);
            StringAssert.Contains(text, "<EnableDefaultCompileItems>false</EnableDefaultCompileItems>", check);
            StringAssert.Contains(text, "<Import Project=\"../SmartCityNodes.Image.props\" />", check);
            StringAssert.Contains(text, "<Compile Include=\"Program.cs\" />", check);
        }
    }

    [TestMethod]
    [DataRow("BinNode")]
    [DataRow("AirNode")]
    [DataRow("ParkingNode")]
    public void Image_check_compiles_with_the_facades_of_exactly_the_pinned_packages(string image)
    {
        var check = XDocument.Load(Path.Combine(BuiltAssemblies.ImagesDirectory, image, image + ".ImageCheck.csproj"));
        var facadeAssemblies = check.Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension((string)r.Attribute("Include")!))
            .Select(name => name[..^".Facade".Length])
            .ToList();
        var facades = Facades().ToDictionary(f => f.Assembly);
        var pinned = PackagesConfig(Path.Combine(BuiltAssemblies.ImagesDirectory, image, "packages.config"));
        foreach (var assembly in facadeAssemblies)
        {
            Assert.IsTrue(pinned.TryGetValue(facades[assembly].PackageId, out var version), $"{image}: compiles against the {assembly} facade, but packages.config does not pin {facades[assembly].PackageId}");
            Assert.AreEqual(facades[assembly].PackageVersion, version, $"{image}: {assembly}");
        }

        // Every pinned package that has a facade is compiled against (an unused pinned package would hide a missing one).
        var pinnedWithFacade = facades.Values.Where(f => pinned.ContainsKey(f.PackageId)).Select(f => f.Assembly).ToList();
        CollectionAssert.AreEquivalent(pinnedWithFacade, facadeAssemblies, image);
        CollectionAssert.AreEquivalent(
            facadeAssemblies,
            check.Descendants("NanoAllowedReference").Select(r => (string)r.Attribute("Include")!).ToList(),
            $"{image}: NanoAllowedReference");
    }

    private static string FirmwareOrTestsRoot(string project) => project.StartsWith("Images", StringComparison.Ordinal)
        ? Path.GetDirectoryName(Path.GetFullPath(BuiltAssemblies.ImagesDirectory))!
        : Path.GetDirectoryName(Path.GetFullPath(BuiltAssemblies.DeviceTestsDirectory))!;

    private static Dictionary<string, string> PackagesConfig(string path)
    {
        Assert.IsTrue(File.Exists(path), $"{path} is missing");
        var packages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var package in XDocument.Load(path).Root!.Elements("package"))
        {
            var id = (string)package.Attribute("id")!;
            var version = (string)package.Attribute("version")!;
            Assert.IsTrue(Version.TryParse(version, out _), $"{path}: {id} version '{version}' is not pinned exactly");
            Assert.AreEqual("netnano1.0", (string?)package.Attribute("targetFramework"), $"{path}: {id}");
            Assert.IsTrue(packages.TryAdd(id, version), $"{path}: {id} listed twice");
        }

        Assert.AreEqual("1.17.11", packages["nanoFramework.CoreLibrary"], path);
        return packages;
    }

    /// <summary>Reference items; Version is null when the Include names none (allowed only where no facade exists, e.g. the test launcher).</summary>
    private static IEnumerable<(string Assembly, Version? Version, string HintPath)> References(XDocument project)
    {
        XNamespace ns = "http://schemas.microsoft.com/developer/msbuild/2003";
        foreach (var reference in project.Descendants(ns + "Reference"))
        {
            var include = (string)reference.Attribute("Include")!;
            var parts = include.Split(',', StringSplitOptions.TrimEntries);
            var version = parts.SingleOrDefault(p => p.StartsWith("Version=", StringComparison.Ordinal))?["Version=".Length..];
            yield return (parts[0], version is null ? null : Version.Parse(version), (string)reference.Element(ns + "HintPath")!);
        }
    }

    /// <summary>Compile and Compile Remove items of a project and the projects it imports from this repository, with $(SmartCityNodesRoot) resolved.</summary>
    private static IEnumerable<(string File, string Item)> CompileItems(string projectPath)
    {
        XNamespace ns = "http://schemas.microsoft.com/developer/msbuild/2003";
        var document = XDocument.Load(projectPath);
        var directory = Path.GetDirectoryName(Path.GetFullPath(projectPath))!;
        foreach (var import in document.Root!.Elements(ns + "Import"))
        {
            var imported = (string)import.Attribute("Project")!;
            if (!imported.Contains("$(", StringComparison.Ordinal))
            {
                var importedPath = Path.GetFullPath(Path.Combine(directory, imported.Replace('\\', Path.DirectorySeparatorChar)));
                Assert.IsTrue(File.Exists(importedPath), $"{projectPath} imports {imported}, which does not exist");
                foreach (var item in CompileItems(importedPath))
                {
                    yield return item;
                }
            }
        }

        var root = Path.GetFullPath(BuiltAssemblies.RepositoryRoot);
        foreach (var compile in document.Descendants(ns + "Compile"))
        {
            var value = (string?)compile.Attribute("Include") ?? (string)compile.Attribute("Remove")!;
            var resolved = value.Replace("$(SmartCityNodesRoot)", root + Path.DirectorySeparatorChar).Replace('\\', Path.DirectorySeparatorChar);
            yield return (projectPath, Path.GetFullPath(Path.IsPathRooted(resolved) ? resolved : Path.Combine(directory, resolved)));
        }
    }

    private static (string Folder, string? Pattern) SplitWildcard(string item)
    {
        var marker = item.IndexOf($"{Path.DirectorySeparatorChar}**{Path.DirectorySeparatorChar}", StringComparison.Ordinal);
        if (marker >= 0)
        {
            return (item[..marker], item[(marker + 1)..]);
        }

        return Path.GetFileName(item).Contains('*', StringComparison.Ordinal) ? (Path.GetDirectoryName(item)!, Path.GetFileName(item)) : (item, null);
    }

    private static IEnumerable<Facade> Facades()
    {
        foreach (var path in BuiltAssemblies.FacadeAssemblyPaths())
        {
            var assembly = Path.GetFileNameWithoutExtension(path);
            var projectFile = Path.Combine(BuiltAssemblies.FacadesDirectory, assembly + ".Facade", assembly + ".Facade.csproj");
            var project = XDocument.Load(projectFile);
            string Property(string name) => project.Descendants(name).Select(e => e.Value).SingleOrDefault() ?? string.Empty;

            using var pe = BuiltAssemblies.Open(path);
            var built = pe.GetMetadataReader().GetAssemblyDefinition().Version;
            yield return new Facade(assembly, built, Version.Parse(Property("AssemblyVersion")), Property("NanoPackageId"), Property("NanoPackageVersion"));
        }
    }

    private sealed record Facade(string Assembly, Version BuiltVersion, Version DeclaredVersion, string PackageId, string PackageVersion);
}
