#!/usr/bin/env bash
# Launches the built Qualspec Workbench product (run the build first) under X, in a fresh workspace, and
# checks that its window opens; saves a screenshot of the display to $1 when given. Without a DISPLAY it
# runs itself under xvfb-run. Exit 0 when the window opened, 1 when not, 2 when there is no product.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
if [ -z "${DISPLAY:-}" ]; then
	exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
archive="$here/target/products/qualspec-workbench-linux.gtk.x86_64.tar.gz"
if [ ! -f "$archive" ]; then
	echo "launch-check: $archive is missing: build first (./mvnw -B verify)" >&2
	exit 2
fi
. "$root/releng/find-jdk.sh"
qualspec_find_jdk

work="$(mktemp -d)"
pid=""
cleanup() {
	if [ -n "$pid" ]; then
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	fi
	rm -rf "$work"
}
trap cleanup EXIT
tar xzf "$archive" -C "$work"
"$work/qualspec-workbench/qualspec-workbench" -data "$work/workspace" >"$work/console.log" 2>&1 &
pid=$!
for tick in $(seq 1 120); do
	window="$(xwininfo -root -tree | sed -n 's/^ *\(0x[0-9a-f]*\) "[^"]*Qualspec Workbench".*/\1/p' | head -n 1)"
	if [ -n "$window" ] && xwininfo -id "$window" | grep -q 'Map State: IsViewable'; then
		echo "launch-check: the Qualspec Workbench window opened after about $((tick / 2)) s"
		if [ -n "${1:-}" ]; then
			sleep 5
			import -window root "$1"
			echo "launch-check: screenshot $1"
		fi
		exit 0
	fi
	if ! kill -0 "$pid" 2>/dev/null; then
		echo "launch-check: the workbench exited without a window:" >&2
		cat "$work/console.log" >&2
		exit 1
	fi
	sleep 0.5
done
echo "launch-check: no Qualspec Workbench window after 60 s:" >&2
cat "$work/console.log" >&2
exit 1
