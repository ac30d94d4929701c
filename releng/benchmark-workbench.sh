#!/usr/bin/env bash
# Times the Qualspec Workbench's start as a user meets it: whole processes, JVM start included, from the
# launch of its qualspec-workbench script to (1) the first workbench window on the screen and (2) the window
# showing the opened specification in its editor, each in a fresh workspace with a fresh copy of examples/
# opened as a project and one qualification opened (as releng/io.qualspec.product/launch-check.sh starts it).
#
#   releng/benchmark-workbench.sh [INSTALLATION [OTHER-INSTALLATION...]] [RUNS]
#
# INSTALLATION is a folder holding the qualspec-workbench script, by default this repository's built product
# (releng/io.qualspec.product/target/products/io.qualspec.workbench/linux/gtk/x86_64/qualspec-workbench).
# With a second installation (or more) the runs alternate between them (A B A B ...), so that all meet the
# same load. Each installation is started once untimed first (its first start fills caches in its configuration
# area that later starts reuse). RUNS (default 5) is per installation. Prints each run, then per installation the median and range of
# both times and of the CPU time the process had used when the file showed, with the load average before
# and after. QUALSPEC_VM_OPTIONS is passed on to the JVM (e.g. "-Xmx2g -XX:TieredStopAtLevel=1" to measure,
# or "-Xmx2g -XX:StartFlightRecording=filename=start.jfr,settings=profile" to profile one run: the workbench is
# ended with TERM, so the recording is written). Without a DISPLAY it runs itself under xvfb-run. Needs
# xdotool. docs/performance.md has the figures.
set -euo pipefail
if [ -z "${DISPLAY:-}" ]; then
	exec xvfb-run -a -s "-screen 0 1280x1024x24" "$0" "$@"
fi
root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/releng/find-jdk.sh"
qualspec_find_jdk

runs=5
installations=()
for argument in "$@"; do
	if [[ "$argument" =~ ^[0-9]+$ ]]; then
		runs="$argument"
	elif [ -x "$argument/qualspec-workbench" ] || [ -f "$argument/qualspec-workbench" ]; then
		installations+=("$(cd "$argument" && pwd)")
	else
		echo "benchmark-workbench: '$argument' is neither a number of runs nor a folder holding qualspec-workbench" >&2
		exit 2
	fi
done
if [ "${#installations[@]}" -eq 0 ]; then
	installations=("$root/releng/io.qualspec.product/target/products/io.qualspec.workbench/linux/gtk/x86_64/qualspec-workbench")
	[ -f "${installations[0]}/qualspec-workbench" ] || {
		echo "benchmark-workbench: no product built at ${installations[0]}; build releng/io.qualspec.product or name an installation" >&2
		exit 2
	}
fi

work="$(mktemp -d)"
pid=""
cleanup() {
	[ -z "$pid" ] || stop
	rm -rf "$work"
}
trap cleanup EXIT
ticks_per_second="$(getconf CLK_TCK)"

# CPU time in ms (user + system, with the finished children, such as the script's version check) of a process
cpu_ms() {
	awk -v hz="$ticks_per_second" '{ sub(/^.*\) /, ""); print int(($12 + $13 + $14 + $15) * 1000 / hz) }' "/proc/$1/stat"
}

# Another session's clean-up may end every Xvfb on the machine; say so rather than blame the workbench.
check_x_server() {
	if ! xdotool getdisplaygeometry >/dev/null 2>&1; then
		echo "benchmark-workbench: the X server at $DISPLAY has gone away; run again" >&2
		exit 1
	fi
}

# one start of an installation: sets first, shown (ms from the launch) and cpu (ms), or fails with its console
time_start() {
	local installation="$1" run="$work/run" start now name window
	first="" shown="" cpu=""
	check_x_server
	rm -rf "$run"
	mkdir -p "$run"
	cp -r "$root/examples" "$run/examples"
	local spec="$run/examples/ocr/customer-service-nvq/level-2-nvq-certificate-500-8625-X.qspec"
	name="$(basename "$spec")"
	start=$(date +%s%N)
	sh "$installation/qualspec-workbench" -data "$run/workspace" -open "$run/examples" -open "$spec" >"$run/console.log" 2>&1 &
	pid=$!
	while [ -z "$shown" ]; do
		now=$(date +%s%N)
		if [ $(((now - start) / 1000000000)) -ge 120 ] || ! kill -0 "$pid" 2>/dev/null; then
			check_x_server
			echo "benchmark-workbench: no window showing $name after $(((now - start) / 1000000)) ms from $installation; console:" >&2
			cat "$run/console.log" >&2
			exit 1
		fi
		# top-level windows only (no window manager runs under Xvfb): a search of the whole tree every tick
		# kept the X server busy enough to slow the workbench it timed
		for window in $(xdotool search --maxdepth 1 --onlyvisible --name 'Qualspec Workbench' 2>/dev/null); do
			first="${first:-$(((now - start) / 1000000))}"
			if xdotool getwindowname "$window" 2>/dev/null | grep -qF "$name"; then
				shown=$(((now - start) / 1000000))
				cpu="$(cpu_ms "$pid")"
			fi
		done
		sleep 0.1
	done
	stop
}

# ends the workbench: TERM first, so that a flight recording started by QUALSPEC_VM_OPTIONS is written out
stop() {
	kill "$pid" 2>/dev/null || true
	for _ in $(seq 1 100); do
		kill -0 "$pid" 2>/dev/null || break
		sleep 0.1
	done
	kill -9 "$pid" 2>/dev/null || true
	wait "$pid" 2>/dev/null || true
	pid=""
}

# median and range of one column of a results file, in seconds
summary() {
	sort -n -k"$2" "$1" | awk -v column="$2" '
		{ t[NR] = $column }
		END {
			median = NR % 2 ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
			printf "median %6.2f s (min %.2f, max %.2f)", median / 1000, t[1] / 1000, t[NR] / 1000
		}'
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $("$JAVA_HOME/bin/java" -version 2>&1 | head -n 1)"
for i in "${!installations[@]}"; do
	echo "installation $((i + 1)): ${installations[$i]}"
	: >"$work/results-$i"
done
# One untimed start of each first: the first start of an installation fills its configuration area's caches
# (and a class-data archive the JVM writes on its first run), which every later start reuses.
for i in "${!installations[@]}"; do
	time_start "${installations[$i]}"
done
for ((r = 1; r <= runs; r++)); do
	for i in "${!installations[@]}"; do
		time_start "${installations[$i]}"
		echo "$first $shown $cpu" >>"$work/results-$i"
		awk -v run="$r" -v i="$((i + 1))" -v first="$first" -v shown="$shown" -v cpu="$cpu" -v load="$(cut -d' ' -f1 /proc/loadavg)" 'BEGIN {
			printf "run %d, installation %d: first window %5.2f s, file shown %5.2f s, CPU %5.2f s (load %s)\n",
				run, i, first / 1000, shown / 1000, cpu / 1000, load }'
	done
done
for i in "${!installations[@]}"; do
	echo "installation $((i + 1)), $runs runs:"
	echo "  first window      $(summary "$work/results-$i" 1)"
	echo "  file shown        $(summary "$work/results-$i" 2)"
	echo "  CPU at file shown $(summary "$work/results-$i" 3)"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
