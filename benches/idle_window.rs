//! Idle CPU of the real window: the release binary under Xvfb + openbox, opened on the
//! sample exercise, left alone for 10 s after it settles. The baseline in the same run is
//! the same binary told to redraw every frame (`MARGINALIA_REDRAW_ALWAYS=1`), which is
//! what a window that never stops redrawing costs on this machine.
//!
//! `cargo bench --bench idle_window` (needs xvfb, openbox; skips with a message without).

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

fn ticks(pid: u32) -> f64 {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or("");
    let f: Vec<f64> = after
        .split_whitespace()
        .map(|x| x.parse().unwrap_or(0.0))
        .collect();
    f.get(11).unwrap_or(&0.0) + f.get(12).unwrap_or(&0.0)
}

/// Cores used over `seconds` by the app started with `env`, after `settle` seconds.
fn idle_cores(display: &str, env: &[(&str, &str)], settle: u64, seconds: u64) -> Option<f64> {
    let home = tempfile::tempdir().ok()?;
    let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("sample-docs/exercise.ron");
    let copy = home.path().join("exercise.ron");
    std::fs::copy(sample, &copy).ok()?;
    let mut child = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .arg(&copy)
        .env("DISPLAY", display)
        .env("HOME", home.path())
        .env("XDG_RUNTIME_DIR", home.path())
        .envs(env.iter().copied())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    std::thread::sleep(Duration::from_secs(settle));
    let a = ticks(child.id());
    std::thread::sleep(Duration::from_secs(seconds));
    let b = ticks(child.id());
    let _ = child.kill();
    let _ = child.wait();
    Some((b - a) / 100.0 / seconds as f64)
}

fn main() {
    let have = |p: &str| {
        Command::new("sh")
            .args(["-c", &format!("command -v {p}")])
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !(have("Xvfb") && have("openbox")) {
        eprintln!("SKIPPED: idle_window needs Xvfb and openbox (apt-get install xvfb openbox)");
        return;
    }
    let n = (150..250)
        .find(|n| !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists())
        .unwrap_or(250);
    let display = format!(":{n}");
    let mut xvfb = Command::new("Xvfb")
        .args([&display, "-screen", "0", "1366x768x24", "-nolisten", "tcp"])
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb");
    std::thread::sleep(Duration::from_secs(1));
    let mut wm = Command::new("openbox")
        .env("DISPLAY", &display)
        .stderr(Stdio::null())
        .spawn()
        .expect("openbox");
    std::thread::sleep(Duration::from_millis(500));
    let idle = idle_cores(&display, &[], 8, 10);
    let busy = idle_cores(&display, &[("MARGINALIA_REDRAW_ALWAYS", "1")], 8, 10);
    for child in [&mut wm, &mut xvfb] {
        let _ = Command::new("kill").arg(child.id().to_string()).status();
        let _ = child.wait();
    }
    let (Some(idle), Some(busy)) = (idle, busy) else {
        eprintln!("could not start the app");
        return;
    };
    println!("idle window, 10 s after settling (real window, Xvfb + openbox):");
    println!(
        "  Marginalia:               {:.3} cores ({:.1} % of a core)",
        idle,
        idle * 100.0
    );
    println!("  baseline, redraw always:  {busy:.3} cores");
    println!(
        "  ratio:                    {}",
        if idle > 0.0 {
            format!("{:.0}× less", busy / idle)
        } else {
            "no CPU at all while idle".to_owned()
        }
    );
    println!(
        "  target: < 1 % of a core: {}",
        if idle < 0.01 { "✓" } else { "✗" }
    );
}
