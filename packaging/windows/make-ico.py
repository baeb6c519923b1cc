"""Packs the hand-rendered hicolor PNGs into one Windows icon (.ico).

    python packaging/windows/make-ico.py OUT.ico

Each size in the .ico is the PNG drawn for that size (assets/icons/hicolor/<N>x<N>/apps/
marginalia.png), not a downscale of the largest, so the 16 px icon in Explorer's list
view is the one drawn for 16 px. Windows uses 16, 24, 32, 48 and 256; 64 and 128 are
kept for high-DPI scaling. Needs Pillow >= 10.1 (append_images and bitmap_format).

Used by the release workflow for the exe's icon (rcedit), the NSIS installer's icon and
the file association's icon; nothing generated here is committed.
"""

import pathlib
import sys

from PIL import Image

ROOT = pathlib.Path(__file__).resolve().parents[2]
HICOLOR = ROOT / "assets" / "icons" / "hicolor"
SIZES = [16, 24, 32, 48, 64, 128, 256]  # 256 is the largest size an .ico holds


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    out = pathlib.Path(sys.argv[1])
    images = []
    for size in SIZES:
        path = HICOLOR / f"{size}x{size}" / "apps" / "marginalia.png"
        image = Image.open(path).convert("RGBA")
        if image.size != (size, size):
            print(f"{path}: is {image.size[0]}x{image.size[1]}, not {size}x{size}", file=sys.stderr)
            return 1
        images.append(image)
    out.parent.mkdir(parents=True, exist_ok=True)
    # The largest first; the others are stored as given (append_images), not resized from it.
    # BMP frames, not PNG: every reader of .ico (Explorer, the NSIS compiler, rcedit, the
    # resource compiler) takes BMP, while PNG frames below 256 px are not read everywhere.
    largest = images[-1]
    largest.save(
        out,
        format="ICO",
        sizes=[im.size for im in images],
        append_images=images[:-1],
        bitmap_format="bmp",
    )
    check = Image.open(out)
    stored = sorted(check.info.get("sizes", set()))
    wanted = sorted((s, s) for s in SIZES)
    if stored != wanted:
        print(f"{out}: holds {stored}, wanted {wanted}", file=sys.stderr)
        return 1
    print(f"{out}: {', '.join(f'{w}x{h}' for w, h in stored)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
