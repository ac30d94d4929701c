#!/usr/bin/env bash
# Launch check of an installed Qualspec Workbench: launch-check.sh <installation folder> [<screenshot.png>]
# Starts the installation (its qualspec-workbench script) under X in a fresh workspace with a copy of the
# examples opened as a project and one qualification opened in the editor; waits for the window
# showing that file, types a comment at its end, saves with Ctrl+S and checks the file on disk changed and
# that the workbench logged no error.
# Run by the build (integration-test of this module) on the product and on a platform into which the
# update site was installed. Without a DISPLAY it runs itself under xvfb-run. Needs xdotool and
# ImageMagick's import. Exit 0 when the spec was edited and saved, 1 when not.
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
	exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
installation="$(cd "$1" && pwd)"
screenshot="${2:-}"
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
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
cp -r "$root/examples" "$work/examples"
spec="$work/examples/ocr/customer-service-nvq/level-2-nvq-certificate-500-8625-X.qspec"
name="$(basename "$spec")"
sh "$installation/qualspec-workbench" -data "$work/workspace" -open "$work/examples" -open "$spec" >"$work/console.log" 2>&1 &
pid=$!

fail() {
	echo "launch-check: $1; console:" >&2
	cat "$work/console.log" >&2
	exit 1
}

window=""
for tick in $(seq 1 240); do
	window="$(xwininfo -root -tree | sed -n "s/^ *\(0x[0-9a-f]*\) \"[^\"]*$name[^\"]*\".*/\1/p" | head -n 1)"
	if [ -n "$window" ] && xwininfo -id "$window" | grep -q 'Map State: IsViewable'; then
		echo "launch-check: the window shows $name after about $((tick / 2)) s"
		break
	fi
	window=""
	kill -0 "$pid" 2>/dev/null || fail "the workbench exited without a window"
	sleep 0.5
done
[ -n "$window" ] || fail "no window showing $name after 120 s"

# No window manager runs under Xvfb: give the window the whole screen for the screenshot.
xdotool windowmove "$window" 0 0 windowsize "$window" 100% 100%
sleep 3
before="$(md5sum < "$spec")"
xdotool windowfocus --sync "$window"
xdotool key --clearmodifiers ctrl+End
xdotool type --delay 20 "// edited in the launch check"
xdotool key --clearmodifiers ctrl+s
for tick in $(seq 1 40); do
	if [ "$(md5sum < "$spec")" != "$before" ] && grep -q '// edited in the launch check' "$spec"; then
		echo "launch-check: the specification was edited and saved"
		if grep -q '^!ENTRY [^ ]* 4 ' "$work/workspace/.metadata/.log" 2>/dev/null; then
			[ -z "$screenshot" ] || import -window root "$screenshot"
			fail "the workbench logged errors: $(grep -A2 '^!ENTRY [^ ]* 4 ' "$work/workspace/.metadata/.log")"
		fi
		if [ -n "$screenshot" ]; then
			sleep 2
			mkdir -p "$(dirname "$screenshot")"
			import -window root "$screenshot"
			echo "launch-check: screenshot $screenshot"
		fi
		exit 0
	fi
	sleep 0.5
done
[ -z "$screenshot" ] || import -window root "$screenshot"
fail "typing into the editor and Ctrl+S did not change $name"
