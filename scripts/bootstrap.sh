#!/usr/bin/env bash
# One-step set-up for a fresh Debian 12 machine: installs what is missing,
# builds, then either opens the app on the sample assessment or runs all tests.
#   bash scripts/bootstrap.sh run    # open DPI Workbench on the Kyrgyzstan sample
#   bash scripts/bootstrap.sh test   # run the whole test suite through CTest
set -euo pipefail

mode="${1:-}"
if [[ "$mode" != "run" && "$mode" != "test" ]]; then
    echo "usage: bash scripts/bootstrap.sh run|test" >&2
    exit 2
fi

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$repo"

packages=(
    build-essential cmake pkg-config git
    qt6-base-dev qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-l10n-tools libgl-dev
    qt6-qpa-plugins qt6-translations-l10n
    libyaml-cpp-dev libgtest-dev libgmock-dev libbenchmark-dev libkainjow-mustache-dev
    fonts-dejavu-core poppler-utils xvfb xauth
    python3 python3-jsonschema python3-yaml python3-sklearn python3-statsmodels
    desktop-file-utils appstream shared-mime-info man-db bash-completion
    file  # CPack's DEB generator runs it to find the binaries dpkg-shlibdeps must read
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

as_root() {
    if [[ "$(id -u)" -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

if ((${#missing[@]} > 0)); then
    echo "Installing missing packages: ${missing[*]}"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake --preset default
cmake --build --preset default -j "$(nproc)"

case "$mode" in
run)
    sample="$repo/assessments/kyrgyzstan-dpi-2024.dpi.yaml"
    app="$repo/build/app/dpi-workbench"
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display found: starting the app on a virtual display (xvfb-run)."
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$sample"
    fi
    exec "$app" "$sample"
    ;;
test)
    export QT_QPA_PLATFORM=offscreen
    ctest --preset default -j "$(nproc)"
    ;;
esac
