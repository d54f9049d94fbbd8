#!/usr/bin/env bash
# Proves the README on a pristine Debian 12: builds a bare root with debootstrap
# (cached as a tarball), puts `git archive HEAD` into it, and runs there exactly
# the README's test command, then its run command headless (the app must still
# be running on the sample after 5 s).
#   bash scripts/check-fresh-machine.sh          # the README's two commands
#   bash scripts/check-fresh-machine.sh --deb    # also: build the .deb there, install it with
#                                                # apt into a second pristine root, use it, purge it
# Needs root (or sudo) and the Debian mirror. Mounts live in a private mount
# namespace and its processes in a PID namespace, so nothing stays mounted or
# running if the script is killed.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
with_deb=0
keep=0
for arg in "$@"; do
    case "$arg" in
    --deb) with_deb=1 ;;
    --keep) keep=1 ;;
    *) echo "usage: bash scripts/check-fresh-machine.sh [--deb] [--keep]" >&2; exit 2 ;;
    esac
done

if [[ "$(id -u)" -ne 0 ]]; then
    exec sudo --preserve-env=DPIW_FRESH_CACHE bash "$0" "$@"
fi

step_started=$SECONDS
step() {
    printf '\n== %s (%ds so far)\n' "$1" "$((SECONDS - step_started))"
}

# The two commands the README gives first: the lines of its first ```sh block.
readme_command() {
    awk '/^```sh/ { inside = 1; next } /^```/ { if (inside) exit } inside' "$repo/README.md" \
        | sed 's/[[:space:]]*#.*$//' | grep -E "[[:space:]]$1\$" | head -n 1
}
test_command="$(readme_command test)"
run_command="$(readme_command run)"
# The packaging command, as the README's Development section gives it.
package_command="$(grep -m 1 -oE '^cmake --workflow --preset package' "$repo/README.md" || true)"
if [[ -z "$test_command" || -z "$run_command" || ( $with_deb -eq 1 && -z "$package_command" ) ]]; then
    echo "check-fresh-machine: README.md lacks its run or test command (or, with --deb, the packaging command)" >&2
    exit 1
fi

for tool in debootstrap unshare; do
    if ! command -v "$tool" >/dev/null; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap util-linux >/dev/null
    fi
done

mirror="$(sed -n 's/^URIs: *\(http[^ ]*debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -n 1)"
mirror="${mirror:-http://deb.debian.org/debian}"
cache="${DPIW_FRESH_CACHE:-/var/cache/dpiw-fresh-root}"
tarball="$cache/bookworm-minbase.tar"
work="$(mktemp -d /var/tmp/dpiw-fresh.XXXXXX)"

cleanup() {
    if ((keep)); then
        echo "kept: $work"
    else
        rm -rf --one-file-system "$work"
    fi
}
trap cleanup EXIT

if [[ ! -f "$tarball" ]]; then
    step "debootstrap a pristine Debian 12 root (cached in $tarball)"
    mkdir -p "$cache"
    debootstrap --variant=minbase bookworm "$work/bootstrap" "$mirror" >"$work/debootstrap.log" 2>&1 || {
        tail -n 20 "$work/debootstrap.log" >&2
        exit 1
    }
    tar -C "$work/bootstrap" -cf "$tarball.part" .
    mv "$tarball.part" "$tarball"
    rm -rf --one-file-system "$work/bootstrap"
fi

new_root() {
    mkdir -p "$1"
    tar -C "$1" -xf "$tarball"
    cp /etc/resolv.conf "$1/etc/resolv.conf"
}

# Runs a script as root inside ROOT with /proc, /dev and /sys mounted in a
# private mount namespace and a clean environment (no host PATH, display or Qt
# variables). Its own PID namespace ends every process it started with it.
in_root() {
    local root="$1" script="$2"
    unshare --mount --pid --fork --propagation private bash -euo pipefail -c '
        root="$1"; script="$2"
        mount -t proc proc "$root/proc"
        mount --rbind /dev "$root/dev"
        mount -t sysfs sysfs "$root/sys"
        exec chroot "$root" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb \
            PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
            /bin/bash -euo pipefail -c "$script"
    ' in_root "$root" "$script"
}

