import Foundation

/// matplotlib (Agg) drawing W1 (grouped bars with value labels, 800×500 at 100 dpi) and W4
/// (a line of 10⁶ points, 1600×900) to PNG and SVG, for the README's side-by-side table.
/// Nil when matplotlib is not installed (`pip install matplotlib`).
enum Matplotlib {
    static func run() -> String? {
        let script = """
            import io, time
            import matplotlib
            matplotlib.use("Agg")
            import matplotlib.pyplot as plt
            import numpy as np
            def w1(fmt):
                fig, ax = plt.subplots(figsize=(8, 5), dpi=100)
                x = np.arange(12)
                for s in range(3):
                    bars = ax.bar(x + (s - 1) * 0.27, (np.arange(12) * 7 + s * 13) % 90 + 5, 0.27, label=str(s))
                    ax.bar_label(bars, fontsize=7)
                ax.set_xticks(x, [str(2008 + i) for i in range(12)]); ax.legend(); ax.set_title("Law enforcement")
                fig.savefig(io.BytesIO(), format=fmt); plt.close(fig)
            def w4(fmt):
                rng = np.random.default_rng(4)
                y = np.cumsum(rng.integers(0, 2001, 1_000_000) / 1000 - 1)
                fig, ax = plt.subplots(figsize=(16, 9), dpi=100)
                ax.plot(y, linewidth=2); ax.set_title("A random walk")
                fig.savefig(io.BytesIO(), format=fmt); plt.close(fig)
            for name, f, fmt, reps in [("W1 PNG", w1, "png", 7), ("W1 SVG", w1, "svg", 7),
                                       ("W4 PNG", w4, "png", 3), ("W4 SVG", w4, "svg", 1)]:
                f(fmt)
                times = []
                for _ in range(reps):
                    t = time.perf_counter(); f(fmt); times.append(time.perf_counter() - t)
                print(f"{name} | {sorted(times)[len(times) // 2]:.4f}")
            """
        guard let output = python(script, []) else { return nil }
        return
            "\nmatplotlib \(matplotlibVersion() ?? "") (Agg), same workloads:\n\nworkload | matplotlib (s)\n---|---:\n"
            + output
    }

    static func matplotlibVersion() -> String? {
        python("import matplotlib; print(matplotlib.__version__)", [])?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
