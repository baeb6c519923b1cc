// cargo-packager's before-packaging command (packaging/Packager.toml): puts the binary to
// package at target/packaging/bin/marginalia[.exe], where Packager.toml's binaries-dir
// points. Node, not sh or cmd, because cargo-packager runs the hook with `sh -c` on Linux
// and macOS but `cmd /C` on Windows, and node is on every CI runner.
//
//   MARGINALIA_PREBUILT=path/to/marginalia[.exe]  package that file (the release workflow:
//       the Windows exe after its icon is set, the macOS universal binary from lipo);
//   unset: `cargo build --release --locked` here, then package target/release/marginalia.
//
// Run from the repository root (Packager.toml gives dir = "..").
//
// With --before-format it is the before-each-package command instead: just before the
// .dmg is made from dist/Marginalia.app, the bundle is signed ad hoc (`codesign -s -`),
// so that an unsigned download is refused by Gatekeeper as "from an unidentified
// developer" (which the user can override) rather than as "damaged" (Apple Silicon
// requires every app to carry at least an ad-hoc signature). A real Developer ID
// signature would replace this: macos.signing-identity in Packager.toml.

import { execFileSync } from "node:child_process";
import { copyFileSync, chmodSync, existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

if (process.argv.includes("--before-format")) {
  const format = process.env.CARGO_PACKAGER_FORMAT;
  if (process.platform === "darwin" && format === "dmg") {
    const app = join("dist", "Marginalia.app");
    console.log(`stage-binary: ad-hoc signing ${app}`);
    execFileSync("codesign", ["--force", "--deep", "--sign", "-", app], { stdio: "inherit" });
    execFileSync("codesign", ["--verify", "--deep", "--strict", "--verbose=2", app], {
      stdio: "inherit",
    });
  }
  process.exit(0);
}

const exe = process.platform === "win32" ? "marginalia.exe" : "marginalia";
let source = process.env.MARGINALIA_PREBUILT;
if (source) {
  console.log(`stage-binary: packaging the prebuilt ${source}`);
} else {
  console.log("stage-binary: cargo build --release --locked");
  execFileSync("cargo", ["build", "--release", "--locked"], { stdio: "inherit" });
  source = join("target", "release", exe);
}
if (!existsSync(source)) {
  console.error(`stage-binary: ${source} does not exist`);
  process.exit(1);
}
const dir = join("target", "packaging", "bin");
mkdirSync(dir, { recursive: true });
const dest = join(dir, exe);
copyFileSync(source, dest);
if (process.platform !== "win32") chmodSync(dest, 0o755);
console.log(`stage-binary: ${dest}`);