root="$work/root"
step "unpack a pristine root and export HEAD into it"
new_root "$root"
mkdir -p "$root/src/dpi-workbench"
git -C "$repo" archive HEAD | tar -x -C "$root/src/dpi-workbench"

step "README test command: $test_command"
in_root "$root" "cd /src/dpi-workbench && $test_command" 2>&1 | tee "$work/test.log" | tail -n 15
test_seconds=$((SECONDS - step_started))

# Shell functions for the scripts run inside a root. A minbase root has no
# procps, so the app is found through /proc.
read -r -d '' root_helpers <<'EOS' || true
app_pid() {
    local d
    for d in /proc/[0-9]*; do
        [[ "$(cat "$d/comm" 2>/dev/null)" == dpi-workbench ]] && echo "${d#/proc/}"
    done
    return 0
}
# Starts COMMAND... in the background and checks that the app is up after 5 s.
expect_app_running() {
    "$@" >/tmp/app.log 2>&1 &
    for _ in $(seq 1 600); do [[ -n "$(app_pid)" ]] && break; sleep 1; done
    [[ -n "$(app_pid)" ]] || { echo "the app did not start"; cat /tmp/app.log; exit 1; }
    sleep 5
    local pid
    pid="$(app_pid)"
    [[ -n "$pid" ]] || { echo "the app exited within 5 s of starting"; cat /tmp/app.log; exit 1; }
    tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q 'kyrgyzstan-dpi-2024.dpi.yaml' \
        || { echo "the app was not opened on the sample"; exit 1; }
    echo "the app is running on the sample after 5 s"
    kill "$pid"
    wait || true
}
EOS

step "README run command, headless: $run_command"
in_root "$root" "$root_helpers
cd /src/dpi-workbench
expect_app_running $run_command"

if ((with_deb)); then
    step "build the Debian package in the first root"
    in_root "$root" "cd /src/dpi-workbench && $package_command" 2>&1 | tail -n 5
    deb="$(ls "$root"/src/dpi-workbench/build-package/dpi-workbench_*_amd64.deb | head -n 1)"
    echo "package: $(basename "$deb")"

    step "install the package into a second pristine root with apt, use it, purge it"
    second="$work/second"
    new_root "$second"
    cp "$deb" "$second/tmp/"
    in_root "$second" "$root_helpers
deb=/tmp/$(basename "$deb")
$(cat <<'EOS'
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "$deb" >/tmp/install.log
dpiw --version
sample=/usr/share/dpi-workbench/assessments/kyrgyzstan-dpi-2024.dpi.yaml
cd /tmp
dpiw score "$sample" | tail -n 3
dpiw report "$sample" -o /tmp/installed-report.pdf
test -s /tmp/installed-report.pdf && echo "dpiw report wrote a PDF"
dpkg -L dpi-workbench >/tmp/ours.txt
# Xvfb only to look at the installed app; it is not a dependency of the package.
apt-get install -y -qq --no-install-recommends xvfb xauth >/dev/null
expect_app_running xvfb-run -a dpi-workbench "$sample"
apt-get remove --purge -y -qq dpi-workbench >/dev/null
left=0
while read -r path; do
    if [[ -e "$path" && ! -d "$path" ]]; then echo "left behind: $path"; left=1; fi
done </tmp/ours.txt
for dir in /usr/share/dpi-workbench /usr/share/doc/dpi-workbench; do
    if [[ -e "$dir" ]]; then echo "left behind: $dir"; left=1; fi
done
((left == 0)) && echo "apt-get remove --purge left no file of the package behind"
exit "$left"
EOS
)"
fi

step "done"
echo "check-fresh-machine: README test command passed in a pristine Debian 12 root (${test_seconds}s)"
echo "check-fresh-machine: the app ran on the sample there for 5 s"
((with_deb)) && echo "check-fresh-machine: the .deb installed, ran and purged cleanly in a second pristine root"
echo "check-fresh-machine: total ${SECONDS}s"
