using BenchmarkDotNet.Running;
using VoiceShop.Benchmarks;

BenchmarkSwitcher.FromAssembly(typeof(AlexaTurnBenchmarks).Assembly).Run(args);
